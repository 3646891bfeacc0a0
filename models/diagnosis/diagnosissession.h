#pragma once

#include "core/chartdata.h"
#include "core/error.h"
#include "core/queryreply.h"
#include "diagnosis/runbook.h"
#include "core/thresholds.h"
#include "core/timerange.h"
#include "core/unit.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <cmath>
#include <optional>

namespace lotse {

class SourceRegistry;

/// A check as read during a diagnosis: the evidence a step shows.
struct Reading
{
    QString check;
    QString source; ///< where it was read, for the report
    QString query;
    double value = std::nan("");
    Unit unit = Unit::None;
    Thresholds thresholds;
    State state = State::Unknown;
    QDateTime at;
    std::optional<Error> error;
    bool done = false;
    bool skipped = false; ///< an optional check whose source is not configured, or has no such series
    bool absent = false;  ///< skipped because the source answered without the series
    LocalizedText reason; ///< why there was nothing to judge, when the state is NotApplicable

    /// The band the state was judged by: critical when critical, else warning
    /// when set, else critical; NaN without bands.
    double threshold() const;
};

/// A node the walk still has to visit, and how it got there.
struct PendingNode
{
    QString node;
    int parent = -1; ///< the step whose branch leads here
    int branch = -1; ///< that branch's index
};

/// One visited node: what it read and which way it went.
struct DiagnosisStep
{
    QString node;
    int parent = -1;
    int viaBranch = -1;
    QStringList checks;               ///< every check this step reads
    bool ready = false;               ///< all checks have answered
    QList<int> taken;                 ///< branches followed, in order
    bool manual = false;              ///< the engineer chose (or overruled) the branches
    bool undecided = false;           ///< a check could not be read, so a branch could not be decided
    QList<PendingNode> pendingBefore; ///< the queue when this step began, for overruling
};

/// A leaf the walk reached.
struct Finding
{
    QString slug;
    State severity = State::Critical;
    int step = -1;
    bool manual = false;  ///< reached through a branch the engineer chose
    QStringList evidence; ///< checks read on the way, root first
    QString item;         ///< the checklist item whose checks read warning or critical; empty for a leaf
};

/// A manual checklist item the engineer ticked or wrote a note on.
struct TickedItem
{
    QString node;
    QString item;
    ChecklistTick tick;
};

/// Where a walk stands: what a saved diagnosis keeps of it (DiagnosisRecord).
struct DiagnosisProgress
{
    QList<DiagnosisStep> steps;
    QList<Reading> readings; ///< those that have answered
    QList<PendingNode> pending;
    QString notes;
    bool finished = false;
    QList<TickedItem> ticks;
};

/// A diagnosis at work: walks a runbook's tree, reading each node's checks
/// from the sources at one instant, deciding the branches, and collecting the
/// findings with their evidence. The wizard steps through it; `lotse diagnose`
/// runs it to the end. It knows nothing of widgets.
class DiagnosisSession final : public QObject
{
    Q_OBJECT

public:
    enum class Verdict {
        Incomplete,
        Healthy,
        Findings,
        Error
    };

    DiagnosisSession(Runbook runbook, SourceRegistry *sources, QDateTime at, QObject *parent = nullptr);
    ~DiagnosisSession() override;

    const Runbook &runbook() const { return m_runbook; }
    QDateTime at() const { return m_at; }
    const QList<DiagnosisStep> &steps() const { return m_steps; }
    /// The reading of @p check, or nullptr if it was not read (yet).
    const Reading *reading(const QString &check) const;
    QList<Finding> findings() const;
    bool isFinished() const { return m_finished; }
    Verdict verdict() const;
    static QString verdictId(Verdict verdict);
    /// Every check that could not be read, with its cause.
    QList<Reading> failedReadings() const;
    /// The branches at @p step whose conditions hold now (what the engine would take).
    QList<int> automaticChoice(int step) const;
    /// Whether branch @p branch of @p step holds on the readings: nothing when
    /// a check that could not be read leaves it undecided; false for manual
    /// branches, which only the engineer takes; `otherwise` holds when the
    /// engine would take it.
    std::optional<bool> branchHolds(int step, int branch) const;
    /// The finding @p step reports when it is a leaf, as findings() lists it.
    std::optional<Finding> findingAt(int step) const;
    /// What a finding is called: its checklist item's text, or its leaf's title.
    LocalizedText findingTitle(const Finding &finding) const;

