#pragma once

#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/timerange.h"
#include "core/unit.h"
#include "variables/variablespec.h"
#include "variables/variablevalues.h"

#include <QList>
#include <QString>

#include <optional>

namespace lotse {

/// How the series of a KPI's query become the one value a card shows.
enum class Reduce {
    Max,
    Min,
    Sum,
    Avg,
    First,
    Count
};

/// A named data source a dashboard reads from ("prometheus", "orders-db").
struct SourceRef
{
    QString name;
    QString kind; ///< prometheus, postgres, redis, clickhouse
};

/// What a ratio or percentile is taken of (requests, records, observations).
/// When the measure reads NaN or infinity and this reads zero, there was
/// nothing to judge: the measure is not applicable, for the reason given. Any
/// other answer leaves the NaN what it is, a query that could not be judged.
struct Denominator
{
    QString query;
    LocalizedText zero;   ///< why nothing was judged: "No requests in the last 5 minutes"
    QString unboundQuery; ///< the query as written, variables and all (VariableBinder)
};

/// One query reduced to one value, judged by thresholds: what a KPI card
/// shows and what a runbook check reads are the same kind of measure.
struct MeasureSpec
{
    QString id;
    LocalizedText title;
    QString source;
    QString query;
    Unit unit = Unit::None;
    Reduce reduce = Reduce::Max;
    Thresholds thresholds;
    std::optional<Denominator> denominator;
    QStringList parameters; ///< the values of a SQL query's `$1`, `$2` … (VariableBinder)
    QString unboundQuery;   ///< the query as written, variables and all (VariableBinder)
    qint64 holdSeconds = 0; ///< `for:` the state must have held this long (Prometheus only)
};

/// A KPI card: a measure, and where to diagnose it when it is not good.
struct KpiSpec : MeasureSpec
{
    QString runbook; ///< runbook offered when the card is not good
    QString node;    ///< the runbook node to start from
    QString check;   ///< the runbook check this card shows (empty: the one with the same query)
    int line = 0;    ///< where the card's thresholds (or the card) stand, 1-based
    int column = 0;
    int section = -1; ///< index into Dashboard::sections; -1: above the first section
};

/// One line family of a chart, with a legend template ("p95 {{instance}}"),
/// in English and German where its words differ.
struct ChartQuery
{
    QString query;
    LocalizedText legend;
    QString unboundQuery; ///< the query as written, variables and all (VariableBinder)
};

/// A time-series chart of one or more queries in one unit.
struct ChartSpec
{
    QString id;
    LocalizedText title;
    QString source;
    Unit unit = Unit::None;
    QList<ChartQuery> queries;
    Thresholds thresholds;                ///< drawn as horizontal lines
    std::optional<qint64> compareSeconds; ///< `compare:` of this chart, over the dashboard's
    int section = -1;                     ///< index into Dashboard::sections; -1: above the first section
};

/// A titled group of cards and charts, like a Grafana row. Its panels stand in
/// Dashboard::kpis and ::charts after those above every section, in the order
/// of the sections, so whatever reads the flat lists reads sections too.
struct SectionSpec
{
    QString id;
    LocalizedText title;
    bool collapsed = false; ///< folded when the dashboard opens: its panels are not read until unfolded
};

/// A dashboard as its YAML file describes it.
struct Dashboard
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    TimeRange range = TimeRange::relative(3600);
    qint64 refreshSeconds = 30; ///< 0: no automatic refresh
    qint64 compareSeconds = 0;  ///< `compare: 1d|1w`: charts overlay that much earlier; 0: off
    QList<SourceRef> sources;
    QList<KpiSpec> kpis;
    QList<ChartSpec> charts;
    QList<SectionSpec> sections;
    QList<VariableSpec> variables;
    VariableValues values; ///< the values its queries hold, once bound (VariableBinder)
    QString origin;        ///< the file it was loaded from
};

} // namespace lotse
