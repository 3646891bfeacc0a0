#include "definitions/runbookloader.h"

#include "definitions/checklistreader.h"
#include "definitions/yamlreader.h"
#include "variables/variablebinder.h"
#include "variables/variablereader.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace lotse {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return pattern;
}

} // namespace

/// Where things stand in the file, for the checks that need the whole tree.
struct RunbookLoader::Marks
{
    struct Reference
    {
        QString id;
        YAML::Mark mark;
    };
    struct Edge
    {
        QString from;
        QString to;
        YAML::Mark mark;
    };

    YAML::Mark start;
    QHash<QString, YAML::Mark> nodes;
    QHash<QString, YAML::Mark> checks;
    QList<Edge> edges;
    QList<Reference> checkReferences; ///< every place a check is named
    QList<Reference> severitySources; ///< severity: {from: CHECK}

    /// Each node's outgoing gotos, in the order they are written.
    QHash<QString, QList<const Edge *>> edgesByNode() const
    {
        QHash<QString, QList<const Edge *>> byNode;
        for (const Edge &edge : edges)
            byNode[edge.from].append(&edge);
        return byNode;
    }
};

std::expected<Runbook, Diagnostics> RunbookLoader::loadFile(const QString &path)
{
    const auto text = YamlReader::readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path);
}

bool RunbookLoader::looksLikeRunbook(const QByteArray &text)
{
    static const QRegularExpression nodes(QStringLiteral("^nodes\\s*:"), QRegularExpression::MultilineOption);
    return nodes.match(QString::fromUtf8(text)).hasMatch();
}

std::expected<Runbook, Diagnostics> RunbookLoader::parse(const QByteArray &text, const QString &fileName,
                                                         const YamlLimits &limits)
{
    YamlReader reader(fileName, limits);
    const auto root = reader.parse(text);
    if (!root)
        return std::unexpected(reader.diagnostics());
    reader.checkKeys(*root,
                     {"id", "version", "title", "description", "sources", "checks", "start", "nodes", "variables"});

    Runbook runbook;
    Marks marks;
    runbook.origin = fileName;
    runbook.text = text;
    runbook.id = reader.string(*root, "id", true);
    if (!runbook.id.isEmpty() && !idPattern().match(runbook.id).hasMatch())
        reader.error((*root)["id"], tr("id \"%1\" may use only letters, digits, '_', '.' and '-'").arg(runbook.id));
    const auto version = reader.number(*root, "version");
    // Bounded before the conversion: a double past int's range does not convert.
    runbook.version = version && std::abs(*version) <= 1e6 ? int(*version) : 1;
    runbook.title = reader.localized(*root, "title", true);
    runbook.description = reader.localized(*root, "description", false);
    runbook.sources = reader.sources(*root);
    runbook.variables = VariableReader::read(reader, *root);
    VariableReader::checkReferences(reader, *root, runbook.variables, runbook.sources);
    VariableReader::checkCycles(reader, runbook.variables);

    const YAML::Node checks = (*root)["checks"];
    if (checks.IsDefined() && !checks.IsMap()) {
        reader.error(checks, tr("\"checks\" must map check ids to checks"));
    } else if (checks.IsDefined()) {
        for (const auto &entry : checks) {
            const QString id = QString::fromStdString(entry.first.Scalar());
            if (marks.checks.contains(id))
                reader.error(entry.first, tr("check \"%1\" is defined twice").arg(id));
            marks.checks.insert(id, entry.first.Mark());
            runbook.checks.append(readCheck(reader, id, entry.second));
        }
        reader.checkSourceNames(checks, runbook.sources);
    }

    runbook.start = reader.string(*root, "start", true);
    if ((*root)["start"].IsDefined())
        marks.start = (*root)["start"].Mark();
    if (!readNodes(reader, *root, runbook, marks))
        return std::unexpected(reader.diagnostics());
    validate(reader, runbook, marks);
    if (const auto problem = VariableBinder::bindDefaults(runbook))
        reader.error(*root, *problem);
    if (reader.hasErrors())
        return std::unexpected(reader.diagnostics());
    return runbook;
}

