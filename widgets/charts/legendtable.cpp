#include "charts/legendtable.h"

#include "charts/legendtablemodel.h"
#include "dashboard/seriesprobe.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLineSeries>
#include <QSortFilterProxyModel>

namespace lotse {

LegendTable::LegendTable(QWidget *parent)
    : QTableView(parent)
    , m_model(new LegendTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(LegendTableModel::SortRole);
    setModel(m_sorted);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // the chart's order until a header is clicked
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setFocusPolicy(Qt::NoFocus);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setFrameShape(QFrame::NoFrame);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 2);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setHighlightSections(false);
    connect(this, &QTableView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT lineClicked(lineAt(index.row()), QGuiApplication::keyboardModifiers().testFlag(Qt::ControlModifier));
    });
}

void LegendTable::setLines(const ChartData &data, const QList<QLineSeries *> &lines, Unit unit)
{
    QList<LegendTableModel::Entry> entries;
    entries.reserve(data.lines.size());
    for (int index = 0; index < data.lines.size() && index < lines.size(); ++index) {
        const ChartLine &line = data.lines.at(index);
        const SeriesProbe::Stats stats
            = line.fetched ? SeriesProbe::stats(*line.fetched, data.window) : SeriesProbe::Stats{};
        entries.append({line.name, lines.at(index)->pen().color(), stats, !lines.at(index)->isVisible()});
    }
    m_model->setEntries(std::move(entries), unit);
    // The figures are never cut; the name takes the rest and is elided in the middle.
    for (int column = LegendTableModel::Last; column < LegendTableModel::ColumnCount; ++column)
        resizeColumnToContents(column);
}

void LegendTable::syncHidden(const QList<QLineSeries *> &lines)
{
    QList<bool> hidden;
    hidden.reserve(lines.size());
    for (const QLineSeries *line : lines)
        hidden.append(!line->isVisible());
    m_model->setHidden(hidden);
}

int LegendTable::lineAt(int row) const
{
    return m_sorted->mapToSource(m_sorted->index(row, 0)).row();
}

} // namespace lotse
