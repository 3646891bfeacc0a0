#include "grafana/grafanavariables.h"

#include "core/timerange.h"
#include "grafana/grafanaqueries.h"
#include "grafana/grafanasources.h"
#include "grafana/grafanatexts.h"
#include "variables/variablereferences.h"
#include "variables/variablevalues.h"

#include <QRegularExpression>
#include <QSet>

namespace lotse {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

/// A variable's query: a string in old files, {query: …} in new ones.
QString queryOf(const QJsonObject &variable)
{
    const QJsonValue query = variable.value(QLatin1String("query"));
    return query.isObject() ? query.toObject().value(QLatin1String("query")).toString() : query.toString();
}

bool isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("__"));
}

} // namespace

GrafanaVariables::Result GrafanaVariables::translate(const QJsonArray &list, const GrafanaQueries &queries)
{
    Result result;
    QSet<QString> names;
    for (const QJsonValue &value : list) {
        const QJsonObject variable = value.toObject();
        const QString name = text(variable, "name");
        const QString type = text(variable, "type");
        if (type == QLatin1String("datasource") && isName(name)) {
            result.datasourceVariables.append(name);
            result.notes.append(
                GrafanaTexts::text(GrafanaTexts::Id::VariableSource, name, GrafanaSources::defaultName()));
        } else if (!isName(name) || names.contains(name) || !translateOne(variable, queries, result)) {
            result.notes.append(GrafanaTexts::text(GrafanaTexts::Id::VariableLeftOut, name, type));
        }
        names.insert(name);
    }
    return result;
}

bool GrafanaVariables::translateOne(const QJsonObject &variable, const GrafanaQueries &queries, Result &result)
{
    VariableSpec spec;
    spec.name = text(variable, "name");
    const QString type = text(variable, "type");
    spec.multi = variable.value(QLatin1String("multi")).toBool();
    spec.includeAll = variable.value(QLatin1String("includeAll")).toBool();
    if (type == QLatin1String("query")) {
        if (!readQuery(variable, queries, spec) || !refersToEarlier(spec, result)) {
            result.notes.append(GrafanaTexts::text(GrafanaTexts::Id::VariableFixed, spec.name, queryOf(variable)));
            spec.kind = VariableSpec::Kind::Custom;
            spec.options = currentValues(variable);
            spec.options.removeAll(VariableValues::allValue());
        }
    } else if (type == QLatin1String("custom") || type == QLatin1String("textbox")) {
        spec.kind = VariableSpec::Kind::Custom;
        spec.options = type == QLatin1String("custom") ? customOptions(variable) : QStringList{queryOf(variable)};
    } else if (type == QLatin1String("constant")) {
        spec.kind = VariableSpec::Kind::Constant;
        spec.options = {queryOf(variable)};
    } else if (type == QLatin1String("interval")) {
        spec.kind = VariableSpec::Kind::Interval;
        spec.options = intervalOptions(variable);
    } else {
        return false; // adhoc filters and kinds to come: nothing a query names
    }
    // Values that were chosen are defaults only where Lotse can offer them.
    const QStringList current = currentValues(variable);
    const bool all = current.contains(VariableValues::allValue());
    if (all && spec.includeAll)
        spec.defaults = {VariableValues::allValue()};
    else if (!all && (spec.isRead() || std::all_of(current.cbegin(), current.cend(), [&spec](const QString &value) {
                          return spec.options.contains(value);
                      })))
        spec.defaults = spec.multi ? current : current.mid(0, 1);
    if (!spec.isRead() && spec.options.isEmpty())
        spec.options = {spec.defaults.value(0)};
    spec.multi = spec.multi || spec.defaults.size() > 1;
    noteFilters(variable, spec, result);
    result.variables.append(spec);
    return true;
}

bool GrafanaVariables::refersToEarlier(const VariableSpec &spec, const Result &result)
{
    // Lotse reads variables in order; a query naming a later or unknown one
    // could never be read.
    for (const QString &name : VariableReferences::names(spec.metric)) {
        if (std::none_of(result.variables.cbegin(), result.variables.cend(),
                         [&name](const VariableSpec &earlier) { return earlier.name == name; }))
            return false;
    }
    return true;
}

bool GrafanaVariables::readQuery(const QJsonObject &variable, const GrafanaQueries &queries, VariableSpec &spec)
{
    static const QRegularExpression labelValues(
        QStringLiteral("^\\s*label_values\\s*\\((?:(.*),)?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression queryResult(QStringLiteral("^\\s*query_result\\s*\\((.*)\\)\\s*$"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression labelInRegex(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)=\\\\?\"\\("));
    const auto query = queries.replaceMacros(queryOf(variable));
    if (!query)
        return false;
    if (const auto match = labelValues.match(*query); match.hasMatch()) {
        spec.kind = VariableSpec::Kind::LabelValues;
        spec.metric = match.captured(1).trimmed();
        spec.label = match.captured(2);
        return true;
    }
    // query_result gives whole series; the regex names the label it keeps.
    const auto result = queryResult.match(*query);
    const auto label = labelInRegex.match(text(variable, "regex"));
    if (!result.hasMatch() || !label.hasMatch())
        return false;
    spec.kind = VariableSpec::Kind::Query;
    spec.metric = result.captured(1).trimmed();
    spec.label = label.captured(1);
    return true;
}

QStringList GrafanaVariables::customOptions(const QJsonObject &variable)
{
    // "a,b,c", a comma escaped as "\,", and "text : value" pairs of newer files.
    static const QRegularExpression separator(QStringLiteral("(?<!\\\\),"));
    QStringList options;
    for (QString option : queryOf(variable).split(separator, Qt::SkipEmptyParts)) {
        option.replace(QLatin1String("\\,"), QLatin1String(","));
        const qsizetype pair = option.indexOf(QLatin1String(" : "));
        option = (pair < 0 ? option : option.mid(pair + 3)).trimmed();
        if (!option.isEmpty() && !options.contains(option))
            options.append(option);
    }
    return options;
}

QStringList GrafanaVariables::intervalOptions(const QJsonObject &variable)
{
    QStringList options;
    for (const QString &option : queryOf(variable).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // "auto" follows Grafana's panel width; Lotse has no such interval.
        if (TimeRange::parseDuration(option.trimmed()) && !options.contains(option.trimmed()))
            options.append(option.trimmed());
    }
    return options.isEmpty() ? QStringList{QStringLiteral("5m")} : options;
}

QStringList GrafanaVariables::currentValues(const QJsonObject &variable)
{
    const QJsonValue value = variable.value(QLatin1String("current")).toObject().value(QLatin1String("value"));
    QStringList values;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString() && !item.toString().isEmpty())
                values.append(item.toString());
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        values.append(value.toString());
    }
    return values;
}

void GrafanaVariables::noteFilters(const QJsonObject &variable, const VariableSpec &spec, Result &result)
{
    const QString regex = text(variable, "regex");
    static const QStringList identities
        = {QString(), QStringLiteral("(.*)"), QStringLiteral("/(.*)/"), QStringLiteral(".*"), QStringLiteral("/.*/")};
    if (spec.kind == VariableSpec::Kind::LabelValues && !identities.contains(regex))
        result.notes.append(GrafanaTexts::text(GrafanaTexts::Id::VariableRegex, spec.name));
    const QString all = text(variable, "allValue");
    if (spec.includeAll && !all.isEmpty() && all != QLatin1String(".*"))
        result.notes.append(GrafanaTexts::text(GrafanaTexts::Id::VariableAllValue, spec.name, all));
}

} // namespace lotse
