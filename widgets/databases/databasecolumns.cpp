#include "databases/databasecolumns.h"

#include "common/timetext.h"
#include "databases/tablemodel.h"

#include <QDateTime>
#include <QLocale>

#include <QHash>
#include <QSet>

namespace lotse {

namespace {

struct ColumnTitle
{
    const char *column;
    const char *title;
};

// Every column of DatabaseViews' lists (PostgresViews, RedisSource, ClickHouseSource).
const ColumnTitle kTitles[] = {
    {"active", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Active")},
    {"application_name", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Application")},
    {"blocked_clients", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocked clients")},
    {"blocked_pid", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocked PID")},
    {"blocked_role", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocked role")},
    {"blocked_statement", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocked statement")},
    {"blocking_pid", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocking PID")},
    {"blocking_role", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocking role")},
    {"blocking_state", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocking state")},
    {"blocking_statement", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Blocking statement")},
    {"bytes", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Size on disk (bytes)")},
    {"cache_hit_pct", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Cache hits (%)")},
    {"calls", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Calls")},
    {"client", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Client")},
    {"client_name", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Client name")},
    {"column", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Column")},
    {"command", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Command")},
    {"commits", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Commits")},
    {"complete", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Complete")},
    {"connected_clients", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Connected clients")},
    {"connections", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Connections")},
    {"correlation", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Correlation")},
    {"database", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Database")},
    {"dead_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Dead share")},
    {"dead_tuples", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Dead tuples")},
    {"deadlocks", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Deadlocks")},
    {"distinct_values", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Distinct values")},
    {"duration_ms", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Duration (ms)")},
    {"elapsed", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Running (s)")},
    {"event_time", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Finished")},
    {"evicted_keys", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Evicted keys")},
    {"expired_keys", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Expired keys")},
    {"field", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Field")},
    {"hit_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Hit ratio")},
    {"id", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "ID")},
    {"idle", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Idle")},
    {"idle_in_transaction", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Idle in transaction")},
    {"idx_scan", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Index scans")},
    {"index", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Index")},
    {"instantaneous_ops_per_sec", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Operations/s")},
    {"is_primary", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Primary key")},
    {"is_unique", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Unique")},
    {"keyspace_hits", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Keyspace hits")},
    {"keyspace_misses", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Keyspace misses")},
    {"last_analyze", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Last analyze")},
    {"last_vacuum", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Last vacuum")},
    {"live_tuples", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Live tuples")},
    {"max_connections", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "max_connections")},
    {"maxmemory", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "maxmemory (bytes)")},
    {"maxmemory_policy", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Eviction policy")},
    {"mean_ms", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Mean (ms)")},
    {"memory_usage", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Memory (bytes)")},
    {"memory_used_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Memory of maxmemory")},
    {"modified", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Modified")},
    {"needs_vacuum", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Needs vacuum")},
    {"parts", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Parts")},
    {"pattern", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Pattern")},
    {"pid", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "PID")},
    {"query", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Statement")},
    {"query_duration_ms", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Duration (ms)")},
    {"query_id", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Query ID")},
    {"queryid", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Query ID")},
    {"read_bytes", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Bytes read")},
    {"read_rows", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Rows read")},
    {"redis_version", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Version")},
    {"reserved", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Reserved")},
    {"result_rows", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Result rows")},
    {"role", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Role")},
    {"rollbacks", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Rollbacks")},
    {"rows", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Rows")},
    {"running_s", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Running (s)")},
    {"sampled", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Keys sampled")},
    {"scans", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Scans")},
    {"schema", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Schema")},
    {"section", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Section")},
    {"seq_scan", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Sequential scans")},
    {"size_bytes", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Size (bytes)")},
    {"state", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "State")},
    {"stats_reset", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Statistics reset")},
    {"table", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Table")},
    {"table_rows", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Table rows")},
    {"temp_bytes", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Temporary bytes")},
    {"temp_files", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Temporary files")},
    {"time", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Time")},
    {"total_ms", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Total (ms)")},
    {"total_rows_approx", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Rows to read (approx.)")},
    {"tuples_fetched", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Tuples fetched")},
    {"tuples_read", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Tuples read")},
    {"uncompressed_bytes", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Uncompressed (bytes)")},
    {"used_memory", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Memory used (bytes)")},
    {"used_pct", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Used (%)")},
    {"user", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "User")},
    {"value", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Value")},
    {"wait_event", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Wait event")},
    {"wait_event_type", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Wait type")},
    {"wait_type", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Wait type")},
    {"waiting_on_locks", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Waiting on locks")},
    {"waiting_s", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Waiting (s)")},
    {"with_ttl", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "With TTL")},
    {"without_ttl", QT_TRANSLATE_NOOP("lotse::DatabaseColumns", "Without TTL")},
};

const QHash<QString, const char *> &lookup()
{
    static const QHash<QString, const char *> titles = [] {
        QHash<QString, const char *> byColumn;
        for (const ColumnTitle &entry : kTitles)
            byColumn.insert(QLatin1String(entry.column), entry.title);
        return byColumn;
    }();
    return titles;
}

/// "keyspace_hits" → "Keyspace hits": a plain SQL answer's columns read alike.
QString tidied(const QString &column)
{
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

bool DatabaseColumns::isIdentifier(const QString &column)
{
    // Numbers that name something (processes, ports, queries): digits without separators.
    static const QSet<QString> identifiers{
        QStringLiteral("blocked_pid"), QStringLiteral("blocking_pid"), QStringLiteral("id"),
        QStringLiteral("pid"),         QStringLiteral("queryid"),      QStringLiteral("query_id"),
        QStringLiteral("port"),        QStringLiteral("tcp_port"),     QStringLiteral("process_id"),
        QStringLiteral("client_port"), QStringLiteral("run_id"),       QStringLiteral("redis_version")};
    return identifiers.contains(column);
}

bool DatabaseColumns::isTimestamp(const QString &column)
{
    // Unix seconds, as Redis answers them (SLOWLOG's time, INFO's save times).
    static const QSet<QString> timestamps{QStringLiteral("time"), QStringLiteral("rdb_last_save_time"),
                                          QStringLiteral("rdb_last_bgsave_time"),
                                          QStringLiteral("aof_last_rewrite_time")};
    return timestamps.contains(column);
}

bool DatabaseColumns::isShare(const QString &column)
{
    // A fraction of one, shown as percent.
    return column.endsWith(QLatin1String("_ratio")) && column != QLatin1String("mem_fragmentation_ratio");
}

QString DatabaseColumns::text(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    if (isIdentifier(column))
        return value.toString();
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    if (value.metaType().id() == QMetaType::QDateTime)
        return TimeText::dateAndClock(value.toDateTime());
    // The column decides first: a long statement is never parsed as a number.
    const bool timestamp = isTimestamp(column);
    if (timestamp || isShare(column)) {
        bool number = false;
        const double amount = value.toDouble(&number);
        if (number && timestamp && amount > 0)
            return TimeText::dateAndClock(QDateTime::fromSecsSinceEpoch(qint64(amount)));
        if (number && !timestamp)
            return tr("%1 %").arg(QLocale().toString(amount * 100, 'f', 1));
    }
    return TableModel::text(value);
}

QString DatabaseColumns::title(const QString &column)
{
    if (const char *title = lookup().value(column))
        return tr(title);
    return tidied(column);
}

} // namespace lotse