bool RunbookLoader::readNodes(YamlReader &reader, const YAML::Node &root, Runbook &runbook, Marks &marks)
{
    const YAML::Node nodes = root["nodes"];
    if (!nodes.IsDefined() || !nodes.IsMap() || nodes.size() == 0) {
        reader.error(nodes.IsDefined() ? nodes : root, tr("\"nodes\" must map node ids to nodes"));
        return true;
    }
    const int most = reader.limits().maxRunbookNodes;
    if (qsizetype(nodes.size()) > most) {
        // Refused before a node is read: the checks of the tree grow with its size.
        reader.error(nodes, tr("the runbook has %1 nodes; Lotse reads at most %2").arg(nodes.size()).arg(most));
        return false;
    }
    for (const auto &entry : nodes) {
        const QString id = QString::fromStdString(entry.first.Scalar());
        if (marks.nodes.contains(id))
            reader.error(entry.first, tr("node \"%1\" is defined twice").arg(id));
        marks.nodes.insert(id, entry.first.Mark());
        runbook.nodes.append(readNode(reader, id, entry.second, id == runbook.start, marks));
    }
    return true;
}

CheckSpec RunbookLoader::readCheck(YamlReader &reader, const QString &id, const YAML::Node &node)
{
    CheckSpec check;
    check.id = id;
    if (!node.IsMap()) {
        reader.error(node, tr("check \"%1\" must be a mapping").arg(id));
        return check;
    }
    reader.checkKeys(node,
                     {"title", "source", "query", "unit", "reduce", "thresholds", "denominator", "optional", "for"});
    reader.measure(node, check);
    check.optional = reader.string(node, "optional", false) == QLatin1String("true");
    return check;
}

RunbookNode RunbookLoader::readNode(YamlReader &reader, const QString &id, const YAML::Node &node, bool isStart,
                                    Marks &marks)
{
    RunbookNode result;
    result.id = id;
    if (!node.IsMap()) {
        reader.error(node, tr("node \"%1\" must be a mapping").arg(id));
        return result;
    }
    reader.checkKeys(
        node,
        {"title", "question", "follow", "branches", "finding", "checks", "advice", "remedies", "verify", "sections"});
    result.title = reader.localized(node, "title", true);
    result.question = reader.localized(node, "question", false);
    result.advice = reader.localized(node, "advice", false);

    const QString follow = reader.string(node, "follow", false);
    if (follow == QLatin1String("all") || (follow.isEmpty() && isStart))
        result.follow = RunbookNode::Follow::All;
    else if (!follow.isEmpty() && follow != QLatin1String("first"))
        reader.error(node["follow"], tr("follow must be \"all\" or \"first\", not \"%1\"").arg(follow));

    for (const YAML::Node &branch : reader.sequence(node, "branches", false))
        result.branches.append(readBranch(reader, branch, marks, id));
    for (const YAML::Node &check : reader.sequence(node, "checks", false)) {
        result.checks.append(QString::fromStdString(check.Scalar()));
        marks.checkReferences.append({result.checks.last(), check.Mark()});
    }
    result.verify = reader.string(node, "verify", false);
    if (!result.verify.isEmpty())
        marks.checkReferences.append({result.verify, node["verify"].Mark()});
    for (const YAML::Node &remedy : reader.sequence(node, "remedies", false)) {
        reader.checkKeys(remedy, {"title", "command"});
        result.remedies.append({reader.localized(remedy, "title", true), reader.string(remedy, "command", true)});
    }
    readFinding(reader, node, result, marks);
    const YAML::Node sections = YamlReader::child(node, "sections");
    if (sections.IsDefined())
        readChecklist(reader, sections, result, marks);

    if (result.isLeaf() && !result.branches.isEmpty())
        reader.error(node["branches"], tr("node \"%1\" has a finding and branches: a leaf ends the walk").arg(id));
    if (!result.isLeaf() && result.branches.isEmpty() && !sections.IsDefined())
        reader.error(node, tr("node \"%1\" has neither branches nor a finding").arg(id));
    for (qsizetype i = 0; i < result.branches.size(); ++i) {
        if (!result.branches.at(i).otherwise)
            continue;
        const YAML::Node at = node["branches"][i];
        if (result.follow == RunbookNode::Follow::All)
            reader.error(at, tr("\"otherwise\" needs follow: first (with follow: all every branch is tested)"));
        else if (i != result.branches.size() - 1)
            reader.error(at, tr("\"otherwise\" must be the last branch"));
    }
    return result;
}

