#pragma once

#include <QSortFilterProxyModel>

namespace lotse {

class TableModel;

/// Sorts a TableModel by its raw values (TableModel::SortRole: numbers as
/// numbers, dates as dates), filters rows by a text found in any column, gives
/// the columns readable headers (DatabaseColumns), writes identifiers without
/// thousands separators, and shows statements that span several lines on one,
/// since a table row has room for one, cut to what a column can show.
class DatabaseTableProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DatabaseTableProxy(QObject *parent = nullptr);

    TableModel *table() const;
    /// Headers and yes/no in the new language.
    void retranslate();
    /// Keeps the rows with @p text (any case) in a column as shown, or in a statement's whole text.
    void setFilterText(const QString &text);
    /// The source rows behind @p indexes, each once, in the order shown.
    QList<int> sourceRows(const QModelIndexList &indexes) const;
    /// Every row the filter lets through, in the order shown.
    QList<int> shownRows() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /// The column's name as the answer has it ("mean_ms").
    QString columnName(int section) const;
    /// The text of a model cell in full, as DatabaseColumns::text writes it.
    QString fullText(const QModelIndex &sourceIndex) const;
    /// Whether column @p section holds numbers (its first value that is not null is one).
    bool isNumeric(int section) const;

    QString m_filter;
};

} // namespace lotse
