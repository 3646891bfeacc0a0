#include "diagnosis/diagnosissession.h"

#include "core/decimator.h"
#include "dashboard/measurereader.h"
#include "dashboard/reduce.h"
#include "sources/rangesource.h"
#include "sources/sourceregistry.h"

namespace lotse {

namespace {

/// How far back the step charts look from the diagnosis instant.
constexpr double kHistorySeconds = 3600;

} // namespace

double Reading::threshold() const
{
    if (state == State::Critical && thresholds.critical)
        return *thresholds.critical;
    if (thresholds.warning)
        return *thresholds.warning;
    return thresholds.critical.value_or(std::nan(""));
}

DiagnosisSession::DiagnosisSession(Runbook runbook, SourceRegistry *sources, QDateTime at, QObject *parent)
    : QObject(parent)
    , m_runbook(std::move(runbook))
    , m_sources(sources)
    , m_at(std::move(at))
{
}

// Every reading and chart under way was handed this session as its context:
// as the session goes, each is aborted quietly and deleted.
DiagnosisSession::~DiagnosisSession() = default;

const Reading *DiagnosisSession::reading(const QString &check) const
{
    const auto it = m_readings.constFind(check);
    return it == m_readings.cend() ? nullptr : &*it;
}

void DiagnosisSession::start(const QString &node)
{
    m_steps.clear();
    m_pending.clear();
    m_finished = false;
    const QString first = !node.isEmpty() && m_runbook.node(node) ? node : m_runbook.start;
    enter({first, -1, -1});
}

void DiagnosisSession::runToEnd()
{
    m_auto = true;
    if (m_steps.isEmpty())
        start();
    else if (!m_steps.isEmpty() && m_steps.last().ready)
        advance();
}

bool DiagnosisSession::visited(const QString &node) const
{
    return std::any_of(m_steps.cbegin(), m_steps.cend(),
                       [&node](const DiagnosisStep &step) { return step.node == node; });
}

bool DiagnosisSession::hasNext() const
{
    return std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [this](const PendingNode &pending) { return !visited(pending.node); });
}

bool DiagnosisSession::advance()
{
    while (!m_pending.isEmpty()) {
        const PendingNode next = m_pending.takeFirst();
        if (visited(next.node))
            continue;
        enter(next);
        return true;
    }
    finish();
    return false;
}

void DiagnosisSession::enter(const PendingNode &pending)
{
    const RunbookNode *node = m_runbook.node(pending.node);
    DiagnosisStep step;
    step.node = pending.node;
    step.parent = pending.parent;
    step.viaBranch = pending.branch;
    step.pendingBefore = m_pending;
    step.checks = node ? node->neededChecks() : QStringList();
    m_steps.append(step);
    const int index = int(m_steps.size()) - 1;
    Q_EMIT stepsChanged();
    for (const QString &check : std::as_const(m_steps[index].checks)) {
        if (!m_readings.contains(check))
            read(check);
    }
    checkReady(index);
}

void DiagnosisSession::read(const QString &id)
{
    const CheckSpec *spec = m_runbook.check(id);
    Reading &reading = m_readings[id];
    reading.check = id;
    reading.at = m_at;
    if (!spec) {
        reading.error = Error{Error::Kind::Invalid, tr("The runbook has no check \"%1\".").arg(id)};
        reading.done = true;
        Q_EMIT readingReady(id);
        return;
    }
    reading.query = MeasureReader::queryFor(*spec);
    reading.unit = spec->unit;
    reading.thresholds = spec->thresholds;
    Source *source = m_sources ? m_sources->find(spec->source) : nullptr;
    if (!source && spec->optional) {
        reading.skipped = true;
        reading.done = true;
        Q_EMIT readingReady(id);
        return;
    }
    if (!source) {
        reading.error = Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec->source)};
        reading.done = true;
        Q_EMIT readingReady(id);
        return;
    }
    reading.source = source->location();
    MeasureReader::read(*source, *spec, m_at, this, [this, id, optional = spec->optional](MeasureReading measured) {
        Reading &done = m_readings[id];
        done.value = measured.value;
        done.state = measured.state;
        done.error = std::move(measured.error);
        done.reason = std::move(measured.reason);
        // Optional evidence a deployment does not export (Go's GC, node_exporter) is skipped, not an error.
        if (optional && done.error && done.error->kind == Error::Kind::NoData) {
            done.error.reset();
            done.skipped = true;
            done.absent = true;
        }
        done.done = true;
        Q_EMIT readingReady(id);
        for (int index = 0; index < m_steps.size(); ++index) {
            if (!m_steps.at(index).ready)
                checkReady(index);
        }
    });
}

