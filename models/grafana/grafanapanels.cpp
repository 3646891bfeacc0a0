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

} // namespace

QList<FoundPanel> GrafanaPanels::collect(const QJsonObject &dashboard)
{
    QList<FoundPanel> found;
    collectFlat(dashboard.value(QLatin1String("panels")).toArray(), found);
    collectRows(dashboard.value(QLatin1String("rows")).toArray(), found);
    return found;
}

void GrafanaPanels::collectFlat(const QJsonArray &panels, QList<FoundPanel> &found)
{
    QString section;
    for (const QJsonValue &value : panels) {
        const QJsonObject panel = value.toObject();
        if (panel.isEmpty())
            continue;
        if (!isRow(panel)) {
            found.append({panel, section});
            continue;
        }
        section = titleOf(panel);
        // A collapsed row keeps its panels inside itself; rows do not nest.
        for (const QJsonValue &child : panel.value(QLatin1String("panels")).toArray()) {
            if (const QJsonObject inner = child.toObject(); !inner.isEmpty() && !isRow(inner))
                found.append({inner, section});
        }
    }
}

void GrafanaPanels::collectRows(const QJsonArray &rows, QList<FoundPanel> &found)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString section = titleOf(row);
        for (const QJsonValue &child : row.value(QLatin1String("panels")).toArray()) {
            if (const QJsonObject panel = child.toObject(); !panel.isEmpty())
                found.append({panel, section});
        }
    }
}

} // namespace lotse
