#include "variables/variablereader.h"

#include "definitions/yamlreader.h"
#include "core/timerange.h"
#include "variables/sqlsubstitution.h"
#include "variables/variablereferences.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace lotse {

namespace {

const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern;
}

YAML::Mark markOf(const VariableSpec &spec)
{
    YAML::Mark mark;
    mark.line = spec.line - 1;
    mark.column = spec.column - 1;
    return mark;
}

} // namespace

QList<VariableSpec> VariableReader::read(YamlReader &reader, const YAML::Node &root)
{
    QList<VariableSpec> variables;
    QSet<QString> names;
    for (const YAML::Node &node : reader.sequence(root, "variables", false)) {
        VariableSpec spec = readOne(reader, node);
        if (spec.name.isEmpty())
            continue;
        if (names.contains(spec.name))
            reader.error(node["name"], tr("variable \"%1\" is declared twice").arg(spec.name));
        names.insert(spec.name);
        variables.append(spec);
    }
    return variables;
}

VariableSpec VariableReader::readOne(YamlReader &reader, const YAML::Node &node)
{
    VariableSpec spec;
    if (!node.IsMap()) {
        reader.error(node, tr("a variable must be a mapping with a name"));
        return spec;
    }
    reader.checkKeys(
        node,
        {"name", "query", "label", "source", "custom", "constant", "interval", "default", "multi", "include_all"});
    spec.name = reader.string(node, "name", true);
    spec.line = node.Mark().line + 1;
    spec.column = node.Mark().column + 1;
    if (!spec.name.isEmpty() && !namePattern().match(spec.name).hasMatch())
        reader.error(node["name"], tr("variable name \"%1\" may use only letters, digits and '_'").arg(spec.name));
    const int kinds = int(node["query"].IsDefined()) + int(node["custom"].IsDefined())
        + int(node["constant"].IsDefined()) + int(node["interval"].IsDefined());
    if (kinds != 1)
        reader.error(node, tr("a variable needs exactly one of query, custom, constant and interval"));
    if (node["query"].IsDefined()) {
        readQuery(reader, node, spec);
    } else if (node["custom"].IsDefined()) {
        spec.kind = VariableSpec::Kind::Custom;
        spec.options = list(reader, node, "custom");
    } else if (node["constant"].IsDefined()) {
        spec.kind = VariableSpec::Kind::Constant;
        spec.options = {reader.string(node, "constant", true)};
    } else if (node["interval"].IsDefined()) {
        spec.kind = VariableSpec::Kind::Interval;
        spec.options = list(reader, node, "interval");
        for (const QString &option : std::as_const(spec.options)) {
            if (!TimeRange::parseDuration(option))
                reader.error(node["interval"], tr("interval \"%1\" is no duration such as 5m").arg(option));
        }
    }
    spec.source = reader.string(node, "source", false);
    spec.defaults = list(reader, node, "default");
    spec.multi = reader.string(node, "multi", false) == QLatin1String("true");
    spec.includeAll = reader.string(node, "include_all", false) == QLatin1String("true");
    if (spec.defaults.size() > 1 && !spec.multi)
        reader.error(node["default"], tr("several defaults need multi: true"));
    return spec;
}

void VariableReader::readQuery(YamlReader &reader, const YAML::Node &node, VariableSpec &spec)
{
    static const QRegularExpression labelValues(QStringLiteral("^\\s*label_values\\s*\\((.*)\\)\\s*$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    const QString query = reader.string(node, "query", true);
    spec.label = reader.string(node, "label", false);
    if (const auto match = labelValues.match(query); match.hasMatch()) {
        spec.kind = VariableSpec::Kind::LabelValues;
        const QString inner = match.captured(1);
        const qsizetype comma = inner.lastIndexOf(QLatin1Char(','));
        spec.metric = comma < 0 ? QString() : inner.left(comma).trimmed();
        spec.label = inner.mid(comma + 1).trimmed();
    } else {
        spec.kind = VariableSpec::Kind::Query;
        spec.metric = query;
        if (spec.label.isEmpty() && !query.isEmpty())
            reader.error(node, tr("a query variable names the label its values come from: label: NAME"));
    }
    if (!spec.label.isEmpty() && !namePattern().match(spec.label).hasMatch())
        reader.error(node["query"], tr("\"%1\" is no label name").arg(spec.label));
}

QStringList VariableReader::list(YamlReader &reader, const YAML::Node &node, const char *key)
{
    const YAML::Node value = YamlReader::child(node, key);
    if (!value.IsDefined())
        return {};
    if (value.IsScalar())
        return {reader.string(node, key, false)};
    QStringList items;
    for (const YAML::Node &item : reader.sequence(node, key, false)) {
        if (item.IsScalar())
            items.append(QString::fromStdString(item.Scalar()));
        else
            reader.error(item, tr("a value must be a plain text"));
    }
    return items;
}

void VariableReader::checkReferences(YamlReader &reader, const YAML::Node &root, const QList<VariableSpec> &variables,
                                     const QList<SourceRef> &sources)
{
    QSet<QString> declared;
    for (const VariableSpec &spec : variables)
        declared.insert(spec.name);
    const auto kindOf = [&sources](const QString &name) {
        for (const SourceRef &source : sources) {
            if (source.name == name)
                return source.kind;
        }
        return QString();
    };
    // The reader's depth limit bounds this walk: a document deeper than that is not read.
    std::function<void(const YAML::Node &, const QString &)> walk = [&](const YAML::Node &node, QString kind) {
        if (node.IsSequence()) {
            for (const YAML::Node &item : node)
                walk(item, kind);
            return;
        }
        if (!node.IsMap())
            return;
        if (const YAML::Node source = YamlReader::child(node, "source"); source.IsScalar())
            kind = kindOf(QString::fromStdString(source.Scalar()));
        for (const auto &entry : node) {
            if (entry.first.Scalar() != "query" || !entry.second.IsScalar()) {
                walk(entry.second, kind);
                continue;
            }
            // In SQL a `$name` inside quotes is text; other kinds take no variables.
            const QString text = QString::fromStdString(entry.second.Scalar());
            const QStringList names = kind == QLatin1String("prometheus") ? VariableReferences::names(text)
                : kind == QLatin1String("postgres")                       ? SqlSubstitution::names(text)
                                                                          : QStringList();
            for (const QString &name : names) {
                if (!declared.contains(name))
                    reader.error(entry.second, tr("$%1 is no declared variable").arg(name));
            }
        }
    };
    walk(root, sources.isEmpty() ? QStringLiteral("prometheus") : sources.first().kind);
}

void VariableReader::checkCycles(YamlReader &reader, const QList<VariableSpec> &variables)
{
    QHash<QString, const VariableSpec *> byName;
    for (const VariableSpec &spec : variables)
        byName.insert(spec.name, &spec);
    QSet<QString> done;
    QStringList path;
    // At most one report per circle: the variable where the walk closes it.
    std::function<void(const VariableSpec &)> visit = [&](const VariableSpec &spec) {
        if (done.contains(spec.name))
            return;
        path.append(spec.name);
        for (const QString &name : VariableReferences::names(spec.metric)) {
            const VariableSpec *next = byName.value(name);
            if (!next)
                continue;
            if (const qsizetype at = path.indexOf(name); at >= 0)
                reader.error(markOf(spec),
                             tr("variables depend on each other in a circle: %1")
                                 .arg((path.mid(at) << name).join(QStringLiteral(" → "))));
            else
                visit(*next);
        }
        path.removeLast();
        done.insert(spec.name);
    };
    for (const VariableSpec &spec : variables)
        visit(spec);
}

} // namespace lotse