void DiagnosisSession::checkReady(int index)
{
    DiagnosisStep &step = m_steps[index];
    if (step.ready)
        return;
    for (const QString &check : std::as_const(step.checks)) {
        const Reading *read = reading(check);
        if (!read || !read->done)
            return;
    }
    step.ready = true;
    decide(index);
    queueTargets(index);
    Q_EMIT stepReady(index);
    if (m_auto)
        QMetaObject::invokeMethod(this, &DiagnosisSession::advance, Qt::QueuedConnection);
}

CheckValue DiagnosisSession::lookup(const QString &check) const
{
    const Reading *read = reading(check);
    if (read && read->skipped)
        return {std::nan(""), State::NotApplicable}; // evidence that is not there decides nothing
    if (!read || read->error)
        return {};
    return {read->value, read->state};
}

QList<int> DiagnosisSession::automaticChoice(int index) const
{
    return choose(index).taken;
}

std::optional<bool> DiagnosisSession::branchHolds(int index, int branchIndex) const
{
    const RunbookNode *node = m_runbook.node(m_steps.at(index).node);
    if (!node || branchIndex < 0 || branchIndex >= node->branches.size())
        return false;
    const Branch &branch = node->branches.at(branchIndex);
    if (branch.manual || (!branch.otherwise && !branch.when))
        return false;
    if (branch.when)
        return branch.when->evaluate([this](const QString &check) { return lookup(check); });
    // `otherwise` holds only when the chain before it is decided and empty.
    const Choice choice = choose(index);
    if (choice.undecided && choice.taken.isEmpty())
        return std::nullopt;
    return choice.taken.contains(branchIndex);
}

DiagnosisSession::Choice DiagnosisSession::choose(int index) const
{
    Choice choice;
    const RunbookNode *node = m_runbook.node(m_steps.at(index).node);
    if (!node)
        return choice;
    const auto valueOf = [this](const QString &check) {
        return lookup(check);
    };
    for (int i = 0; i < node->branches.size(); ++i) {
        const Branch &branch = node->branches.at(i);
        if (branch.manual)
            continue;
        if (branch.otherwise) {
            if (choice.taken.isEmpty())
                choice.taken.append(i);
            break;
        }
        const auto holds = branch.when ? branch.when->evaluate(valueOf) : std::optional<bool>(false);
        if (!holds) {
            choice.undecided = true;
            // A chain cannot go past a test it could not decide.
            if (node->follow == RunbookNode::Follow::First)
                break;
            continue;
        }
        if (*holds) {
            choice.taken.append(i);
            if (node->follow == RunbookNode::Follow::First)
                break;
        }
    }
    return choice;
}

void DiagnosisSession::decide(int index)
{
    DiagnosisStep &step = m_steps[index];
    const RunbookNode *node = m_runbook.node(step.node);
    if (!node || node->isLeaf() || step.manual)
        return;
    const Choice choice = choose(index);
    step.taken = choice.taken;
    step.undecided = choice.undecided;
}

void DiagnosisSession::queueTargets(int index)
{
    const DiagnosisStep &step = m_steps.at(index);
    const RunbookNode *node = m_runbook.node(step.node);
    if (!node)
        return;
    // Depth first: what this step leads to comes before what was waiting.
    QList<PendingNode> next;
    for (int branch : step.taken) {
        if (const Branch *taken = node->branch(branch))
            next.append({taken->target, index, branch});
    }
    m_pending = next + m_pending;
}

void DiagnosisSession::overrule(int index, const QList<int> &branches)
{
    if (index < 0 || index >= m_steps.size())
        return;
    m_steps.resize(index + 1);
    DiagnosisStep &step = m_steps[index];
    step.taken = branches;
    step.manual = true;
    step.undecided = false;
    m_pending = step.pendingBefore;
    queueTargets(index);
    m_finished = false;
    Q_EMIT stepsChanged();
    Q_EMIT stepReady(index);
}

void DiagnosisSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

QList<Finding> DiagnosisSession::findings() const
{
    QList<Finding> found;
    for (int index = 0; index < m_steps.size(); ++index) {
        if (auto finding = findingAt(index))
            found.append(std::move(*finding));
        found.append(checklistFindings(index));
    }
    return found;
}

