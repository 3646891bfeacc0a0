#pragma once

#include <QPointer>
#include <QWizard>

namespace lotse {

class DiagnosisSession;
class FindingsPage;
class StepPage;

/// The guided diagnosis: a wizard that walks a runbook's tree with a
/// DiagnosisSession. Data-driven like Qt's licensewizard example grown up:
/// one generic StepPage per step of the walk (page id = step index), the way
/// on asked of the engine (StepPage::nextId()), a page complete once its
/// checks have answered, and a FindingsPage at the end. Going Back and
/// overruling a step drops the pages after it; the walk goes on from the
/// engineer's choice. A saved diagnosis opens read-only for review.
class DiagnosisWizard final : public QWizard
{
    Q_OBJECT

public:
    /// The id of the findings page; step pages count from 0.
    static constexpr int FindingsPageId = 1'000'000;

    enum class Mode {
        Walk,   ///< a live diagnosis: reads checks, may be overruled, saved at the end
        Review, ///< a saved diagnosis: shows what was found, changes nothing
    };

    /// Shows @p session and takes it over as a child.
    DiagnosisWizard(DiagnosisSession *session, Mode mode, QWidget *parent = nullptr);

    DiagnosisSession *session() const;
    bool isReadOnly() const { return m_mode == Mode::Review; }
    /// Starts the walk at @p node (the runbook's start when empty); call before showing.
    void start(const QString &node = {});

    StepPage *stepPage(int step) const;
    StepPage *currentStepPage() const;
    FindingsPage *findingsPage() const { return m_findings; }

    /// Before leaving the last step forward, the engine enters the next node,
    /// so that its page exists when the wizard goes there.
    bool validateCurrentPage() override;

Q_SIGNALS:
    /// The findings page asked for the diagnosis as a PDF report.
    void reportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void syncPages();
    void retranslate();
    void fitToScreen();

    QPointer<DiagnosisSession> m_session;
    Mode m_mode;
    FindingsPage *m_findings;
};

} // namespace lotse
