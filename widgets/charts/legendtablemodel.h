#pragma once

#include "core/unit.h"
#include "dashboard/seriesprobe.h"

#include <QAbstractTableModel>
#include <QColor>

namespace lotse {

/// The rows of a chart's legend table: a series each, with its last, least,
/// largest and mean value over the window. The figures are worked out when
/// the data changes, never while painting; SortRole gives the numbers.
class LegendTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Last,
        Min,
        Max,
        Mean,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    struct Entry
    {
        QString name;
        QColor color;
        SeriesProbe::Stats stats;
        bool hidden = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QList<Entry> entries, Unit unit);
    /// Marks the rows whose series are hidden; only rows that change are announced.
    void setHidden(const QList<bool> &hidden);
    const Entry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double figure(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    Unit m_unit = Unit::None;
};

} // namespace lotse
