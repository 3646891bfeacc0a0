#include "databases/tableresult.h"

#include <QDateTime>

#include <cmath>

namespace lotse {

bool TableResult::isNumber(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong: return true;
    default: return false;
    }
}

int TableResult::firstNumericColumn(const Table &table)
{
    for (int column = 0; column < table.columns.size(); ++column) {
        bool sawNumber = false;
        bool allNumbers = true;
        for (const QVariantList &row : table.rows) {
            const QVariant &value = row.value(column);
            if (value.isNull())
                continue;
            sawNumber = sawNumber || isNumber(value);
            allNumbers = allNumbers && isNumber(value);
        }
        if (sawNumber && allNumbers)
            return column;
    }
    return -1;
}

std::expected<QueryResult, Error> TableResult::make(Table table, const QString &valueColumn)
{
    int column = firstNumericColumn(table);
    if (!valueColumn.isEmpty()) {
        column = int(table.columns.indexOf(valueColumn));
        if (column < 0) {
            return std::unexpected(Error{Error::Kind::Invalid,
                                         tr("The answer has no column \"%1\"; it has %2.")
                                             .arg(valueColumn, table.columns.join(QStringLiteral(", ")))});
        }
    }
    QueryResult result;
    result.type = QueryResult::Type::Table;
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    for (const QVariantList &row : std::as_const(table.rows)) {
        if (column < 0)
            break;
        const QVariant &value = row.value(column);
        bool ok = false;
        const double number = value.isNull() ? std::nan("") : value.toDouble(&ok);
        if (!ok || std::isnan(number))
            continue; // a null or a text has no point to give
        Series series;
        for (int other = 0; other < table.columns.size(); ++other) {
            if (other != column)
                series.labels.insert(table.columns.at(other), row.value(other).toString());
        }
        series.times.push_back(now);
        series.values.push_back(number);
        result.series.push_back(std::move(series));
    }
    result.table = std::move(table);
    return result;
}

} // namespace lotse
