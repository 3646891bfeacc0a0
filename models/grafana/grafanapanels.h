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
    int row = -1;    ///< index into the rows collect() found; -1: above every row
};

/// A Grafana row that becomes a dashboard section.
struct FoundRow
{
    QString title; ///< empty when the row has none
    bool collapsed = false;
};

/// Finds the panels of both schema generations: the current flat `panels`
/// list, where a `row` panel opens a section (and a collapsed one holds its
/// panels itself), and the old `rows` list, each row with its panels.
class GrafanaPanels final
{
public:
    /// More panels than this are refused: each becomes a chart or card, and a
    /// dashboard of thousands is no dashboard a person reads.
    static constexpr int maxPanels = 2000;

    /// The panels, and in @p rows the rows they stand in. A row Grafana draws
    /// no header for (no title, or `showTitle: false`) and that is not
    /// collapsed is no section: its panels stay where the one before left them.
    static QList<FoundPanel> collect(const QJsonObject &dashboard, QList<FoundRow> &rows);

private:
    /// Where the panels after @p row go: a new entry of @p rows, or @p current.
    static int open(const QJsonObject &row, bool collapsed, bool titled, QList<FoundRow> &rows, int current);
    static void collectFlat(const QJsonArray &panels, QList<FoundPanel> &found, QList<FoundRow> &rows);
    static void collectRows(const QJsonArray &rows, QList<FoundPanel> &found, QList<FoundRow> &sections);
};

} // namespace lotse
