#pragma once

#include <QPointer>
#include <QWizardPage>

class QGridLayout;
class QLabel;
class QLayout;
class QScrollArea;
class QVBoxLayout;

namespace lotse {

class Badge;
class BranchChooser;
class CardFrame;
class CheckView;
class ChecklistView;
class DiagnosisSession;
class MarkdownView;
class RemedyView;
struct DiagnosisStep;
struct RunbookNode;

/// One step of a diagnosis, whatever the node: the generic page the wizard
/// shows for every step of the walk. It shows the node's title and question,
/// each check as evidence with a small chart, and either the decision (which
/// branches the engine took and why, with the control to overrule it) or, on
/// a leaf, the finding with its advice, remedies to copy and the verify check;
/// on a checklist, its sections (ChecklistView) and how many items are done.
/// Complete once the step's checks have answered. It only asks the session;
/// it reads nothing itself.
class StepPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// Shows step @p step of @p session; @p readOnly for a saved diagnosis under review.
    StepPage(DiagnosisSession *session, int step, bool readOnly, QWidget *parent = nullptr);

    int step() const { return m_step; }
    /// The runbook node this page was made for.
    QString node() const { return m_node; }
    bool isLeaf() const;

    bool isComplete() const override;
    int nextId() const override;
    void initializePage() override;

    /// The checks shown, in order.
    QList<CheckView *> checkViews() const { return m_checks; }
    CheckView *checkView(const QString &check) const;
    BranchChooser *branchChooser() const { return m_chooser; }
    /// The checklist a checklist step shows; nullptr on a fork or leaf.
    ChecklistView *checklistView() const { return m_checklist; }
    QList<RemedyView *> remedyViews() const { return m_remedies; }
    /// True when the page marks the step (or the way to its finding) as chosen by hand.
    bool isShownManual() const;
    /// The slug of the finding a leaf shows; empty on a fork.
    QString findingSlug() const;
    /// What the page says about the decision ("Next: …", "Chosen by hand: …").
    QString decisionText() const;
    /// The plain notice above the evidence: still reading, cannot decide, or decide by hand.
    QString noticeText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    const DiagnosisStep *currentStep() const;
    const RunbookNode *runbookNode() const;
    QStringList shownChecks() const;
    QLayout *buildHeader(int spacing);
    QWidget *buildBody(int spacing);
    QLayout *buildSide(int spacing);
    void buildChecks();
    void buildDecision();
    void buildLeaf();
    void buildChecklist();
    void connectSession();
    void refresh();
    void refreshHeader();
    void refreshNotice();
    void showNotice(const QString &text, const QColor &accent);
    QString readingNotice(const DiagnosisStep &step) const;
    QString undecidedNotice(const DiagnosisStep &step) const;
    bool hasOnlyManualBranches() const;
    /// Only the engineer can choose here: the checks could not decide, or the
    /// fork offers manual branches only.
    bool needsChoiceByHand() const;
    void refreshDecision();
    void refreshFinding();
    void refreshTexts();
    void retranslate();
    void placeChecks();
    void applyChoice(const QList<int> &branches);
    void onReadingReady(const QString &check);
    void onHistoryReady(const QString &check);
    void onStepReady(int step);
    QLabel *addHeading(QVBoxLayout *layout);

    QPointer<DiagnosisSession> m_session;
    int m_step;
    QString m_node;
    bool m_readOnly;
    QLabel *m_path;
    QLabel *m_title;
    Badge *m_manualBadge;
    QLabel *m_question;
    QLabel *m_notice;
    QScrollArea *m_scroll;
    QVBoxLayout *m_body;
    QLabel *m_checksHeading;
    QGridLayout *m_checkGrid;
    QLabel *m_noChecks;
    QList<CheckView *> m_checks;
    CardFrame *m_side;
    QVBoxLayout *m_sideLayout;
    QLabel *m_sideHeading;
    // A fork's decision.
    QLabel *m_decision = nullptr;
    BranchChooser *m_chooser = nullptr;
    // A leaf's finding.
    Badge *m_severity = nullptr;
    QLabel *m_findingTitle = nullptr;
    QLabel *m_slug = nullptr;
    QLabel *m_verify = nullptr;
    QLabel *m_adviceHeading = nullptr;
    MarkdownView *m_advice = nullptr;
    QLabel *m_remediesHeading = nullptr;
    QLabel *m_remediesHint = nullptr;
    QList<RemedyView *> m_remedies;
    // A checklist's items; m_decision sums them up.
    ChecklistView *m_checklist = nullptr;
    int m_placedColumns = 0;
};

} // namespace lotse
