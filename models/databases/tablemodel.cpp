#include "databases/tablemodel.h"

#include "databases/tableresult.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace lotse {

TableModel::TableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString TableModel::text(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::Double || value.metaType().id() == QMetaType::Float) {
        const double number = value.toDouble();
        return QLocale().toString(number, 'f', number == std::floor(number) ? 0 : 3);
    }
    if (TableResult::isNumber(value))
        return QLocale().toString(value.toLongLong());
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODate);
    return value.toString();
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole: return text(value);
    case Qt::ToolTipRole: {
        // Statements are long; the tooltip carries the whole text.
        const QString shown = text(value);
        return shown.size() > 80 ? shown : QVariant();
    }
    case Qt::TextAlignmentRole:
        return TableResult::isNumber(value) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
    case Qt::EditRole: return value;
    default: return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns.at(section);
}

QStringList TableModel::keysOf(const QList<QVariantList> &rows) const
{
    QList<qsizetype> columns;
    for (const QString &column : m_keyColumns) {
        if (const qsizetype at = m_table.columns.indexOf(column); at >= 0)
            columns.append(at);
    }
    // The n-th row with the same key values gets "#n", so every key is unique.
    QHash<QString, int> seen;
    QStringList keys;
    keys.reserve(rows.size());
    for (qsizetype at = 0; at < rows.size(); ++at) {
        QStringList parts;
        for (qsizetype column : std::as_const(columns))
            parts.append(rows.at(at).value(column).toString());
        const QString base = columns.isEmpty() ? QString::number(at) : parts.join(QChar(0x1f));
        keys.append(base + QLatin1Char('#') + QString::number(seen[base]++));
    }
    return keys;
}

void TableModel::setTable(const Table &table)
{
    if (table.columns != m_table.columns) {
        beginResetModel();
        m_table = table;
        endResetModel();
        return;
    }
    const QStringList incomingKeys = keysOf(table.rows);
    QHash<QString, qsizetype> incoming;
    for (qsizetype at = 0; at < incomingKeys.size(); ++at)
        incoming.insert(incomingKeys.at(at), at);
    QStringList keys = keysOf(m_table.rows);

    // Remove vanished rows from the bottom up, in contiguous blocks.
    for (qsizetype row = keys.size() - 1; row >= 0;) {
        if (incoming.contains(keys.at(row))) {
            --row;
            continue;
        }
        qsizetype first = row;
        while (first > 0 && !incoming.contains(keys.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(row));
        m_table.rows.remove(first, row - first + 1);
        keys.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Update the rows that stay, announcing only those that changed.
    QList<bool> used(table.rows.size(), false);
    for (qsizetype row = 0; row < keys.size(); ++row) {
        const qsizetype from = incoming.value(keys.at(row));
        used[from] = true;
        if (m_table.rows.at(row) == table.rows.at(from))
            continue;
        m_table.rows[row] = table.rows.at(from);
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), columnCount() - 1));
    }
    // Append the new ones.
    QList<QVariantList> added;
    for (qsizetype at = 0; at < table.rows.size(); ++at) {
        if (!used.at(at))
            added.append(table.rows.at(at));
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
    m_table.rows.append(added);
    endInsertRows();
}

QString TableModel::toCsv(const QList<int> &rows) const
{
    const auto field = [](QString value) {
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))) {
            value.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + value + QLatin1Char('"');
        }
        return value;
    };
    QStringList lines;
    QStringList header;
    for (const QString &column : m_table.columns)
        header.append(field(column));
    lines.append(header.join(QLatin1Char(',')));
    for (int row : rows) {
        if (row < 0 || row >= m_table.rows.size())
            continue;
        QStringList cells;
        for (const QVariant &value : m_table.rows.at(row)) {
            // Raw values, not the locale's: CSV is read by programs.
            cells.append(field(value.metaType().id() == QMetaType::QDateTime
                                   ? value.toDateTime().toString(Qt::ISODateWithMs)
                                   : value.toString()));
        }
        lines.append(cells.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

} // namespace lotse
