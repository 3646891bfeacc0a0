#include "definitions/dashboardloader.h"

#include "dashboard/compareperiod.h"
#include "definitions/linkedchecks.h"
#include "definitions/yamlreader.h"
#include "variables/variablebinder.h"
#include "variables/variablereader.h"

#include <QRegularExpression>
#include <QSet>

namespace lotse {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]*$"));
    return pattern;
}

/// Reports an id that is malformed or used twice within one list.
void checkId(YamlReader &reader, const YAML::Node &node, const QString &id, QSet<QString> &seen)
{
    if (id.isEmpty())
        return;
    if (!idPattern().match(id).hasMatch())
        reader.error(node["id"], DashboardLoader::tr("id \"%1\" may use only a-z, 0-9, '_', '.' and '-'").arg(id));
    else if (seen.contains(id))
        reader.error(node["id"], DashboardLoader::tr("id \"%1\" is used twice").arg(id));
    seen.insert(id);
}

} // namespace

std::expected<Dashboard, Diagnostics> DashboardLoader::loadFile(const QString &path)
{
    const auto text = YamlReader::readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return parse(*text, path);
}

std::expected<Dashboard, Diagnostics> DashboardLoader::parse(const QByteArray &text, const QString &fileName)
{
    YamlReader reader(fileName);
    const auto root = reader.parse(text);
    if (!root)
        return std::unexpected(reader.diagnostics());

    reader.checkKeys(*root,
                     {"id", "title", "description", "range", "refresh", "compare", "sources", "kpis", "charts",
                      "sections", "variables"});
    Dashboard dashboard;
    dashboard.origin = fileName;
    dashboard.id = reader.string(*root, "id", true);
    if (!dashboard.id.isEmpty() && !idPattern().match(dashboard.id).hasMatch())
        reader.error((*root)["id"], tr("id \"%1\" may use only a-z, 0-9, '_', '.' and '-'").arg(dashboard.id));
    dashboard.title = reader.localized(*root, "title", true);
    dashboard.description = reader.localized(*root, "description", false);

    const QString range = reader.string(*root, "range", false);
    if (!range.isEmpty()) {
        if (const auto parsed = TimeRange::parse(range))
            dashboard.range = *parsed;
        else
            reader.error((*root)["range"], tr("range must look like now-1h (s, m, h, d, w), not \"%1\"").arg(range));
    }
    const QString refresh = reader.string(*root, "refresh", false);
    if (refresh == QLatin1String("off")) {
        dashboard.refreshSeconds = 0;
    } else if (!refresh.isEmpty()) {
        if (const auto seconds = TimeRange::parseDuration(refresh); seconds && *seconds > 0)
            dashboard.refreshSeconds = *seconds;
        else
            reader.error((*root)["refresh"],
                         tr("refresh must be off or a duration such as 30s, not \"%1\"").arg(refresh));
    }
    dashboard.compareSeconds = readCompare(reader, *root).value_or(0);

    dashboard.sources = reader.sources(*root);
    dashboard.variables = VariableReader::read(reader, *root);
    VariableReader::checkReferences(reader, *root, dashboard.variables, dashboard.sources);
    VariableReader::checkCycles(reader, dashboard.variables);
    PanelIds ids;
    readPanels(reader, *root, dashboard, -1, ids);
    readSections(reader, *root, dashboard, ids);
    if (dashboard.kpis.isEmpty() && dashboard.charts.isEmpty())
        reader.error(*root, tr("the dashboard has neither kpis nor charts"));

    if (const auto problem = VariableBinder::bindDefaults(dashboard))
        reader.error(*root, *problem);
    if (reader.hasErrors())
        return std::unexpected(reader.diagnostics());
    LinkedChecks::adopt(dashboard);
    return dashboard;
}

void DashboardLoader::readPanels(YamlReader &reader, const YAML::Node &map, Dashboard &dashboard, int section,
                                 PanelIds &ids)
{
    for (const YAML::Node &node : reader.sequence(map, "kpis", false)) {
        dashboard.kpis.append(readKpi(reader, node));
        dashboard.kpis.last().section = section;
        checkId(reader, node, dashboard.kpis.last().id, ids.kpis);
    }
    for (const YAML::Node &node : reader.sequence(map, "charts", false)) {
        dashboard.charts.append(readChart(reader, node));
        dashboard.charts.last().section = section;
        checkId(reader, node, dashboard.charts.last().id, ids.charts);
    }
    reader.checkSourceNames(YamlReader::child(map, "kpis"), dashboard.sources);
    reader.checkSourceNames(YamlReader::child(map, "charts"), dashboard.sources);
}

