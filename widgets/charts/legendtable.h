#pragma once

#include "core/chartdata.h"
#include "core/unit.h"

#include <QTableView>

class QLineSeries;
class QSortFilterProxyModel;

namespace lotse {

class LegendTableModel;

/// The legend of a chart with many series: a table of name, last, min, max and
/// mean that sorts by any column and scrolls, so a hundred series stay usable.
/// A click on a row does what a click on a legend entry does (Ctrl isolates).
class LegendTable final : public QTableView
{
    Q_OBJECT

public:
    explicit LegendTable(QWidget *parent = nullptr);

    /// The series of @p data as @p lines draws them; the figures are worked out here, once.
    void setLines(const ChartData &data, const QList<QLineSeries *> &lines, Unit unit);
    /// Dims the rows of the lines that are hidden now.
    void syncHidden(const QList<QLineSeries *> &lines);
    LegendTableModel *entries() const { return m_model; }
    /// The index of the line shown at table row @p row, as sorted.
    int lineAt(int row) const;

Q_SIGNALS:
    /// Row of line @p line was clicked; @p isolate with Ctrl.
    void lineClicked(int line, bool isolate);

private:
    LegendTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
};

} // namespace lotse
