#include "diagnosis/diagnosisrecord.h"

#include "dashboard/measurereader.h"
#include "definitions/definitioncatalog.h"
#include "definitions/runbookloader.h"
#include "variables/variablebinder.h"
#include "diagnosis/diagnosissession.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace lotse {

namespace {

QJsonArray intList(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

QJsonArray pendingJson(const QList<PendingNode> &pending)
{
    QJsonArray array;
    for (const PendingNode &node : pending)
        array.append(QJsonArray{node.node, node.parent, node.branch});
    return array;
}

QJsonObject stepJson(const DiagnosisStep &step)
{
    return {{QStringLiteral("node"), step.node},
            {QStringLiteral("parent"), step.parent},
            {QStringLiteral("via"), step.viaBranch},
            {QStringLiteral("taken"), intList(step.taken)},
            {QStringLiteral("manual"), step.manual},
            {QStringLiteral("undecided"), step.undecided},
            {QStringLiteral("pending"), pendingJson(step.pendingBefore)}};
}

QJsonObject readingJson(const Reading &reading)
{
    QJsonObject entry{
        {QStringLiteral("check"), reading.check},
        {QStringLiteral("source"), reading.source},
        {QStringLiteral("value"), std::isfinite(reading.value) ? QJsonValue(reading.value) : QJsonValue()},
        {QStringLiteral("raw"), QString::number(reading.value, 'g', 17)},
        {QStringLiteral("state"), stateId(reading.state)}};
    if (reading.error) {
        entry.insert(QStringLiteral("error"), reading.error->message);
        entry.insert(QStringLiteral("error_kind"), reading.error->kindId());
    }
    if (reading.skipped)
        entry.insert(QStringLiteral("skipped"), true);
    if (reading.absent)
        entry.insert(QStringLiteral("absent"), true);
    return entry;
}

QJsonArray ticksJson(const QList<TickedItem> &ticks)
{
    QJsonArray array;
    for (const TickedItem &ticked : ticks) {
        QJsonObject entry{{QStringLiteral("node"), ticked.node},
                          {QStringLiteral("item"), ticked.item},
                          {QStringLiteral("ticked"), ticked.tick.ticked}};
        if (!ticked.tick.note.isEmpty())
            entry.insert(QStringLiteral("note"), ticked.tick.note);
        array.append(entry);
    }
    return array;
}

QString firstProblem(const Diagnostics &problems)
{
    return problems.isEmpty() ? QString() : problems.first().toString();
}

/// Reads a saved walk against the runbook it is shown with. The first value
/// of the wrong type, or id or index the runbook does not have, is kept as the
/// problem; what is read after it is not used, so the caller asks once.
class WalkReader final
{
public:
    explicit WalkReader(const Runbook &runbook)
        : m_runbook(runbook)
    {
    }

    const std::optional<Error> &problem() const { return m_problem; }
    void fail(const QString &message)
    {
        if (!m_problem)
            m_problem = Error{Error::Kind::Malformed, message};
    }

    void damaged(const QString &name)
    {
        fail(DiagnosisRecord::tr("The saved diagnosis is damaged: \"%1\" is missing or of the wrong type.").arg(name));
    }
    /// Step @p index (0-based) does not follow from the steps before it in the runbook.
    void misfit(int index)
    {
        fail(DiagnosisRecord::tr("The saved diagnosis is damaged: step %1 does not fit its runbook.").arg(index + 1));
    }
    QJsonValue typed(const QJsonValue &value, QJsonValue::Type type, const QString &name, bool required = true)
    {
        if (value.type() == type || (!required && value.isUndefined()))
            return value;
        damaged(name);
        return {};
    }
    QString string(const QJsonObject &object, const QString &key, bool required = true)
    {
        return typed(object.value(key), QJsonValue::String, key, required).toString();
    }
    int integer(const QJsonValue &value, const QString &name, int fallback = -1)
    {
        return typed(value, QJsonValue::Double, name, false).toInt(fallback);
    }
    bool flag(const QJsonObject &object, const QString &key)
    {
        return typed(object.value(key), QJsonValue::Bool, key, false).toBool();
    }
    QJsonArray array(const QJsonValue &value, const QString &name)
    {
        return typed(value, QJsonValue::Array, name, false).toArray();
    }

    QList<Reading> readings(const QJsonArray &list, const QDateTime &at);
    QList<DiagnosisStep> steps(const QJsonArray &list);
    QList<PendingNode> pending(const QJsonArray &list, const QList<DiagnosisStep> &steps, int before);
    QList<TickedItem> ticks(const QJsonArray &list);

private:
    const RunbookNode *node(const QString &id);
    bool follows(const QList<DiagnosisStep> &steps, int parent, int branch, const QString &node) const;

    const Runbook &m_runbook;
    std::optional<Error> m_problem;
};

const RunbookNode *WalkReader::node(const QString &id)
{
    const RunbookNode *found = m_runbook.node(id);
    if (!found)
        fail(DiagnosisRecord::tr("The saved diagnosis passes through \"%1\", a node its runbook does not have.")
                 .arg(id));
    return found;
}

/// Whether branch @p branch of step @p parent leads to @p node, as every step
/// and every node waiting in the queue was reached; a walk starts anywhere.
bool WalkReader::follows(const QList<DiagnosisStep> &steps, int parent, int branch, const QString &node) const
{
    if (parent == -1)
        return branch == -1;
    const RunbookNode *fork = parent >= 0 && parent < steps.size() ? m_runbook.node(steps.at(parent).node) : nullptr;
    const Branch *taken = fork ? fork->branch(branch) : nullptr;
    return taken && taken->target == node;
}

QList<Reading> WalkReader::readings(const QJsonArray &list, const QDateTime &at)
{
    QList<Reading> readings;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = typed(value, QJsonValue::Object, QStringLiteral("readings")).toObject();
        Reading reading;
        reading.check = string(entry, QStringLiteral("check"));
        const CheckSpec *spec = m_runbook.check(reading.check);
        if (!spec) {
            fail(DiagnosisRecord::tr("The saved diagnosis read \"%1\", a check its runbook does not have.")
                     .arg(reading.check));
            break;
        }
        reading.query = MeasureReader::queryFor(*spec);
        reading.unit = spec->unit;
        reading.thresholds = spec->thresholds;
        reading.source = string(entry, QStringLiteral("source"), false);
        bool number = false;
        reading.value = string(entry, QStringLiteral("raw")).toDouble(&number);
        if (!number)
            damaged(QStringLiteral("raw"));
        reading.state = reading.thresholds.classify(reading.value);
        // Nothing to judge says why in the runbook's words, so the reason is not saved.
        if (spec->denominator && string(entry, QStringLiteral("state"), false) == stateId(State::NotApplicable)) {
            reading.state = State::NotApplicable;
            reading.reason = spec->denominator->zero;
        }
        reading.at = at;
        if (entry.contains(QStringLiteral("error"))) {
            reading.state = State::Unknown;
            reading.error = Error{Error::Kind::Invalid, string(entry, QStringLiteral("error"))};
        }
        reading.skipped = flag(entry, QStringLiteral("skipped"));
        reading.absent = flag(entry, QStringLiteral("absent"));
        if (reading.skipped)
            reading.state = State::Unknown;
        reading.done = true;
        readings.append(reading);
    }
    return readings;
}

QList<DiagnosisStep> WalkReader::steps(const QJsonArray &list)
{
    QList<DiagnosisStep> steps;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = typed(value, QJsonValue::Object, QStringLiteral("steps")).toObject();
        DiagnosisStep step;
        step.node = string(entry, QStringLiteral("node"));
        step.parent = integer(entry.value(QStringLiteral("parent")), QStringLiteral("parent"));
        step.viaBranch = integer(entry.value(QStringLiteral("via")), QStringLiteral("via"));
        for (const QJsonValue &taken : array(entry.value(QStringLiteral("taken")), QStringLiteral("taken")))
            step.taken.append(integer(taken, QStringLiteral("taken")));
        step.manual = flag(entry, QStringLiteral("manual"));
        step.undecided = flag(entry, QStringLiteral("undecided"));
        const int index = int(steps.size());
        step.pendingBefore
            = pending(array(entry.value(QStringLiteral("pending")), QStringLiteral("pending")), steps, index);
        const RunbookNode *here = node(step.node);
        const bool taken = here && std::all_of(step.taken.cbegin(), step.taken.cend(), [here](int branch) {
                               return here->branch(branch) != nullptr;
                           });
        if (!here || m_problem)
            break;
        if (!taken || !follows(steps, step.parent, step.viaBranch, step.node)) {
            misfit(index);
            break;
        }
        step.checks = here->neededChecks();
        step.ready = true;
        steps.append(step);
    }
    return steps;
}

