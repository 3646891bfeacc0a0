#include "charts/legendtablemodel.h"

#include <QLocale>
#include <QPalette>

#include <cmath>

namespace lotse {

void LegendTableModel::setEntries(QList<Entry> entries, Unit unit)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_unit = unit;
    endResetModel();
}

void LegendTableModel::setHidden(const QList<bool> &hidden)
{
    for (int row = 0; row < m_entries.size() && row < hidden.size(); ++row) {
        if (m_entries.at(row).hidden == hidden.at(row))
            continue;
        m_entries[row].hidden = hidden.at(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ForegroundRole, Qt::DecorationRole});
    }
}

int LegendTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LegendTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double LegendTableModel::figure(const Entry &entry, int column) const
{
    if (!entry.stats.any)
        return std::nan("");
    switch (column) {
    case Last: return entry.stats.last;
    case Min: return entry.stats.min;
    case Max: return entry.stats.max;
    case Mean: return entry.stats.mean;
    default: return std::nan("");
    }
}

QVariant LegendTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Name ? entry.name : UnitFormatter(QLocale()).format(figure(entry, column), m_unit);
    case SortRole: return column == Name ? QVariant(entry.name) : QVariant(figure(entry, column));
    case Qt::ToolTipRole: return column == Name ? entry.name : QVariant();
    case Qt::TextAlignmentRole: return column == Name ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DecorationRole: {
        if (column != Name)
            return {};
        QColor swatch = entry.color;
        // A hidden series stays listed, dimmed, so it can be clicked back.
        if (entry.hidden)
            swatch.setAlphaF(0.25f);
        return swatch;
    }
    case Qt::ForegroundRole: {
        if (!entry.hidden)
            return {};
        QColor text = QPalette().color(QPalette::Text);
        text.setAlphaF(0.4f);
        return text;
    }
    default: return {};
    }
}

QVariant LegendTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Series");
    case Last: return tr("Last");
    case Min: return tr("Min");
    case Max: return tr("Max");
    case Mean: return tr("Mean");
    default: return {};
    }
}

} // namespace lotse