Branch RunbookLoader::readBranch(YamlReader &reader, const YAML::Node &node, Marks &marks, const QString &from)
{
    Branch branch;
    if (!node.IsMap()) {
        reader.error(node, tr("a branch must be a mapping with when, otherwise or manual, and goto"));
        return branch;
    }
    reader.checkKeys(node, {"when", "otherwise", "manual", "goto", "because"});
    const int kinds
        = int(node["when"].IsDefined()) + int(node["otherwise"].IsDefined()) + int(node["manual"].IsDefined());
    if (kinds != 1)
        reader.error(node, tr("a branch needs exactly one of when, otherwise and manual"));
    if (node["when"].IsDefined()) {
        branch.when = readCondition(reader, node["when"]);
        if (branch.when) {
            std::function<void(const Condition &)> note = [&](const Condition &condition) {
                if (!condition.check.isEmpty())
                    marks.checkReferences.append({condition.check, YAML::Mark::null_mark()});
                for (const Condition &child : condition.children)
                    note(child);
            };
            note(*branch.when);
        }
    }
    branch.otherwise = node["otherwise"].IsDefined();
    if (node["manual"].IsDefined()) {
        branch.manual = true;
        branch.label = reader.localized(node, "manual", true);
    }
    branch.because = reader.localized(node, "because", false);
    branch.target = reader.string(node, "goto", true);
    if (node["goto"].IsDefined())
        marks.edges.append({from, branch.target, node["goto"].Mark()});
    return branch;
}

std::optional<Condition> RunbookLoader::readCondition(YamlReader &reader, const YAML::Node &node)
{
    if (!node.IsMap()) {
        reader.error(node,
                     tr("a condition must be a mapping: {check: …, state: …}, {all: […]}, {any: […]} or {not: …}"));
        return std::nullopt;
    }
    Condition condition;
    condition.line = node.Mark().line + 1;
    condition.column = node.Mark().column + 1;
    const auto combine = [&](const char *key, Condition::Kind kind) {
        condition.kind = kind;
        reader.checkKeys(node, {key});
        for (const YAML::Node &child : reader.sequence(node, key, true)) {
            if (auto parsed = readCondition(reader, child))
                condition.children.append(*parsed);
        }
        if (condition.children.isEmpty())
            reader.error(node, tr("\"%1\" needs at least one condition").arg(QLatin1String(key)));
    };
    if (node["all"].IsDefined()) {
        combine("all", Condition::Kind::All);
        return condition;
    }
    if (node["any"].IsDefined()) {
        combine("any", Condition::Kind::Any);
        return condition;
    }
    if (node["not"].IsDefined()) {
        condition.kind = Condition::Kind::Not;
        reader.checkKeys(node, {"not"});
        if (auto parsed = readCondition(reader, node["not"]))
            condition.children.append(*parsed);
        return condition;
    }
    readCheckTest(reader, node, condition);
    return condition;
}

