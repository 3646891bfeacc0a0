#include "databases/databasetableproxy.h"

#include "databases/databasecolumns.h"
#include "databases/tablemodel.h"
#include "databases/tableresult.h"

#include <algorithm>

namespace lotse {

namespace {

/// Characters of a cell's text a table shows at most.
constexpr qsizetype kShownChars = 300;

} // namespace

DatabaseTableProxy::DatabaseTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TableModel::SortRole);
    setSortLocaleAware(true);
}

TableModel *DatabaseTableProxy::table() const
{
    return qobject_cast<TableModel *>(sourceModel());
}

void DatabaseTableProxy::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    invalidate();
}

void DatabaseTableProxy::setFilterText(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    invalidateRowsFilter();
}

QList<int> DatabaseTableProxy::sourceRows(const QModelIndexList &indexes) const
{
    QList<int> shown;
    for (const QModelIndex &index : indexes)
        shown.append(index.row());
    std::sort(shown.begin(), shown.end());
    shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
    QList<int> rows;
    rows.reserve(shown.size());
    for (int row : std::as_const(shown))
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

QList<int> DatabaseTableProxy::shownRows() const
{
    QList<int> rows;
    rows.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

QString DatabaseTableProxy::columnName(int section) const
{
    return sourceModel() ? sourceModel()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString() : QString();
}

QString DatabaseTableProxy::fullText(const QModelIndex &sourceIndex) const
{
    QString column = columnName(sourceIndex.column());
    // A value beside its field (Redis INFO, CONFIG) means what the field says.
    if (column == QLatin1String("value")) {
        for (int other = 0; other < sourceModel()->columnCount(); ++other) {
            if (columnName(other) == QLatin1String("field")) {
                column = sourceIndex.siblingAtColumn(other).data(TableModel::SortRole).toString();
                break;
            }
        }
    }
    return DatabaseColumns::text(column, sourceIndex.data(TableModel::SortRole));
}

bool DatabaseTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !sourceModel())
        return true;
    const int columns = sourceModel()->columnCount(sourceParent);
    for (int column = 0; column < columns; ++column) {
        if (fullText(sourceModel()->index(sourceRow, column, sourceParent)).contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QVariant DatabaseTableProxy::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid())
        return QSortFilterProxyModel::data(index, role);
    // A statement's line breaks and indentation would be cut to its first line;
    // beyond what a column shows, its text is only work for the GUI thread to
    // measure and paint (the tooltip and the plan dialog have all of it).
    QString text = fullText(mapToSource(index)).left(kShownChars * 2);
    if (text.contains(QLatin1Char('\n')))
        text = text.simplified();
    if (text.size() > kShownChars)
        text = text.left(kShownChars - 1) + QChar(0x2026);
    return text;
}

bool DatabaseTableProxy::isNumeric(int section) const
{
    const TableModel *model = table();
    if (!model)
        return false;
    // Columns are never filtered or moved: a proxy column is the model's.
    for (const QVariantList &row : model->table().rows) {
        if (const QVariant &value = row.value(section); !value.isNull())
            return TableResult::isNumber(value);
    }
    return false;
}

QVariant DatabaseTableProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QSortFilterProxyModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: return DatabaseColumns::title(columnName(section));
    case Qt::ToolTipRole:
        // The raw name is what SQL, CSV and runbook queries (`value=COLUMN`) use.
        return columnName(section);
    case Qt::InitialSortOrderRole:
        // The first click on a number puts the largest (the worst, mostly) on top.
        return isNumeric(section) ? Qt::DescendingOrder : Qt::AscendingOrder;
    default: return QSortFilterProxyModel::headerData(section, orientation, role);
    }
}

} // namespace lotse
