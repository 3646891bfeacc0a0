#pragma once

#include "core/error.h"
#include "grafana/grafanapanels.h"
#include "grafana/grafanareport.h"
#include "grafana/importeddashboard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <expected>

namespace lotse {

/// A Grafana dashboard translated: Lotse's dashboard YAML and what became of
/// each panel.
struct GrafanaImport
{
    QString id;
    QByteArray yaml;
    GrafanaReport report;
};

/// Translates a Grafana dashboard's JSON into Lotse's dashboard YAML
/// (docs/grafana.md). Pure: no file is written and no server asked. The
/// result is read back by DashboardLoader before it is returned, so what
/// comes out passes `lotse check`.
class GrafanaImporter final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::GrafanaImporter)

public:
    /// @p fallbackId names the dashboard when the JSON has neither title nor
    /// uid; @p id, when given, names it whatever the JSON says.
    static std::expected<GrafanaImport, Error> translate(const QByteArray &json, const QString &fallbackId,
                                                         const QString &id = {});
    /// Reads @p path (bounded) and translates it; the file's base name is the fallback id.
    static std::expected<GrafanaImport, Error> translateFile(const QString &path);
    /// The id a dashboard imported from @p root gets: from its title, its uid or @p fallbackId.
    static QString idOf(const QJsonObject &root, const QString &fallbackId);

private:
    static ImportedDashboard build(const QJsonObject &root, const QString &id, GrafanaReport &report);
    /// One default a variable, and no "all": what a query may use outside a regex matcher.
    /// The rows as sections, counted in @p report when they hold panels.
    static void addSections(ImportedDashboard &dashboard, const QList<FoundRow> &rows, GrafanaReport &report);
    static bool narrowDefaults(ImportedDashboard &dashboard, GrafanaReport &report);
};

} // namespace lotse