QList<PendingNode> WalkReader::pending(const QJsonArray &list, const QList<DiagnosisStep> &steps, int before)
{
    QList<PendingNode> pending;
    for (const QJsonValue &value : list) {
        const QJsonArray entry = typed(value, QJsonValue::Array, QStringLiteral("pending")).toArray();
        const PendingNode waiting{typed(entry.at(0), QJsonValue::String, QStringLiteral("pending")).toString(),
                                  integer(entry.at(1), QStringLiteral("pending")),
                                  integer(entry.at(2), QStringLiteral("pending"))};
        if (!node(waiting.node) || m_problem)
            break;
        // Only a step before @p before can have queued it.
        if (waiting.parent >= before || !follows(steps, waiting.parent, waiting.branch, waiting.node)) {
            misfit(before);
            break;
        }
        pending.append(waiting);
    }
    return pending;
}

QList<TickedItem> WalkReader::ticks(const QJsonArray &list)
{
    QList<TickedItem> ticks;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = typed(value, QJsonValue::Object, QStringLiteral("ticks")).toObject();
        TickedItem ticked{string(entry, QStringLiteral("node")),
                          string(entry, QStringLiteral("item")),
                          {flag(entry, QStringLiteral("ticked")), string(entry, QStringLiteral("note"), false)}};
        const RunbookNode *checklist = m_runbook.node(ticked.node);
        const ChecklistItem *item = checklist ? checklist->item(ticked.item) : nullptr;
        // Only a manual item takes a tick: a live item's state is its checks'.
        if (!item || !item->isManual())
            fail(DiagnosisRecord::tr(
                     "The saved diagnosis ticks \"%1\", which its runbook does not have as an item to tick.")
                     .arg(ticked.item));
        if (m_problem)
            break;
        ticks.append(std::move(ticked));
    }
    return ticks;
}

} // namespace

