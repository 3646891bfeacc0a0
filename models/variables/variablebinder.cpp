#include "variables/variablebinder.h"

#include "variables/promqlsubstitution.h"
#include "variables/sqlsubstitution.h"
#include "variables/variablereferences.h"

namespace lotse {

namespace {

/// The query as written: kept on the first binding, so that every later one
/// starts again from the variables, not from the values of the last.
const QString &unbound(QString &query, QString &kept)
{
    if (kept.isEmpty())
        kept = query;
    return kept;
}

} // namespace

std::expected<VariableValues, QString> VariableBinder::effective(const QList<VariableSpec> &specs,
                                                                 const VariableValues &chosen)
{
    if (const QString unknown = chosen.unknown(specs); !unknown.isEmpty())
        return std::unexpected(unknown);
    const VariableValues values = chosen.withDefaults(specs);
    if (const QStringList unset = values.unset(specs); !unset.isEmpty())
        return std::unexpected(
            tr("No value for %1: give one with --var NAME=VALUE or a default.").arg(unset.join(QStringLiteral(", "))));
    for (const VariableSpec &spec : specs) {
        const QStringList given = values.values(spec.name);
        if (values.isAll(spec.name) && !spec.includeAll)
            return std::unexpected(tr("$%1 does not offer all values (include_all).").arg(spec.name));
        if (given.size() > 1 && !spec.multi)
            return std::unexpected(tr("$%1 takes one value, not %2 (multi).").arg(spec.name).arg(given.size()));
    }
    return values;
}

std::expected<Dashboard, QString> VariableBinder::bind(Dashboard dashboard, const VariableValues &chosen)
{
    const auto values = effective(dashboard.variables, chosen);
    if (!values)
        return std::unexpected(values.error());
    for (KpiSpec &kpi : dashboard.kpis) {
        if (const auto problem = bindMeasure(kpi, dashboard.sources, *values))
            return std::unexpected(tr("KPI %1: %2").arg(kpi.id, *problem));
    }
    for (ChartSpec &chart : dashboard.charts) {
        for (ChartQuery &query : chart.queries) {
            const auto bound
                = promql(unbound(query.query, query.unboundQuery), kindOf(dashboard.sources, chart.source), *values);
            if (!bound)
                return std::unexpected(tr("Chart %1: %2").arg(chart.id, bound.error()));
            query.query = *bound;
        }
    }
    dashboard.values = *values;
    return dashboard;
}

std::expected<Runbook, QString> VariableBinder::bind(Runbook runbook, const VariableValues &chosen)
{
    const auto values = effective(runbook.variables, chosen);
    if (!values)
        return std::unexpected(values.error());
    for (CheckSpec &check : runbook.checks) {
        if (const auto problem = bindMeasure(check, runbook.sources, *values))
            return std::unexpected(tr("Check %1: %2").arg(check.id, *problem));
    }
    runbook.values = *values;
    return runbook;
}

std::optional<QString> VariableBinder::bindMeasure(MeasureSpec &spec, const QList<SourceRef> &sources,
                                                   const VariableValues &values)
{
    const QString kind = kindOf(sources, spec.source);
    if (spec.denominator) {
        Denominator &denominator = *spec.denominator;
        const auto bound = promql(unbound(denominator.query, denominator.unboundQuery), kind, values);
        if (!bound)
            return bound.error();
        denominator.query = *bound;
    }
    if (kind == QLatin1String("postgres")) {
        auto bound = SqlSubstitution::apply(unbound(spec.query, spec.unboundQuery), values);
        if (!bound)
            return bound.error();
        spec.query = bound->text;
        spec.parameters = bound->parameters;
        return std::nullopt;
    }
    const auto bound = promql(unbound(spec.query, spec.unboundQuery), kind, values);
    if (!bound)
        return bound.error();
    spec.query = *bound;
    spec.parameters.clear();
    return std::nullopt;
}

std::expected<QString, QString> VariableBinder::promql(const QString &query, const QString &kind,
                                                       const VariableValues &values)
{
    if (kind == QLatin1String("prometheus"))
        return PromqlSubstitution::apply(query, values);
    if (VariableReferences::find(query).isEmpty())
        return query;
    return std::unexpected(tr("a %1 query cannot take variables yet.").arg(kind));
}

QString VariableBinder::kindOf(const QList<SourceRef> &sources, const QString &source)
{
    for (const SourceRef &ref : sources) {
        if (source.isEmpty() || ref.name == source)
            return ref.kind;
    }
    return QStringLiteral("prometheus");
}

} // namespace lotse
