#pragma once

#include "dashboard/dashboard.h"
#include "core/diagnostic.h"

#include <QCoreApplication>
#include <QSet>

#include <expected>

namespace YAML {
class Node;
}

namespace lotse {

class YamlReader;

/// Reads dashboard YAML (docs/dashboards.md) and reports every problem with
/// file, line and column.
class DashboardLoader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DashboardLoader)

public:
    static std::expected<Dashboard, Diagnostics> loadFile(const QString &path);
    static std::expected<Dashboard, Diagnostics> parse(const QByteArray &text, const QString &fileName);

private:
    /// The ids seen so far: a card's, a chart's and a section's are each unique
    /// in the whole dashboard, sections or not.
    struct PanelIds
    {
        QSet<QString> kpis;
        QSet<QString> charts;
        QSet<QString> sections;
    };

    /// The `kpis:` and `charts:` of @p map (the dashboard, or section @p section).
    static void readPanels(YamlReader &reader, const YAML::Node &map, Dashboard &dashboard, int section, PanelIds &ids);
    static void readSections(YamlReader &reader, const YAML::Node &root, Dashboard &dashboard, PanelIds &ids);
    static KpiSpec readKpi(YamlReader &reader, const YAML::Node &node);
    static ChartSpec readChart(YamlReader &reader, const YAML::Node &node);
    /// `compare:` of @p node: a period in seconds, 0 for off, nothing when absent or wrong.
    static std::optional<qint64> readCompare(YamlReader &reader, const YAML::Node &node);
};

} // namespace lotse
