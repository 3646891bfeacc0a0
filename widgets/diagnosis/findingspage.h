#pragma once

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QLayout;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace lotse {

class Badge;
class DiagnosisSession;
struct Finding;

/// The last page of a diagnosis: the verdict in words (healthy, findings, or
/// could not run), every finding with its severity and evidence (check,
/// value, threshold, state) and whether it was reached by hand, the checks
/// that could not be read, and the engineer's notes.
class FindingsPage final : public QWizardPage
{
    Q_OBJECT

public:
    FindingsPage(DiagnosisSession *session, bool readOnly, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override { return -1; }

    /// The findings listed, in the order of the walk.
    QStringList findingSlugs() const;
    /// True when the finding @p slug is marked as reached through a choice by hand.
    bool isShownManual(const QString &slug) const;
    /// The verdict shown ("healthy", "findings", "error", "incomplete").
    QString verdictId() const { return m_verdictId; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *copyReportButton() const { return m_copyReport; }
    QPushButton *exportReportButton() const { return m_exportReport; }

    /// A verdict id in words, as a badge says it ("Healthy", "Could not run").
    static QString verdictName(const QString &verdictId);

Q_SIGNALS:
    /// The engineer asked for the diagnosis as a PDF report.
    void exportReportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *findingsArea(int spacing);
    QLayout *notesArea(bool readOnly);
    void refresh();
    void retranslate();
    void showVerdict();
    void showFindings();
    void showFailures();
    QWidget *findingCard(const Finding &finding);
    QWidget *evidenceTable(const Finding &finding);
    void copyReport();

    QPointer<DiagnosisSession> m_session;
    bool m_readOnly;
    QLabel *m_title;
    Badge *m_verdict;
    QLabel *m_verdictText;
    QVBoxLayout *m_list;
    QLabel *m_failuresHeading;
    QLabel *m_failures;
    QLabel *m_notesHeading;
    QPlainTextEdit *m_notes;
    QPushButton *m_copyReport;
    QPushButton *m_exportReport;
    QString m_verdictId;
    QList<std::pair<QString, bool>> m_shown; ///< slug and manual, as listed
};

} // namespace lotse