DiagnosisRecord::DiagnosisRecord(QJsonObject walk, QByteArray runbookText)
    : m_walk(std::move(walk))
    , m_runbookText(std::move(runbookText))
{
}

DiagnosisRecord DiagnosisRecord::of(const DiagnosisSession &session)
{
    const DiagnosisProgress progress = session.progress();
    QJsonArray steps;
    for (const DiagnosisStep &step : progress.steps)
        steps.append(stepJson(step));
    QJsonArray readings;
    for (const Reading &reading : progress.readings)
        readings.append(readingJson(reading));
    const Runbook &runbook = session.runbook();
    return DiagnosisRecord({{QStringLiteral("runbook"), runbook.id},
                            {QStringLiteral("version"), runbook.version},
                            {QStringLiteral("at"), session.at().toUTC().toString(Qt::ISODateWithMs)},
                            {QStringLiteral("finished"), progress.finished},
                            {QStringLiteral("notes"), progress.notes},
                            {QStringLiteral("steps"), steps},
                            {QStringLiteral("pending"), pendingJson(progress.pending)},
                            {QStringLiteral("readings"), readings},
                            {QStringLiteral("ticks"), ticksJson(progress.ticks)},
                            {QStringLiteral("variables"), runbook.values.toJson()}},
                           runbook.text);
}

