#pragma once

#include "core/localizedtext.h"
#include "variables/variablespec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace lotse {

class GrafanaQueries;

/// Grafana's `templating.list` as Lotse variables (docs/variables.md):
/// query (label_values and query_result), custom, constant, interval and
/// textbox. A datasource variable chooses the source instead; what Lotse
/// cannot read is kept as a fixed list of its current values, and every such
/// change is a note of the report.
class GrafanaVariables final
{
public:
    struct Result
    {
        QList<VariableSpec> variables;
        QStringList datasourceVariables;
        QList<LocalizedText> notes;
    };

    /// @p queries replaces Grafana's macros in the variables' queries.
    static Result translate(const QJsonArray &list, const GrafanaQueries &queries);

private:
    static bool translateOne(const QJsonObject &variable, const GrafanaQueries &queries, Result &result);
    static bool readQuery(const QJsonObject &variable, const GrafanaQueries &queries, VariableSpec &spec);
    static bool refersToEarlier(const VariableSpec &spec, const Result &result);
    static QStringList customOptions(const QJsonObject &variable);
    static QStringList intervalOptions(const QJsonObject &variable);
    static QStringList currentValues(const QJsonObject &variable);
    static void noteFilters(const QJsonObject &variable, const VariableSpec &spec, Result &result);
};

} // namespace lotse
