#pragma once

#include <QCoreApplication>
#include <QString>

namespace lotse {

/// Headers for the columns of the built-in database lists: "mean_ms" reads as
/// "Mean (ms)", translated. CSV keeps the raw names, which programs expect;
/// a column no list names gets a tidied version of its own name.
class DatabaseColumns final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DatabaseColumns)

public:
    static QString title(const QString &column);
    /// Whether @p column holds identifiers (a PID, a query id): numbers to
    /// read digit by digit, never with thousands separators.
    static bool isIdentifier(const QString &column);
    /// True for columns of Unix seconds, shown as a date and time.
    static bool isTimestamp(const QString &column);
    /// True for shares of one ("hit_ratio"), shown as percent.
    static bool isShare(const QString &column);
    /// A value of @p column as a table shows it: identifiers as they are,
    /// yes or no for a truth, numbers and dates as TableModel writes them.
    static QString text(const QString &column, const QVariant &value);
};

} // namespace lotse
