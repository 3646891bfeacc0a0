#include "grafana/grafanapanels.h"

#include <QJsonArray>

namespace lotse {

namespace {

QString titleOf(const QJsonObject &object)
{
    return object.value(QLatin1String("title")).toString().trimmed();
}

bool isRow(const QJsonObject &panel)
{
    return panel.value(QLatin1String("type")).toString() == QLatin1String("row");
}

QString titleAt(const QList<FoundRow> &rows, int row)
{
    return row < 0 ? QString() : rows.at(row).title;
}

} // namespace

QList<FoundPanel> GrafanaPanels::collect(const QJsonObject &dashboard, QList<FoundRow> &rows)
{
    QList<FoundPanel> found;
    collectFlat(dashboard.value(QLatin1String("panels")).toArray(), found, rows);
    collectRows(dashboard.value(QLatin1String("rows")).toArray(), found, rows);
    return found;
}

int GrafanaPanels::open(const QJsonObject &row, bool collapsed, bool titled, QList<FoundRow> &rows, int current)
{
    if (!titled && !collapsed)
        return current;
    rows.append({titled ? titleOf(row) : QString(), collapsed});
    return int(rows.size()) - 1;
}

void GrafanaPanels::collectFlat(const QJsonArray &panels, QList<FoundPanel> &found, QList<FoundRow> &rows)
{
    int section = -1;
    for (const QJsonValue &value : panels) {
        const QJsonObject panel = value.toObject();
        if (panel.isEmpty())
            continue;
        if (!isRow(panel)) {
            found.append({panel, titleAt(rows, section), section});
            continue;
        }
        const bool collapsed = panel.value(QLatin1String("collapsed")).toBool();
        section = open(panel, collapsed, !titleOf(panel).isEmpty(), rows, section);
        // A collapsed row keeps its panels inside itself; rows do not nest.
        for (const QJsonValue &child : panel.value(QLatin1String("panels")).toArray()) {
            if (const QJsonObject inner = child.toObject(); !inner.isEmpty() && !isRow(inner))
                found.append({inner, titleAt(rows, section), section});
        }
    }
}

void GrafanaPanels::collectRows(const QJsonArray &rows, QList<FoundPanel> &found, QList<FoundRow> &sections)
{
    int section = -1;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        // Old rows hide their header with showTitle: false, and fold with collapse.
        const bool titled = !titleOf(row).isEmpty() && row.value(QLatin1String("showTitle")).toBool(true);
        section = open(row, row.value(QLatin1String("collapse")).toBool(), titled, sections, section);
        for (const QJsonValue &child : row.value(QLatin1String("panels")).toArray()) {
            if (const QJsonObject panel = child.toObject(); !panel.isEmpty())
                found.append({panel, titleAt(sections, section), section});
        }
    }
}

} // namespace lotse
