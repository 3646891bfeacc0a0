#include "sources/postgres/postgresviews.h"

#include "databases/databaseviews.h"

namespace lotse {

namespace {

QString topStatements(const ViewQuery &view, int versionNumber)
{
    // PostgreSQL 13 split planning from execution time and renamed the columns.
    const bool modern = versionNumber == 0 || versionNumber >= 130000;
    const QString mean = modern ? QStringLiteral("mean_exec_time") : QStringLiteral("mean_time");
    const QString total = modern ? QStringLiteral("total_exec_time") : QStringLiteral("total_time");
    const QString order = view.options.value(QStringLiteral("order")) == QLatin1String("mean") ? mean : total;
    return QStringLiteral(
               "SELECT round(s.%1::numeric, 3)::float8 AS mean_ms, round(s.%2::numeric, 3)::float8 AS total_ms, "
               "s.calls, s.rows, "
               "round(100.0 * s.shared_blks_hit / nullif(s.shared_blks_hit + s.shared_blks_read, 0), 2)::float8 "
               "AS cache_hit_pct, s.query, d.datname AS database, r.rolname AS role, s.queryid "
               "FROM pg_stat_statements s "
               "LEFT JOIN pg_database d ON d.oid = s.dbid LEFT JOIN pg_roles r ON r.oid = s.userid "
               "WHERE s.query NOT LIKE '%%5%%' "
               "ORDER BY s.%3 DESC LIMIT %4")
        .arg(mean, total, order)
        .arg(view.count(QStringLiteral("limit"), 50))
        .arg(PostgresViews::kMarker);
}

QString longRunning(const ViewQuery &view)
{
    bool ok = false;
    double minimum = view.arguments.value(0).toDouble(&ok);
    if (!ok || minimum < 0)
        minimum = 1;
    return QStringLiteral(
               "SELECT round(extract(epoch FROM clock_timestamp() - a.query_start)::numeric, 3)::float8 AS running_s, "
               "a.pid, a.usename AS role, a.datname AS database, a.state, a.wait_event_type, a.wait_event, "
               "a.application_name, a.client_addr::text AS client, left(a.query, 4000) AS query "
               "FROM pg_stat_activity a "
               "WHERE a.state IS DISTINCT FROM 'idle' AND a.pid <> pg_backend_pid() "
               "AND a.backend_type = 'client backend' AND a.query_start IS NOT NULL "
               "AND clock_timestamp() - a.query_start >= make_interval(secs => %1) "
               "ORDER BY running_s DESC")
        .arg(minimum);
}

QString blocking()
{
    // pg_blocking_pids() reads pg_locks for us, including the waits behind a
    // lock that is only queued for; one row per edge of each chain.
    return QStringLiteral(
        "SELECT round(extract(epoch FROM clock_timestamp() - blocked.query_start)::numeric, 3)::float8 AS waiting_s, "
        "blocked.pid AS blocked_pid, left(blocked.query, 2000) AS blocked_statement, "
        "blocking.pid AS blocking_pid, left(blocking.query, 2000) AS blocking_statement, "
        "blocking.state AS blocking_state, blocked.wait_event_type AS wait_type, blocked.wait_event AS wait_event, "
        "blocked.usename AS blocked_role, blocking.usename AS blocking_role, blocked.datname AS database "
        "FROM pg_stat_activity blocked "
        "CROSS JOIN LATERAL unnest(pg_blocking_pids(blocked.pid)) AS edge(pid) "
        "JOIN pg_stat_activity blocking ON blocking.pid = edge.pid "
        "ORDER BY waiting_s DESC NULLS LAST, blocked.pid");
}

QString tables()
{
    // The ratio counts dead tuples among all tuples, so an emptied table (no
    // live tuples left) still reads as needing a vacuum.
    return QStringLiteral(
        "SELECT t.schemaname AS schema, t.relname AS \"table\", t.n_dead_tup AS dead_tuples, t.n_live_tup AS live_tuples, "
        "round(t.n_dead_tup::numeric / nullif(t.n_live_tup + t.n_dead_tup, 0), 4)::float8 AS dead_ratio, "
        "coalesce(t.n_dead_tup > 1000 AND t.n_dead_tup::float8 / nullif(t.n_live_tup + t.n_dead_tup, 0) > 0.1, false) "
        "AS needs_vacuum, "
        "greatest(t.last_vacuum, t.last_autovacuum) AS last_vacuum, "
        "greatest(t.last_analyze, t.last_autoanalyze) AS last_analyze, "
        "t.seq_scan, t.idx_scan, pg_total_relation_size(t.relid) AS size_bytes "
        "FROM pg_stat_user_tables t ORDER BY t.n_dead_tup DESC, t.schemaname, t.relname");
}

QString indexes()
{
    return QStringLiteral(
        "SELECT s.idx_scan AS scans, s.schemaname AS schema, s.relname AS \"table\", s.indexrelname AS index, "
        "s.idx_tup_read AS tuples_read, s.idx_tup_fetch AS tuples_fetched, "
        "pg_relation_size(s.indexrelid) AS size_bytes, i.indisunique AS is_unique, i.indisprimary AS is_primary "
        "FROM pg_stat_user_indexes s JOIN pg_index i ON i.indexrelid = s.indexrelid "
        "ORDER BY s.idx_scan ASC, size_bytes DESC");
}

QString missingIndexes()
{
    // n_distinct below zero is minus the fraction of rows that are distinct.
    // A column qualifies when it has many values (> 100), lies scattered over
    // the table (|correlation| < 0.1, so a range scan cannot lean on the
    // physical order) and leads no index.
    return QStringLiteral(
        "SELECT c.estimated AS distinct_values, st.correlation::float8 AS correlation, st.schemaname AS schema, "
        "st.tablename AS \"table\", st.attname AS \"column\", c.reltuples::bigint AS table_rows, "
        "t.seq_scan, t.idx_scan "
        "FROM pg_stats st "
        "JOIN LATERAL (SELECT k.oid, k.reltuples, "
        "  CASE WHEN st.n_distinct < 0 THEN -st.n_distinct * k.reltuples ELSE st.n_distinct END AS estimated "
        "  FROM pg_class k JOIN pg_namespace n ON n.oid = k.relnamespace "
        "  WHERE n.nspname = st.schemaname AND k.relname = st.tablename AND k.relkind IN ('r', 'p', 'm')) c ON true "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = st.attname "
        "LEFT JOIN pg_stat_user_tables t ON t.relid = c.oid "
        "WHERE st.schemaname NOT IN ('pg_catalog', 'information_schema') AND NOT st.inherited "
        "AND c.estimated > 100 AND abs(st.correlation) < 0.1 "
        "AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum) "
        "ORDER BY t.seq_scan DESC NULLS LAST, c.estimated DESC");
}

QString databaseStatistics()
{
    return QStringLiteral(
        "SELECT round(100.0 * d.blks_hit / nullif(d.blks_hit + d.blks_read, 0), 2)::float8 AS cache_hit_pct, "
        "d.datname AS database, d.xact_commit AS commits, d.xact_rollback AS rollbacks, "
        "d.temp_files, d.temp_bytes, d.deadlocks, d.numbackends AS connections, "
        "pg_database_size(d.datid) AS size_bytes, d.stats_reset "
        "FROM pg_stat_database d WHERE d.datname IS NOT NULL ORDER BY d.datname");
}

QString connections()
{
    return QStringLiteral(
        "SELECT round(100.0 * count(*) / current_setting('max_connections')::int, 2)::float8 AS used_pct, "
        "count(*) AS connections, current_setting('max_connections')::int AS max_connections, "
        "current_setting('superuser_reserved_connections')::int AS reserved, "
        "count(*) FILTER (WHERE a.state = 'active') AS active, "
        "count(*) FILTER (WHERE a.state = 'idle') AS idle, "
        "count(*) FILTER (WHERE a.state LIKE 'idle in transaction%') AS idle_in_transaction, "
        "count(*) FILTER (WHERE a.wait_event_type = 'Lock') AS waiting_on_locks "
        "FROM pg_stat_activity a WHERE a.backend_type = 'client backend'");
}

} // namespace

std::expected<QString, Error> PostgresViews::sql(const ViewQuery &view, int versionNumber)
{
    if (view.name == QLatin1String("top-statements"))
        return topStatements(view, versionNumber);
    if (view.name == QLatin1String("long-running"))
        return longRunning(view);
    if (view.name == QLatin1String("blocking"))
        return blocking();
    if (view.name == QLatin1String("tables"))
        return tables();
    if (view.name == QLatin1String("indexes"))
        return indexes();
    if (view.name == QLatin1String("missing-indexes"))
        return missingIndexes();
    if (view.name == QLatin1String("database"))
        return databaseStatistics();
    if (view.name == QLatin1String("connections"))
        return connections();
    return std::unexpected(DatabaseViews::unknown(QStringLiteral("postgres"), view.name));
}

QString PostgresViews::marked(const QString &sql)
{
    return kMarker + sql;
}

QString PostgresViews::indexedColumns()
{
    return QStringLiteral(
        "SELECT n.nspname AS schema, c.relname AS \"table\", a.attname AS \"column\" "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0] "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')");
}

Error PostgresViews::explain(const QString &view, const Error &error)
{
    if (view == QLatin1String("top-statements") && error.kind == Error::Kind::QueryFailed
        && error.message.contains(QLatin1String("pg_stat_statements"))) {
        return {Error::Kind::QueryFailed,
                tr("pg_stat_statements is not available in this database: add it to shared_preload_libraries, "
                   "restart the server and run CREATE EXTENSION pg_stat_statements. (%1)")
                    .arg(error.message)};
    }
    return error;
}

} // namespace lotse