QList<Finding> DiagnosisSession::checklistFindings(int index) const
{
    QList<Finding> found;
    const RunbookNode *node = m_runbook.node(m_steps.at(index).node);
    if (!node)
        return found;
    for (const ChecklistSection &section : node->sections) {
        for (const ChecklistItem &item : section.items) {
            const State state = item.isManual() ? State::NotApplicable : itemState(item);
            if (state == State::Warning || state == State::Critical)
                found.append(Finding{item.id, state, index, false, item.checks, item.id});
        }
    }
    return found;
}

LocalizedText DiagnosisSession::findingTitle(const Finding &finding) const
{
    const RunbookNode *node
        = finding.step >= 0 && finding.step < m_steps.size() ? m_runbook.node(m_steps.at(finding.step).node) : nullptr;
    if (!node)
        return {finding.slug, finding.slug};
    const ChecklistItem *item = finding.item.isEmpty() ? nullptr : node->item(finding.item);
    return item ? item->text : node->title;
}

State DiagnosisSession::itemState(const ChecklistItem &item) const
{
    State worst = State::NotApplicable;
    for (const QString &check : item.checks) {
        const Reading *read = reading(check);
        if (!read || !read->done || read->error || (!read->skipped && read->state == State::Unknown))
            return State::Unknown;
        if (read->skipped || read->state == State::NotApplicable)
            continue;
        // Good < Warning < Critical, the order of the enum.
        if (worst == State::NotApplicable || int(read->state) > int(worst))
            worst = read->state;
    }
    return worst;
}

ChecklistTick DiagnosisSession::tick(const QString &node, const QString &item) const
{
    return m_ticks.value({node, item});
}

bool DiagnosisSession::setTick(const QString &node, const QString &item, const ChecklistTick &tick)
{
    const RunbookNode *spec = m_runbook.node(node);
    const ChecklistItem *found = spec ? spec->item(item) : nullptr;
    if (!found || !found->isManual())
        return false;
    if (tick.isEmpty())
        m_ticks.remove({node, item});
    else
        m_ticks.insert({node, item}, tick);
    Q_EMIT tickChanged(node, item);
    return true;
}

std::optional<Finding> DiagnosisSession::findingAt(int index) const
{
    if (index < 0 || index >= m_steps.size())
        return std::nullopt;
    const DiagnosisStep &step = m_steps.at(index);
    const RunbookNode *node = m_runbook.node(step.node);
    if (!node || !node->finding)
        return std::nullopt;
    Finding finding;
    finding.slug = node->finding->slug;
    finding.step = index;
    finding.severity = node->finding->severity;
    // The evidence: what each fork on the way read to choose this branch. A
    // fork always comes before the steps it leads to, so the walk up ends.
    QStringList evidence;
    for (int at = index; m_steps.at(at).parent >= 0 && m_steps.at(at).parent < at; at = m_steps.at(at).parent) {
        const DiagnosisStep &here = m_steps.at(at);
        const DiagnosisStep &fork = m_steps.at(here.parent);
        finding.manual = finding.manual || fork.manual;
        const RunbookNode *forkNode = m_runbook.node(fork.node);
        const Branch *branch = forkNode ? forkNode->branch(here.viaBranch) : nullptr;
        if (branch && branch->when)
            evidence = branch->when->checks() + evidence;
    }
    for (const QString &check : node->checks)
        evidence.append(check);
    evidence.removeDuplicates();
    finding.evidence = evidence;
    if (!node->finding->severityFrom.isEmpty()) {
        const Reading *from = reading(node->finding->severityFrom);
        finding.severity
            = from && (from->state == State::Warning || from->state == State::Critical) ? from->state : State::Warning;
    }
    return finding;
}

QList<Reading> DiagnosisSession::failedReadings() const
{
    QList<Reading> failed;
    for (const DiagnosisStep &step : m_steps) {
        for (const QString &check : step.checks) {
            const Reading *read = reading(check);
            if (read && read->done && read->error
                && std::none_of(failed.cbegin(), failed.cend(),
                                [&check](const Reading &r) { return r.check == check; }))
                failed.append(*read);
        }
    }
    return failed;
}

DiagnosisSession::Verdict DiagnosisSession::verdict() const
{
    if (!m_finished)
        return Verdict::Incomplete;
    const bool undecided
        = std::any_of(m_steps.cbegin(), m_steps.cend(), [](const DiagnosisStep &s) { return s.undecided; });
    if (undecided || !failedReadings().isEmpty())
        return Verdict::Error;
    return findings().isEmpty() ? Verdict::Healthy : Verdict::Findings;
}

QString DiagnosisSession::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Incomplete: return QStringLiteral("incomplete");
    case Verdict::Healthy: return QStringLiteral("healthy");
    case Verdict::Findings: return QStringLiteral("findings");
    case Verdict::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

