#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lotse {

/// A panel of a Grafana dashboard with the row it stands in.
struct FoundPanel
{
    QJsonObject panel;
    QString section; ///< the row's title; empty outside rows
};

/// Finds the panels of both schema generations: the current flat `panels`
/// list, where a `row` panel opens a section (and a collapsed one holds its
/// panels itself), and the old `rows` list, each row with its `panels`.
class GrafanaPanels final
{
public:
    /// More panels than this are refused: each becomes a chart or card, and a
    /// dashboard of thousands is no dashboard a person reads.
    static constexpr int maxPanels = 2000;

    static QList<FoundPanel> collect(const QJsonObject &dashboard);

private:
    static void collectFlat(const QJsonArray &panels, QList<FoundPanel> &found);
    static void collectRows(const QJsonArray &rows, QList<FoundPanel> &found);
};

} // namespace lotse