void RunbookLoader::readCheckTest(YamlReader &reader, const YAML::Node &node, Condition &condition)
{
    reader.checkKeys(node, {"check", "state", "above", "below"});
    condition.check = reader.string(node, "check", true);
    const int tests = int(node["state"].IsDefined()) + int(node["above"].IsDefined()) + int(node["below"].IsDefined());
    if (tests != 1) {
        reader.error(node, tr("a test on a check needs exactly one of state, above and below"));
        return;
    }
    if (!node["state"].IsDefined()) {
        condition.kind = node["above"].IsDefined() ? Condition::Kind::Above : Condition::Kind::Below;
        condition.number
            = reader.number(node, condition.kind == Condition::Kind::Above ? "above" : "below").value_or(0);
        return;
    }
    condition.kind = Condition::Kind::State;
    const YAML::Node states = node["state"];
    const auto add = [&](const YAML::Node &item) {
        const QString name = QString::fromStdString(item.Scalar());
        // A branch tests good, warning, critical or n/a; "unknown" is not one to branch on.
        if (const auto state = stateFrom(name); state && *state != State::Unknown)
            condition.states.append(*state);
        else
            reader.error(item, tr("state must be good, warning, critical or n/a, not \"%1\"").arg(name));
    };
    if (!states.IsSequence()) {
        add(states);
        return;
    }
    for (const YAML::Node &item : states)
        add(item);
}

void RunbookLoader::readFinding(YamlReader &reader, const YAML::Node &node, RunbookNode &result, Marks &marks)
{
    const YAML::Node finding = node["finding"];
    if (!finding.IsDefined())
        return;
    FindingSpec spec;
    reader.checkKeys(finding, {"slug", "severity"});
    spec.slug = reader.string(finding, "slug", true);
    const YAML::Node severity = YamlReader::child(finding, "severity");
    if (severity.IsMap()) {
        reader.checkKeys(severity, {"from"});
        spec.severityFrom = reader.string(severity, "from", true);
        marks.severitySources.append({spec.severityFrom, severity.Mark()});
        marks.checkReferences.append({spec.severityFrom, severity.Mark()});
    } else {
        const QString name = reader.string(finding, "severity", true);
        const auto state = stateFrom(name);
        if (state == State::Warning || state == State::Critical)
            spec.severity = *state;
        else if (!name.isEmpty())
            reader.error(severity, tr("severity must be warning, critical or {from: CHECK}, not \"%1\"").arg(name));
    }
    result.finding = spec;
}

void RunbookLoader::readChecklist(YamlReader &reader, const YAML::Node &sections, RunbookNode &result, Marks &marks)
{
    QList<ChecklistReader::Reference> references;
    result.sections = ChecklistReader::read(reader, sections, references);
    for (const ChecklistReader::Reference &reference : references)
        marks.checkReferences.append({reference.check, reference.mark});
    if (result.isLeaf() || !result.branches.isEmpty())
        reader.error(
            sections,
            tr("node \"%1\" is a checklist: it ends the walk, with neither branches nor a finding").arg(result.id));
}

void RunbookLoader::validate(YamlReader &reader, const Runbook &runbook, const Marks &marks)
{
    validateReferences(reader, runbook, marks);
    validateReachability(reader, runbook, marks);
    validateCycles(reader, runbook, marks);
}