TimeWindow DiagnosisSession::historyWindow() const
{
    const double to = double(m_at.toMSecsSinceEpoch()) / 1000.0;
    return {to - kHistorySeconds, to};
}

const ChartData *DiagnosisSession::history(const QString &check) const
{
    const auto it = m_history.constFind(check);
    return it == m_history.cend() ? nullptr : &it->data;
}

void DiagnosisSession::fetchHistory(const QString &check, const TimeWindow &window, int pixels)
{
    const int columns = std::max(16, pixels);
    History &history = m_history[check];
    // Several steps show the same check: one request serves them all.
    const bool sameWindow = history.data.window.from == window.from && history.data.window.to == window.to;
    const bool usable = history.reply || (!history.data.error && !history.data.lines.isEmpty());
    if (sameWindow && usable && std::abs(columns - history.columns) * 4 < history.columns)
        return;
    // Taken first: the abort may answer at once, and that answer is stale.
    if (QPointer<QueryReply> older = std::exchange(history.reply, nullptr))
        older->abort();
    // The old lines stay until the new ones arrive, so a refetch does not flicker.
    history.data.window = window;
    history.columns = columns;
    history.data.error.reset();
    history.data.warnings.clear();
    history.data.loading = true;
    const CheckSpec *spec = m_runbook.check(check);
    Source *source = spec && m_sources ? m_sources->find(spec->source) : nullptr;
    RangeSource *ranged = source ? source->ranges() : nullptr;
    if (!ranged) {
        history.data.lines.clear();
        history.data.loading = false;
        history.data.error = !spec ? Error{Error::Kind::Invalid, tr("The runbook has no check \"%1\".").arg(check)}
            : !source              ? Error{Error::Kind::Invalid, SourceRegistry::missingMessage(spec->source)}
                                   : RangeSource::unsupported(*source);
        Q_EMIT historyReady(check);
        return;
    }
    QueryReply *reply = ranged->range(spec->query, window, TimeRange::stepFor(window, columns));
    history.reply = reply;
    reply->onFinished(this, [this, check, reply, columns](QueryReply::Result result) {
        historyAnswered(check, reply, std::move(result), columns);
    });
}

void DiagnosisSession::historyAnswered(const QString &check, QueryReply *reply, QueryReply::Result answer, int columns)
{
    History &history = m_history[check];
    if (history.reply != reply)
        return; // a newer request replaced this one
    history.reply = nullptr;
    history.data.loading = false;
    history.data.lines.clear();
    if (!answer) {
        history.data.error = answer.error();
        Q_EMIT historyReady(check);
        return;
    }
    QueryResult result = std::move(*answer);
    history.data.warnings = result.warnings;
    // One point per pixel was asked for: a few thousand points at most, cheaper
    // to thin here than to hand to a worker thread and back.
    const TimeWindow &window = history.data.window;
    for (Series &series : result.series) {
        ChartLine line;
        line.name = series.labels.isEmpty() ? check : LegendTemplate::render({}, series.labels);
        line.shown = Decimator::decimate(series, window.from, window.to, columns);
        line.fetched = std::make_shared<const Series>(std::move(series));
        history.data.lines.append(std::move(line));
    }
    Q_EMIT historyReady(check);
}

DiagnosisProgress DiagnosisSession::progress() const
{
    DiagnosisProgress progress{m_steps, {}, m_pending, m_notes, m_finished, {}};
    for (const Reading &reading : m_readings) {
        if (reading.done)
            progress.readings.append(reading);
    }
    for (auto it = m_ticks.cbegin(); it != m_ticks.cend(); ++it)
        progress.ticks.append({it.key().first, it.key().second, it.value()});
    // Sorted: a QHash has no order, and a saved walk should read the same each time.
    std::sort(progress.ticks.begin(), progress.ticks.end(), [](const TickedItem &a, const TickedItem &b) {
        return std::pair(a.node, a.item) < std::pair(b.node, b.item);
    });
    return progress;
}

void DiagnosisSession::restore(DiagnosisProgress progress)
{
    m_steps = std::move(progress.steps);
    m_readings.clear();
    for (Reading &reading : progress.readings)
        m_readings.insert(reading.check, std::move(reading));
    m_pending = std::move(progress.pending);
    m_notes = std::move(progress.notes);
    m_finished = progress.finished;
    m_ticks.clear();
    for (const TickedItem &ticked : std::as_const(progress.ticks))
        m_ticks.insert({ticked.node, ticked.item}, ticked.tick);
}

} // namespace lotse
