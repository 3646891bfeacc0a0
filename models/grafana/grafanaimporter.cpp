#include "grafana/grafanaimporter.h"

#include "definitions/dashboardloader.h"
#include "grafana/grafanajson.h"
#include "grafana/grafanapanels.h"
#include "grafana/grafanapaneltranslator.h"
#include "grafana/grafanaqueries.h"
#include "grafana/grafanasources.h"
#include "grafana/grafanatexts.h"
#include "grafana/grafanatime.h"
#include "grafana/grafanavariables.h"
#include "grafana/grafanayaml.h"
#include "variables/variablevalues.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace lotse {

std::expected<GrafanaImport, Error> GrafanaImporter::translateFile(const QString &path)
{
    const auto text = GrafanaJson::readFile(path);
    if (!text)
        return std::unexpected(text.error());
    return translate(*text, QFileInfo(path).completeBaseName());
}

std::expected<GrafanaImport, Error> GrafanaImporter::translate(const QByteArray &json, const QString &fallbackId,
                                                               const QString &id)
{
    const auto root = GrafanaJson::parse(json);
    if (!root)
        return std::unexpected(root.error());
    GrafanaImport result;
    ImportedDashboard dashboard = build(*root, id.isEmpty() ? idOf(*root, fallbackId) : id, result.report);
    if (result.report.seen == 0)
        return std::unexpected(GrafanaJson::notADashboard());
    if (result.report.seen > GrafanaPanels::maxPanels)
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("the dashboard has more than %1 panels").arg(GrafanaPanels::maxPanels)});
    result.id = dashboard.id;
    result.yaml = GrafanaYaml::write(dashboard);
    // The translation must be a dashboard Lotse opens; one that is not is a
    // fault of the importer, named rather than written.
    auto checked = DashboardLoader::parse(result.yaml, dashboard.id + QLatin1String(".yaml"));
    if (!checked && narrowDefaults(dashboard, result.report)) {
        result.yaml = GrafanaYaml::write(dashboard);
        checked = DashboardLoader::parse(result.yaml, dashboard.id + QLatin1String(".yaml"));
    }
    if (!checked)
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  tr("the translation is no valid Lotse dashboard: %1").arg(checked.error().value(0).toString())});
    return result;
}

ImportedDashboard GrafanaImporter::build(const QJsonObject &root, const QString &id, GrafanaReport &report)
{
    ImportedDashboard dashboard;
    dashboard.id = id;
    dashboard.title = root.value(QLatin1String("title")).toString().simplified();
    if (dashboard.title.isEmpty())
        dashboard.title = dashboard.id;
    dashboard.range = GrafanaTime::range(root, report.notes);
    dashboard.refresh = GrafanaTime::refresh(root);
    const qint64 span = GrafanaTime::rangeSeconds(dashboard.range);
    const GrafanaVariables::Result variables = GrafanaVariables::translate(
        root.value(QLatin1String("templating")).toObject().value(QLatin1String("list")).toArray(),
        GrafanaQueries({}, span));
    dashboard.variables = variables.variables;
    report.notes += variables.notes;
    QSet<QString> declared;
    for (const VariableSpec &spec : variables.variables)
        declared.insert(spec.name);
    const GrafanaQueries queries(declared, span);
    GrafanaSources sources(variables.datasourceVariables);
    const GrafanaPanelTranslator translator(queries, sources);
    QList<FoundRow> rows;
    const QList<FoundPanel> found = GrafanaPanels::collect(root, rows);
    report.seen = int(found.size());
    for (const FoundPanel &panel : found.mid(0, GrafanaPanels::maxPanels + 1)) {
        PanelOutcome outcome;
        dashboard.panels += translator.translate(panel, outcome);
        report.panels.append(outcome);
    }
    dashboard.sources = sources.names();
    addSections(dashboard, rows, report);
    return dashboard;
}

void GrafanaImporter::addSections(ImportedDashboard &dashboard, const QList<FoundRow> &rows, GrafanaReport &report)
{
    QSet<int> used;
    for (const ImportedPanel &panel : std::as_const(dashboard.panels))
        used.insert(panel.row);
    for (qsizetype row = 0; row < rows.size(); ++row) {
        // A row needs a header to fold by, even one Grafana left untitled.
        const QString &title = rows.at(row).title;
        dashboard.sections.append({title.isEmpty()
                                       ? GrafanaTexts::text(GrafanaTexts::Id::UntitledRow, QString::number(row + 1))
                                       : LocalizedText{title, title},
                                   rows.at(row).collapsed});
        // An empty row (its panels dropped, or none) becomes no section: a section holds panels.
        if (used.contains(int(row)))
            ++report.sections;
    }
}

bool GrafanaImporter::narrowDefaults(ImportedDashboard &dashboard, GrafanaReport &report)
{
    // Grafana splices several values, or "all", into any matcher; Lotse takes
    // them only where a regex can hold them. One value fits everywhere.
    bool narrowed = false;
    for (VariableSpec &spec : dashboard.variables) {
        const QStringList one = spec.defaults.mid(0, 1);
        if (spec.defaults.size() <= 1 && !spec.defaults.contains(VariableValues::allValue()) && !spec.includeAll)
            continue;
        spec.defaults = one.contains(VariableValues::allValue()) ? QStringList() : one;
        spec.includeAll = false;
        report.notes.append(GrafanaTexts::text(GrafanaTexts::Id::DefaultNarrowed, spec.name));
        narrowed = true;
    }
    return narrowed;
}

QString GrafanaImporter::idOf(const QJsonObject &root, const QString &fallbackId)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_.-]+"));
    for (QString id :
         {root.value(QLatin1String("title")).toString(), root.value(QLatin1String("uid")).toString(), fallbackId}) {
        static const QRegularExpression dashes(QStringLiteral("--+"));
        // "Ceph - Cluster" is ceph-cluster, not ceph---cluster.
        id = id.toLower().replace(other, QStringLiteral("-")).replace(dashes, QStringLiteral("-"));
        while (!id.isEmpty() && !id.at(0).isLetterOrNumber())
            id.remove(0, 1);
        while (id.endsWith(QLatin1Char('-')))
            id.chop(1);
        if (!id.isEmpty())
            return id.left(64);
    }
    return QStringLiteral("grafana");
}

} // namespace lotse