void RunbookLoader::validateReferences(YamlReader &reader, const Runbook &runbook, const Marks &marks)
{
    if (!runbook.start.isEmpty() && !marks.nodes.contains(runbook.start))
        reader.error(marks.start, tr("start names an unknown node \"%1\"").arg(runbook.start));
    for (const Marks::Edge &edge : marks.edges) {
        if (!edge.to.isEmpty() && !marks.nodes.contains(edge.to))
            reader.error(edge.mark, tr("goto names an unknown node \"%1\"").arg(edge.to));
    }
    QSet<QString> read;
    for (const Marks::Reference &reference : marks.checkReferences) {
        read.insert(reference.id);
        if (!marks.checks.contains(reference.id) && reference.mark.line >= 0)
            reader.error(reference.mark, tr("unknown check \"%1\"").arg(reference.id));
    }
    QHash<QString, const CheckSpec *> checks; // the first of a twice-defined id, as Runbook::check()
    for (const CheckSpec &check : runbook.checks) {
        if (!checks.contains(check.id))
            checks.insert(check.id, &check);
    }
    // Conditions name their checks without a mark of their own; report the condition.
    std::function<void(const Condition &)> checkCondition = [&](const Condition &condition) {
        YAML::Mark mark;
        mark.line = condition.line - 1;
        mark.column = condition.column - 1;
        const CheckSpec *check = condition.check.isEmpty() ? nullptr : checks.value(condition.check);
        if (!condition.check.isEmpty() && !check)
            reader.error(mark, tr("unknown check \"%1\"").arg(condition.check));
        else if (check && check->optional)
            reader.error(mark, tr("optional check \"%1\" may be skipped, so it cannot decide a branch").arg(check->id));
        for (const Condition &child : condition.children)
            checkCondition(child);
    };
    for (const RunbookNode &node : runbook.nodes) {
        for (const Branch &branch : node.branches) {
            if (branch.when)
                checkCondition(*branch.when);
        }
    }
    for (const Marks::Reference &source : marks.severitySources) {
        const CheckSpec *check = checks.value(source.id);
        if (check && check->thresholds.isEmpty())
            reader.error(source.mark, tr("severity comes from check \"%1\", which has no thresholds").arg(source.id));
    }
    for (const CheckSpec &check : runbook.checks) {
        if (!read.contains(check.id))
            reader.error(marks.checks.value(check.id),
                         tr("check \"%1\" is read by no branch, leaf or verify").arg(check.id));
    }
}

void RunbookLoader::validateReachability(YamlReader &reader, const Runbook &runbook, const Marks &marks)
{
    if (!marks.nodes.contains(runbook.start))
        return;
    const auto targets = marks.edgesByNode();
    QSet<QString> reached{runbook.start};
    QList<QString> queue{runbook.start};
    while (!queue.isEmpty()) {
        for (const Marks::Edge *edge : targets.value(queue.takeFirst())) {
            if (!reached.contains(edge->to)) {
                reached.insert(edge->to);
                queue.append(edge->to);
            }
        }
    }
    for (const RunbookNode &node : runbook.nodes) {
        if (!reached.contains(node.id))
            reader.error(marks.nodes.value(node.id),
                         tr("node \"%1\" is unreachable from the start node \"%2\"").arg(node.id, runbook.start));
    }
}

void RunbookLoader::validateCycles(YamlReader &reader, const Runbook &runbook, const Marks &marks)
{
    // Depth-first with a stack of its own: a chain of nodes as long as the
    // limits allow must not take the call stack with it.
    struct Visit
    {
        QString id;
        qsizetype next = 0; ///< the next of its edges to follow
    };
    const auto targets = marks.edgesByNode();
    QHash<QString, qsizetype> onPath; ///< grey nodes, by their place on the path
    QSet<QString> done;               ///< black nodes
    QList<Visit> path;
    for (const RunbookNode &root : runbook.nodes) {
        if (done.contains(root.id) || onPath.contains(root.id))
            continue;
        path.append({root.id});
        onPath.insert(root.id, 0);
        while (!path.isEmpty()) {
            Visit &visit = path.last();
            const QList<const Marks::Edge *> edges = targets.value(visit.id);
            if (visit.next == edges.size()) {
                onPath.remove(visit.id);
                done.insert(visit.id);
                path.removeLast();
                continue;
            }
            const Marks::Edge &edge = *edges.at(visit.next++);
            if (const auto grey = onPath.constFind(edge.to); grey != onPath.cend()) {
                QStringList loop;
                for (qsizetype at = *grey; at < path.size(); ++at)
                    loop.append(path.at(at).id);
                loop.append(edge.to);
                reader.error(edge.mark, tr("cycle: %1").arg(loop.join(QStringLiteral(" → "))));
            } else if (!done.contains(edge.to) && marks.nodes.contains(edge.to)) {
                onPath.insert(edge.to, path.size());
                path.append({edge.to});
            }
        }
    }
}

} // namespace lotse