    /// The state of a live checklist item, from its checks' readings alone:
    /// the worst of those that were there; Unknown while one is read or when
    /// one could not be, so an item that could not run never reads good;
    /// NotApplicable when every check was skipped or had nothing to judge.
    State itemState(const ChecklistItem &item) const;
    /// The tick of manual item @p item of checklist node @p node.
    ChecklistTick tick(const QString &node, const QString &item) const;
    /// Ticks manual item @p item off (or not) and keeps its note. False, and
    /// nothing kept, for a live item or one the node does not have: a live
    /// item's state comes from its checks, never from a tick.
    bool setTick(const QString &node, const QString &item, const ChecklistTick &tick);

    QString notes() const { return m_notes; }
    void setNotes(const QString &notes) { m_notes = notes; }

    /// Enters @p node, or the runbook's start node when @p node is empty or
    /// not in the runbook: a KPI card links to the branch it is about.
    void start(const QString &node = {});
    /// Walks on without stopping until the tree is done (headless).
    void runToEnd();
    /// Moves to the next node the walk has to visit; false when there is none
    /// left, which finishes the diagnosis.
    bool advance();
    /// True when advance() would enter another node rather than finish.
    bool hasNext() const;
    /// The engineer decides @p step's branches; what followed is dropped and
    /// the walk continues from the new choice. Recorded as manual.
    void overrule(int step, const QList<int> &branches);

    /// The hour before the diagnosis instant: what the wizard charts each check over.
    TimeWindow historyWindow() const;
    /// Reads @p check's query over @p window through the check's source, one
    /// point per pixel of @p pixels columns, keeps the lines and emits
    /// historyReady(). A newer request for a check replaces an older one; a
    /// request for what is there or under way already (same window, about
    /// the same width) reads nothing.
    void fetchHistory(const QString &check, const TimeWindow &window, int pixels);
    /// What the last fetchHistory() of @p check brought (loading while under
    /// way), or nullptr when none was asked for.
    const ChartData *history(const QString &check) const;

    /// Where the walk stands, for DiagnosisRecord to save.
    DiagnosisProgress progress() const;
    /// Takes the walk up where @p progress left it, reading nothing again.
    /// DiagnosisRecord checks every node, check and branch in it first.
    void restore(DiagnosisProgress progress);

Q_SIGNALS:
    /// @p index has read its checks and decided (or could not decide).
    void stepReady(int index);
    /// Steps were added or dropped.
    void stepsChanged();
    /// @p check has been read, or could not be: the steps showing it update.
    void readingReady(const QString &check);
    /// The history of @p check has arrived, or failed with the cause in its ChartData.
    void historyReady(const QString &check);
    /// A manual checklist item was ticked, unticked or given a note.
    void tickChanged(const QString &node, const QString &item);
    void finished();

private:
    void enter(const PendingNode &pending);
    void read(const QString &check);
    void checkReady(int index);
    /// The branches the checks choose at a step, and whether a check left one undecided.
    struct Choice
    {
        QList<int> taken;
        bool undecided = false;
    };
    Choice choose(int index) const;
    void decide(int index);
    void queueTargets(int index);
    void finish();
    CheckValue lookup(const QString &check) const;
    bool visited(const QString &node) const;
    /// The findings of checklist step @p index: each live item that reads warning or critical.
    QList<Finding> checklistFindings(int index) const;
    void historyAnswered(const QString &check, QueryReply *reply, QueryReply::Result answer, int columns);

    /// A check's chart: its data and the request still under way.
    struct History
    {
        ChartData data;
        int columns = 0;
        QPointer<QueryReply> reply;
    };

    Runbook m_runbook;
    SourceRegistry *m_sources;
    QDateTime m_at;
    QList<DiagnosisStep> m_steps;
    QHash<QString, Reading> m_readings;
    QHash<QString, History> m_history;
    QList<PendingNode> m_pending;
    QString m_notes;
    QHash<std::pair<QString, QString>, ChecklistTick> m_ticks; ///< by node and item
    bool m_auto = false;
    bool m_finished = false;
};

} // namespace lotse
