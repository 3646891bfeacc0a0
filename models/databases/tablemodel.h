#pragma once

#include "core/queryresult.h"

#include <QAbstractTableModel>

namespace lotse {

/// One database list as an item model: columns as the answer names them, a row
/// per answer row. Refreshes keep rows where they are: a row whose key columns
/// match an existing row updates it in place (dataChanged for just the changed
/// cells' row span), vanished rows are removed, new rows appended, so a view's
/// selection and scroll position survive. Sort and filter in a
/// QSortFilterProxyModel with sortRole SortRole.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value: numbers sort as numbers, dates as dates
    };

    explicit TableModel(QObject *parent = nullptr);

    /// Columns that identify a row across refreshes (DatabaseViews' keyColumns);
    /// none: rows are matched by position.
    void setKeyColumns(const QStringList &columns) { m_keyColumns = columns; }
    /// Shows @p table, changing as little as possible.
    void setTable(const Table &table);
    const Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @p rows (in this model's numbering) as CSV (RFC 4180) with a header line.
    QString toCsv(const QList<int> &rows) const;
    /// A cell's text as shown: numbers in the locale, dates in ISO 8601.
    static QString text(const QVariant &value);

private:
    /// A unique key per row: the key columns' values, or the position without key columns.
    QStringList keysOf(const QList<QVariantList> &rows) const;

    Table m_table;
    QStringList m_keyColumns;
};

} // namespace lotse