void DashboardLoader::readSections(YamlReader &reader, const YAML::Node &root, Dashboard &dashboard, PanelIds &ids)
{
    for (const YAML::Node &node : reader.sequence(root, "sections", false)) {
        if (!node.IsMap()) {
            reader.error(node, tr("a section must be a mapping"));
            continue;
        }
        reader.checkKeys(node, {"id", "title", "collapsed", "kpis", "charts"});
        SectionSpec section;
        section.id = reader.string(node, "id", true);
        checkId(reader, node, section.id, ids.sections);
        // A title of names only ("Ceph", "OSD") reads alike in both languages: a plain string serves both.
        if (const YAML::Node title = YamlReader::child(node, "title"); title.IsScalar()) {
            const QString plain = reader.string(node, "title", true);
            section.title = {plain, plain};
        } else {
            section.title = reader.localized(node, "title", true);
        }
        const QString collapsed = reader.string(node, "collapsed", false);
        section.collapsed = collapsed == QLatin1String("true");
        if (!collapsed.isEmpty() && !section.collapsed && collapsed != QLatin1String("false"))
            reader.error(node["collapsed"], tr("collapsed must be true or false, not \"%1\"").arg(collapsed));
        const qsizetype before = dashboard.kpis.size() + dashboard.charts.size();
        readPanels(reader, node, dashboard, int(dashboard.sections.size()), ids);
        if (dashboard.kpis.size() + dashboard.charts.size() == before)
            reader.error(node, tr("a section needs at least one KPI or chart"));
        dashboard.sections.append(section);
    }
}

KpiSpec DashboardLoader::readKpi(YamlReader &reader, const YAML::Node &node)
{
    KpiSpec kpi;
    if (!node.IsMap()) {
        reader.error(node, tr("a KPI must be a mapping"));
        return kpi;
    }
    reader.checkKeys(
        node,
        {"id", "title", "source", "query", "unit", "reduce", "thresholds", "denominator", "runbook", "node", "check"});
    kpi.id = reader.string(node, "id", true);
    reader.measure(node, kpi);
    kpi.runbook = reader.string(node, "runbook", false);
    kpi.node = reader.string(node, "node", false);
    kpi.check = reader.string(node, "check", false);
    const YAML::Mark mark = node["thresholds"].IsDefined() ? node["thresholds"].Mark() : node.Mark();
    kpi.line = mark.line + 1;
    kpi.column = mark.column + 1;
    return kpi;
}

ChartSpec DashboardLoader::readChart(YamlReader &reader, const YAML::Node &node)
{
    ChartSpec chart;
    if (!node.IsMap()) {
        reader.error(node, tr("a chart must be a mapping"));
        return chart;
    }
    reader.checkKeys(node, {"id", "title", "source", "unit", "queries", "thresholds", "compare"});
    chart.id = reader.string(node, "id", true);
    chart.title = reader.localized(node, "title", true);
    chart.source = reader.string(node, "source", false);
    chart.unit = reader.unit(node);
    for (const YAML::Node &query : reader.sequence(node, "queries", true)) {
        reader.checkKeys(query, {"query", "legend"});
        // A legend of labels only reads alike in both languages: a plain string serves both.
        const bool translated = YamlReader::child(query, "legend").IsMap();
        const QString plain = translated ? QString() : reader.string(query, "legend", false);
        chart.queries.append({reader.string(query, "query", true),
                              translated ? reader.localized(query, "legend", false) : LocalizedText{plain, plain},
                              {}});
        reader.checkQuery(query, "query", chart.source);
    }
    if (chart.queries.isEmpty())
        reader.error(node, tr("a chart needs at least one query"));
    chart.thresholds = reader.thresholds(node, "thresholds");
    chart.compareSeconds = readCompare(reader, node);
    return chart;
}

std::optional<qint64> DashboardLoader::readCompare(YamlReader &reader, const YAML::Node &node)
{
    const QString text = reader.string(node, "compare", false);
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<qint64> seconds = ComparePeriod::parse(text);
    if (!seconds)
        reader.error(node["compare"], tr("compare must be off, 1d or 1w, not \"%1\"").arg(text));
    return seconds;
}

} // namespace lotse
