#pragma once

#include "grafana/grafanapanels.h"
#include "grafana/grafanareport.h"
#include "grafana/importeddashboard.h"

#include <QJsonObject>
#include <QList>

#include <expected>

namespace lotse {

class GrafanaQueries;
class GrafanaSources;

/// One Grafana panel as Lotse charts and cards: graph and timeseries become
/// a chart; stat, singlestat, gauge and bargauge a KPI card per query; a
/// table a KPI card per query (Lotse shows no tables of PromQL results);
/// anything else a placeholder card that gives the reason.
class GrafanaPanelTranslator final
{
public:
    GrafanaPanelTranslator(const GrafanaQueries &queries, GrafanaSources &sources);

    /// What @p found becomes, at least one entry; @p outcome tells the report.
    QList<ImportedPanel> translate(const FoundPanel &found, PanelOutcome &outcome) const;

private:
    enum class Shape {
        Chart,
        Kpi,
        Table,
        None
    };

    static Shape shapeOf(const QString &type);
    std::expected<QList<ImportedQuery>, LocalizedText> queriesOf(const QJsonObject &panel, PanelOutcome &outcome) const;
    static Unit unitOf(const QJsonObject &panel, PanelOutcome &outcome);
    static void readKpi(const QJsonObject &panel, ImportedPanel &card, PanelOutcome &outcome);
    static QString reduceOf(const QJsonObject &panel, PanelOutcome &outcome);
    static Thresholds chartThresholds(const QJsonObject &panel, PanelOutcome &outcome);
    static QList<ImportedPanel> cards(const ImportedPanel &base, const QList<ImportedQuery> &queries);

    const GrafanaQueries &m_queries;
    GrafanaSources &m_sources;
};

} // namespace lotse