std::expected<DiagnosisRecord, Error> DiagnosisRecord::parse(const QByteArray &walk, QByteArray runbookText)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(walk, &error);
    if (!document.isObject())
        return std::unexpected(Error{Error::Kind::Malformed, error.errorString()});
    return DiagnosisRecord(document.object(), std::move(runbookText));
}

QByteArray DiagnosisRecord::walkText() const
{
    return QJsonDocument(m_walk).toJson(QJsonDocument::Compact);
}

QString DiagnosisRecord::runbookId() const
{
    return m_walk.value(QStringLiteral("runbook")).toString();
}

int DiagnosisRecord::runbookVersion() const
{
    return m_walk.value(QStringLiteral("version")).toInt();
}

QString DiagnosisRecord::at() const
{
    return m_walk.value(QStringLiteral("at")).toString();
}

std::expected<Runbook, Error> DiagnosisRecord::runbook() const
{
    if (!m_runbookText.isEmpty()) {
        auto saved = RunbookLoader::parse(m_runbookText, runbookId());
        if (!saved)
            return std::unexpected(
                Error{Error::Kind::Malformed,
                      tr("The runbook saved with the diagnosis cannot be read: %1").arg(firstProblem(saved.error()))});
        // Bound again with the values it was walked with: its checks read what they read then.
        auto bound = VariableBinder::bind(
            std::move(*saved), VariableValues::fromJson(m_walk.value(QStringLiteral("variables")).toObject()));
        if (!bound)
            return std::unexpected(Error{Error::Kind::Malformed, bound.error()});
        return std::move(*bound);
    }
    // Saved before records kept their runbook: the file as it is now is all there is.
    const QString path = DefinitionCatalog(QStringLiteral("runbooks")).resolve(runbookId());
    if (path.isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid, tr("There is no runbook \"%1\".").arg(runbookId())});
    auto current = RunbookLoader::loadFile(path);
    if (!current)
        return std::unexpected(Error{Error::Kind::Invalid, firstProblem(current.error())});
    return std::move(*current);
}

std::expected<std::unique_ptr<DiagnosisSession>, Error> DiagnosisRecord::restore(Runbook runbook,
                                                                                 SourceRegistry *sources) const
{
    WalkReader reader(runbook);
    const QDateTime at = QDateTime::fromString(reader.string(m_walk, QStringLiteral("at")), Qt::ISODateWithMs);
    if (!at.isValid())
        reader.damaged(QStringLiteral("at"));
    DiagnosisProgress progress;
    progress.readings
        = reader.readings(reader.array(m_walk.value(QStringLiteral("readings")), QStringLiteral("readings")), at);
    progress.steps = reader.steps(reader.array(m_walk.value(QStringLiteral("steps")), QStringLiteral("steps")));
    progress.pending = reader.pending(reader.array(m_walk.value(QStringLiteral("pending")), QStringLiteral("pending")),
                                      progress.steps, int(progress.steps.size()));
    progress.notes = reader.string(m_walk, QStringLiteral("notes"), false);
    progress.finished = reader.flag(m_walk, QStringLiteral("finished"));
    progress.ticks = reader.ticks(reader.array(m_walk.value(QStringLiteral("ticks")), QStringLiteral("ticks")));
    if (reader.problem())
        return std::unexpected(*reader.problem());
    auto session = std::make_unique<DiagnosisSession>(std::move(runbook), sources, at);
    session->restore(std::move(progress));
    return session;
}

} // namespace lotse
