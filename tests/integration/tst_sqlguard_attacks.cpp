// The PostgreSQL attack suite. A real PostgreSQL 15 (tests/servers/postgres.sh,
// with dblink, a large object and functions, views, an operator, a domain, an
// aggregate and a row security policy that end sessions or delete rows)
// receives every spelling of an attack through `lotse query`, a dashboard KPI
// and a runbook check, as the superuser, so that only Lotse stands in the way.
// Every attack must be refused, and afterwards nothing may have happened: the
// victim session is alive, the tables and the large object are unchanged, no
// file was written on the server, and pg_stat_statements was not reset. The
// ordinary reads operators type every day are counted too: all must answer.
#include "dbsupport.h"

#include <QJsonArray>
#include <QUuid>

using namespace lotse;
using namespace lotse::test;

namespace {

struct Spelling
{
    const char *name;
    QString sql;
};

/// Ends sessions of the victims (application names like lotse-%victim).
const char *const kVictims = "FROM pg_stat_activity WHERE application_name LIKE 'lotse-%victim'";

QList<Spelling> terminations()
{
    const QString victims = QLatin1String(kVictims);
    const auto kill = [&victims](const char *call) {
        return QStringLiteral("SELECT %1 %2").arg(QLatin1String(call), victims);
    };
    return {
        {"plain", kill("pg_terminate_backend(pid)")},
        {"U& escape", kill(R"(U&"\0070g_terminate_backend"(pid))")},
        {"U& with UESCAPE", kill(R"(U&"!0070g_terminate_backend" UESCAPE '!'(pid))")},
        {"U& of all letters", kill(R"(U&"\0070\0067\005f\0074erminate_backend"(pid))")},
        {"quoted", kill(R"("pg_terminate_backend"(pid))")},
        {"qualified", kill("pg_catalog.pg_terminate_backend(pid)")},
        {"qualified and quoted", kill(R"("pg_catalog"."pg_terminate_backend"(pid))")},
        {"upper case", kill("PG_CATALOG.PG_TERMINATE_BACKEND(PID)")},
        {"database.schema.name", kill("lotse.pg_catalog.pg_terminate_backend(pid)")},
        {"comments inside", kill("pg_terminate_backend /* ; */ (pid) --\n")},
        {"named argument", kill("pg_terminate_backend(pid => pid)")},
        {"pg_cancel_backend", kill("pg_cancel_backend(pid)")},
        {"in FROM",
         QStringLiteral("SELECT * FROM pg_stat_activity a, pg_terminate_backend(a.pid) WHERE "
                        "a.application_name LIKE 'lotse-%victim'")},
        {"in LATERAL",
         QStringLiteral("SELECT * FROM pg_stat_activity a CROSS JOIN LATERAL (SELECT "
                        "pg_terminate_backend(a.pid)) k WHERE a.application_name LIKE 'lotse-%victim'")},
        {"in WITH", QStringLiteral("WITH k AS (SELECT pg_terminate_backend(pid) %1) SELECT * FROM k").arg(victims)},
        {"in WITH, materialized",
         QStringLiteral("WITH k AS MATERIALIZED (SELECT pg_terminate_backend(pid) %1) SELECT 1").arg(victims)},
        {"in a subquery", QStringLiteral("SELECT (SELECT bool_or(pg_terminate_backend(pid)) %1)").arg(victims)},
        {"in EXISTS", QStringLiteral("SELECT 1 WHERE EXISTS (SELECT pg_terminate_backend(pid) %1)").arg(victims)},
        {"in WHERE", QStringLiteral("SELECT 1 %1 AND pg_terminate_backend(pid)").arg(victims)},
        {"in ORDER BY", QStringLiteral("SELECT pid %1 ORDER BY pg_terminate_backend(pid)").arg(victims)},
        {"in a FILTER", QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) %1").arg(victims)},
        {"in a window", QStringLiteral("SELECT bool_or(pg_terminate_backend(pid)) OVER () %1").arg(victims)},
        {"in VALUES", QStringLiteral("VALUES ((SELECT bool_or(pg_terminate_backend(pid)) %1))").arg(victims)},
        {"in CASE", QStringLiteral("SELECT CASE WHEN true THEN pg_terminate_backend(pid) END %1").arg(victims)},
        {"in a UNION", QStringLiteral("SELECT 1 UNION ALL SELECT 1 %1 AND pg_terminate_backend(pid)").arg(victims)},
        {"EXPLAIN ANALYZE", QStringLiteral("EXPLAIN ANALYZE SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (\"analyze\")",
         QStringLiteral("EXPLAIN (\"analyze\") SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (ANALYZE true)",
         QStringLiteral("EXPLAIN (ANALYZE true) SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (analyze 1)", QStringLiteral("EXPLAIN (analyze 1) SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (ANALYZE, BUFFERS)",
         QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (ANALYSE on)",
         QStringLiteral("EXPLAIN (ANALYSE on, FORMAT JSON) SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN (analyze 'true')",
         QStringLiteral("EXPLAIN (analyze 'true') SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"EXPLAIN ANALYZE VERBOSE",
         QStringLiteral("EXPLAIN ANALYZE VERBOSE SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"plain EXPLAIN folds an IMMUTABLE call",
         QStringLiteral("EXPLAIN SELECT lotse_kill_immutable('lotse-%victim')")},
        {"DO", QStringLiteral("DO $$ BEGIN PERFORM pg_terminate_backend(pid) %1; END $$").arg(victims)},
        {"second statement", QStringLiteral("SELECT 1; SELECT pg_terminate_backend(pid) %1").arg(victims)},
        {"query_to_xml",
         QStringLiteral("SELECT query_to_xml('SELECT pg_terminate_backend(pid) %1', true, true, '')")
             .arg(QString(victims).replace(QLatin1String("'"), QLatin1String("''")))},
        {"ts_stat",
         QStringLiteral("SELECT * FROM ts_stat('SELECT lotse_kill_stable(''lotse-%victim'')::text::tsvector')")},
    };
}

QList<Spelling> wrappers()
{
    return {
        {"VOLATILE SQL function", QStringLiteral("SELECT lotse_kill('lotse-%victim')")},
        {"STABLE SQL function", QStringLiteral("SELECT lotse_kill_stable('lotse-%victim')")},
        {"IMMUTABLE SQL function", QStringLiteral("SELECT lotse_kill_immutable('lotse-%victim')")},
        {"STABLE plpgsql function", QStringLiteral("SELECT lotse_kill_plpgsql('lotse-%victim')")},
        {"BEGIN ATOMIC function", QStringLiteral("SELECT lotse_kill_atomic()")},
        {"own search_path", QStringLiteral("SELECT lotse_kill_own_path()")},
        {"in FROM", QStringLiteral("SELECT * FROM lotse_kill_stable('lotse-%victim')")},
        {"in VALUES", QStringLiteral("VALUES (lotse_kill('lotse-%victim'))")},
        {"view", QStringLiteral("SELECT * FROM lotse_kill_view")},
        {"TABLE of a view", QStringLiteral("TABLE lotse_kill_view")},
        {"view over PostgreSQL's function", QStringLiteral("SELECT count(*) FROM lotse_kill_builtin_view")},
        {"view of a view", QStringLiteral("SELECT * FROM public.lotse_kill_nested_view")},
        {"table_to_xml of a view", QStringLiteral("SELECT table_to_xml('lotse_kill_view', true, true, '')")},
        {"schema_to_xml", QStringLiteral("SELECT schema_to_xml('public', true, true, '')")},
        {"operator", QStringLiteral("SELECT 1 !!! 'lotse-%victim'")},
        {"qualified operator", QStringLiteral("SELECT 1 OPERATOR(public.!!!) 'lotse-%victim'")},
        {"domain check", QStringLiteral("SELECT 'lotse-%victim'::lotse_kill_domain")},
        {"CAST to the domain", QStringLiteral("SELECT CAST('lotse-%victim' AS public.lotse_kill_domain)")},
        {"aggregate", QStringLiteral("SELECT lotse_kill_agg(a) FROM (VALUES ('lotse-%victim')) v(a)")},
        {"x.f notation",
         QStringLiteral(
             "SELECT a.lotse_kill_row FROM pg_stat_activity a WHERE a.application_name LIKE 'lotse-%victim'")},
        {"(x).f notation",
         QStringLiteral("SELECT (a).lotse_kill_row FROM pg_stat_activity a WHERE "
                        "a.application_name LIKE 'lotse-%victim'")},
        {"row security policy", QStringLiteral("SELECT * FROM lotse_policed")},
        {"writing function", QStringLiteral("SELECT lotse_guard()")},
        {"dblink_exec wrapper", QStringLiteral("SELECT lotse_remote_delete()")},
        {"STABLE dblink_exec wrapper", QStringLiteral("SELECT lotse_remote_delete_stable()")},
        {"dblink_exec", QStringLiteral("SELECT dblink_exec('dbname=lotse', 'DELETE FROM lotse_orders')")},
        {"dblink",
         QStringLiteral("SELECT * FROM dblink('dbname=lotse', 'DELETE FROM lotse_orders RETURNING 1') "
                        "AS t(x int)")},
        {"dblink_connect", QStringLiteral("SELECT dblink_connect('lotse', 'dbname=lotse')")},
    };
}

QList<Spelling> stateChanges(const QString &marker)
{
    return {
        {"nextval", QStringLiteral("SELECT nextval('lotse_orders_id_seq')")},
        {"quoted nextval", QStringLiteral(R"(SELECT "nextval"('lotse_orders_id_seq'))")},
        {"nextval in FROM", QStringLiteral("SELECT * FROM nextval('lotse_orders_id_seq')")},
        {"setval", QStringLiteral("SELECT pg_catalog.setval('lotse_orders_id_seq', 1)")},
        {"U& setval", QStringLiteral(R"(SELECT U&"\0073etval"('lotse_orders_id_seq', 1))")},
        {"set_config", QStringLiteral("SELECT set_config('default_transaction_read_only', 'off', false)")},
        {"set_config in FROM", QStringLiteral("SELECT * FROM set_config('statement_timeout', '0', false)")},
        {"SET", QStringLiteral("SET default_transaction_read_only = off")},
        {"SET SESSION CHARACTERISTICS", QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE")},
        {"RESET", QStringLiteral("RESET ALL")},
        {"pg_advisory_lock", QStringLiteral("SELECT pg_advisory_lock(42)")},
        {"pg_try_advisory_lock", QStringLiteral("SELECT pg_try_advisory_lock(42)")},
        {"pg_advisory_xact_lock", QStringLiteral("SELECT pg_catalog.pg_advisory_xact_lock(42)")},
        {"lo_export", QStringLiteral("SELECT lo_export(4242, '%1-lo')").arg(marker)},
        {"U& lo_export", QStringLiteral(R"(SELECT U&"\006Co_export"(4242, '%1-lo2'))").arg(marker)},
        {"lo_import", QStringLiteral("SELECT lo_import('/etc/hostname')")},
        {"lo_unlink", QStringLiteral("SELECT lo_unlink(4242)")},
        {"lo_put", QStringLiteral("SELECT lo_put(4242, 0, 'x')")},
        {"lo_from_bytea", QStringLiteral("SELECT lo_from_bytea(0, 'x')")},
        {"lo_create", QStringLiteral("SELECT lo_create(0)")},
        {"pg_read_file", QStringLiteral("SELECT pg_read_file('/etc/passwd')")},
        {"pg_read_binary_file", QStringLiteral("SELECT pg_read_binary_file('/etc/hostname')")},
        {"pg_ls_dir", QStringLiteral("SELECT pg_ls_dir('/')")},
        {"pg_stat_file", QStringLiteral("SELECT pg_stat_file('/etc/passwd')")},
        {"txid_current", QStringLiteral("SELECT txid_current()")},
        {"pg_stat_statements_reset", QStringLiteral("SELECT pg_stat_statements_reset()")},
        {"qualified pg_stat_statements_reset", QStringLiteral("SELECT public.pg_stat_statements_reset()")},
        {"U& pg_stat_statements_reset", QStringLiteral(R"(SELECT U&"\0070g_stat_statements_reset"())")},
        {"pg_stat_reset", QStringLiteral("SELECT pg_stat_reset()")},
        {"pg_reload_conf", QStringLiteral("SELECT pg_reload_conf()")},
        {"pg_rotate_logfile", QStringLiteral("SELECT pg_rotate_logfile()")},
        {"pg_switch_wal", QStringLiteral("SELECT pg_switch_wal()")},
        {"pg_create_restore_point", QStringLiteral("SELECT pg_create_restore_point('lotse')")},
        {"pg_notify", QStringLiteral("SELECT pg_notify('lotse', 'x')")},
        {"pg_log_backend_memory_contexts", QStringLiteral("SELECT pg_log_backend_memory_contexts(pg_backend_pid())")},
    };
}

QList<Spelling> statements(const QString &marker)
{
    return {
        {"COPY TO a file", QStringLiteral("COPY lotse_orders TO '%1-copy'").arg(marker)},
        {"COPY TO PROGRAM", QStringLiteral("COPY (SELECT 1) TO PROGRAM 'touch %1-program'").arg(marker)},
        {"COPY FROM", QStringLiteral("COPY lotse_orders FROM '/etc/hostname'")},
        {"CALL", QStringLiteral("CALL lotse_procedure()")},
        {"DELETE after SELECT", QStringLiteral("SELECT 1; DELETE FROM lotse_orders")},
        {"DELETE after a comment", QStringLiteral("/* SELECT 1; */ DELETE FROM lotse_orders")},
        {"DELETE after a line comment", QStringLiteral("-- SELECT\nDELETE FROM lotse_orders")},
        {"COMMIT, then DELETE", QStringLiteral("COMMIT; DELETE FROM lotse_orders")},
        {"SELECT INTO", QStringLiteral("SELECT * INTO lotse_evil FROM lotse_orders")},
        {"CREATE TABLE AS", QStringLiteral("CREATE TABLE lotse_evil AS SELECT 1")},
        {"FOR UPDATE", QStringLiteral("SELECT * FROM lotse_orders FOR UPDATE")},
        {"FOR SHARE SKIP LOCKED", QStringLiteral("SELECT * FROM lotse_orders FOR SHARE SKIP LOCKED")},
        {"FOR UPDATE in a subquery", QStringLiteral("SELECT * FROM (SELECT * FROM lotse_orders FOR UPDATE) s")},
        {"DELETE in WITH", QStringLiteral("WITH d AS (DELETE FROM lotse_orders RETURNING 1) SELECT count(*) FROM d")},
        {"UPDATE in WITH", QStringLiteral("WITH u AS (UPDATE lotse_orders SET amount = 0 RETURNING 1) SELECT 1")},
        {"INSERT in WITH",
         QStringLiteral("WITH i AS (INSERT INTO lotse_orders (customer_id) VALUES (1) RETURNING 1) TABLE i")},
        {"EXPLAIN ANALYZE DELETE", QStringLiteral("EXPLAIN ANALYZE DELETE FROM lotse_orders")},
        {"EXPLAIN ANALYZE over WITH DELETE",
         QStringLiteral("EXPLAIN (ANALYZE) WITH d AS (DELETE FROM lotse_orders RETURNING 1) SELECT 1")},
        {"PREPARE", QStringLiteral("PREPARE lotse AS DELETE FROM lotse_orders")},
        {"BEGIN READ WRITE", QStringLiteral("BEGIN READ WRITE")},
        {"DROP", QStringLiteral("DROP TABLE lotse_orders")},
        {"TRUNCATE", QStringLiteral("TRUNCATE lotse_orders")},
    };
}

/// Reads operators type every day: each must be answered.
QStringList ordinaryReads()
{
    return {
        QStringLiteral("SELECT a.datname, count(*) FROM pg_stat_activity a GROUP BY 1"),
        QStringLiteral("SELECT s.relname, s.n_live_tup, io.heap_blks_hit FROM pg_stat_user_tables s "
                       "JOIN pg_statio_user_tables io USING (relid) ORDER BY 2 DESC LIMIT 5"),
        QStringLiteral("SELECT d.datname, round(100.0 * d.blks_hit / nullif(d.blks_hit + d.blks_read, 0), 2) "
                       "FROM pg_stat_database d WHERE d.datname IS NOT NULL"),
        QStringLiteral("WITH t AS (SELECT relname, n_dead_tup FROM pg_stat_user_tables) SELECT * FROM t "
                       "WHERE n_dead_tup >= 0"),
        QStringLiteral("SELECT relname, rank() OVER (ORDER BY n_live_tup DESC), sum(n_live_tup) OVER () "
                       "FROM pg_stat_user_tables"),
        QStringLiteral("SELECT a.pid, b.pid FROM pg_stat_activity a CROSS JOIN LATERAL unnest(pg_blocking_pids(a.pid)) "
                       "b(pid)"),
        QStringLiteral(
            "SELECT blocked.pid FROM pg_stat_activity blocked WHERE cardinality(pg_blocking_pids(blocked.pid)) "
            "> 0"),
        QStringLiteral("SELECT l.locktype, l.mode, count(*) FROM pg_locks l GROUP BY 1, 2"),
        QStringLiteral("SELECT json_agg(json_build_object('table', relname, 'rows', n_live_tup)) FROM "
                       "pg_stat_user_tables"),
        QStringLiteral("SELECT jsonb_path_query_array('{\"a\": [1, 2]}', '$.a[*]'), '{\"a\": 1}'::jsonb ->> 'a'"),
        QStringLiteral("SELECT regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements LIMIT 3"),
        QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE query ~* 'select' OR query LIKE '%x%'"),
        QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"),
        QStringLiteral("SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) FROM pg_stat_user_tables "
                       "ORDER BY pg_total_relation_size(relid) DESC LIMIT 5"),
        QStringLiteral("SELECT pg_relation_size('lotse_orders'), pg_table_size('lotse_orders'), "
                       "pg_indexes_size('lotse_orders'), pg_tablespace_size('pg_default')"),
        QStringLiteral("SELECT pg_current_wal_lsn(), pg_walfile_name(pg_current_wal_lsn()), "
                       "pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')"),
        QStringLiteral("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn(), pg_last_xact_replay_timestamp()"),
        QStringLiteral("SELECT * FROM pg_stat_replication"),
        QStringLiteral("SELECT slot_name, active FROM pg_replication_slots"),
        QStringLiteral("SELECT now() - pg_postmaster_start_time(), clock_timestamp() > now() - interval '1 day', "
                       "random() < 2"),
        QStringLiteral("SELECT queryid, calls, mean_exec_time FROM pg_stat_statements ORDER BY mean_exec_time DESC "
                       "LIMIT 5"),
        QStringLiteral("SELECT dealloc FROM pg_stat_statements_info"),
        QStringLiteral("SELECT name, setting FROM pg_settings WHERE name LIKE 'autovacuum%'"),
        QStringLiteral("SELECT current_setting('max_connections')::int"),
        QStringLiteral("SELECT s.tablename, s.attname, s.n_distinct FROM pg_stats s JOIN pg_class c ON c.relname = "
                       "s.tablename LIMIT 5"),
        QStringLiteral("SELECT checkpoints_timed, buffers_clean FROM pg_stat_bgwriter"),
        QStringLiteral("SELECT wal_records FROM pg_stat_wal"),
        QStringLiteral("SELECT datname, age(datfrozenxid) FROM pg_database ORDER BY 2 DESC"),
        QStringLiteral("SELECT count(*) FROM lotse_orders WHERE customer_id BETWEEN 1 AND 100"),
        QStringLiteral("SELECT lotse_count_orders()"),
        QStringLiteral("VALUES (1, 'a'), (2, 'b')"),
        QStringLiteral("TABLE pg_stat_database_conflicts"),
        QStringLiteral("EXPLAIN SELECT * FROM lotse_orders WHERE customer_id = 7"),
        QStringLiteral("EXPLAIN (FORMAT JSON, VERBOSE, ANALYZE false) SELECT 1"),
        QStringLiteral("SELECT 'pg_terminate_backend'::regproc::text, 'lotse_orders'::regclass::oid > 0"),
        QStringLiteral("SELECT to_char(now(), 'YYYY'), date_trunc('hour', now()), extract(epoch FROM now())"),
        QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname), array_agg(DISTINCT schemaname) FROM "
                       "pg_stat_user_tables"),
        QStringLiteral("SELECT * FROM pg_stat_progress_vacuum"),
        QStringLiteral("SELECT x, x * 2 FROM generate_series(1, 3) x"),
        QStringLiteral("SELECT count(*) FROM lotse_orders TABLESAMPLE SYSTEM (1)"),
        QStringLiteral("SELECT pg_stat_get_live_tuples('lotse_orders'::regclass)"),
        QStringLiteral("SELECT greatest(1, 2), least(1, 2), 'a' IS DISTINCT FROM 'b', nullif(1, 1), "
                       "coalesce(null, 1)"),
        QStringLiteral("SELECT indexrelname FROM pg_stat_user_indexes WHERE idx_scan = 0"),
        QStringLiteral("SELECT application_name FROM pg_stat_activity WHERE application_name = $$lotse-victim$$"),
        QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
    };
}

} // namespace

class TestSqlGuardAttacks final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString m_marker = QDir::tempPath() + QStringLiteral("/lotse-attack-") + QUuid::createUuid().toString(QUuid::Id128);
    QTemporaryDir m_files;
    QProcess m_victim;
    qint64 m_victimPid = 0;
    QMap<QString, QByteArray> m_before;
    int m_refusedByQuery = 0;
    int m_answered = 0;

    QList<Spelling> attacks() const
    {
        return terminations() + wrappers() + stateChanges(m_marker) + statements(m_marker);
    }

    QByteArray psql(const QString &sql) { return adminPsql(m_dir, sql).out.trimmed(); }

    /// What must stay as it is, each read by the superuser.
    QMap<QString, QByteArray> state()
    {
        return {
            {QStringLiteral("orders"),
             psql(QStringLiteral("SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM lotse_orders o"))},
            {QStringLiteral("accounts"), psql(QStringLiteral("SELECT sum(abalance), count(*) FROM pgbench_accounts"))},
            {QStringLiteral("sequence"), psql(QStringLiteral("SELECT last_value FROM lotse_orders_id_seq"))},
            {QStringLiteral("guard log"), psql(QStringLiteral("SELECT count(*) FROM lotse_guard_log"))},
            {QStringLiteral("tables"),
             psql(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'lotse_evil'"))},
            {QStringLiteral("large objects"),
             psql(QStringLiteral("SELECT count(*), encode(lo_get(4242), 'escape') FROM pg_largeobject_metadata"))},
            {QStringLiteral("pg_stat_statements reset"),
             psql(QStringLiteral("SELECT stats_reset FROM pg_stat_statements_info"))},
            {QStringLiteral("statistics reset"),
             psql(QStringLiteral("SELECT stats_reset FROM pg_stat_database WHERE datname = 'lotse'"))},
            {QStringLiteral("advisory locks"),
             psql(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"))},
        };
    }

    QStringList environment() const
    {
        return {QStringLiteral("LOTSE_POSTGRES_PASSWORD=") + readLine(m_dir + QStringLiteral("/admin-password"))};
    }

    /// `lotse COMMAND --postgres ADMIN ARGUMENTS…`; a query comes after "--", since one may start with "--".
    Run lotse(const QString &command, const QStringList &arguments) const
    {
        return runWith(
            lotseBinary(),
            QStringList{command, QStringLiteral("--postgres"), readLine(m_dir + QStringLiteral("/admin-dsn"))}
                + arguments,
            environment());
    }

    QString write(const QString &name, const QJsonObject &definition)
    {
        // YAML reads JSON: no quoting of the attacks can go wrong.
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(definition).toJson());
        return file.fileName();
    }

    static QJsonObject title(const QString &text)
    {
        return {{QStringLiteral("en"), text}, {QStringLiteral("de"), text}};
    }

    QString dashboard(const QString &id, const QStringList &queries)
    {
        QJsonArray kpis;
        for (qsizetype at = 0; at < queries.size(); ++at) {
            kpis.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("q%1").arg(at)},
                                    {QStringLiteral("title"), title(QStringLiteral("Query %1").arg(at))},
                                    {QStringLiteral("source"), QStringLiteral("postgres")},
                                    {QStringLiteral("query"), queries.at(at)}});
        }
        return write(id + QStringLiteral(".yaml"),
                     {{QStringLiteral("id"), id},
                      {QStringLiteral("title"), title(id)},
                      {QStringLiteral("sources"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres")},
                                              {QStringLiteral("kind"), QStringLiteral("postgres")}}}},
                      {QStringLiteral("kpis"), kpis}});
    }

    QString runbook(const QStringList &queries)
    {
        QJsonObject checks;
        QJsonArray branches;
        for (qsizetype at = 0; at < queries.size(); ++at) {
            const QString name = QStringLiteral("attack_%1").arg(at);
            checks.insert(name,
                          QJsonObject{{QStringLiteral("title"), title(name)},
                                      {QStringLiteral("source"), QStringLiteral("postgres")},
                                      {QStringLiteral("query"), queries.at(at)},
                                      {QStringLiteral("thresholds"),
                                       QJsonObject{{QStringLiteral("direction"), QStringLiteral("higher-is-worse")},
                                                   {QStringLiteral("critical"), 1}}}});
            branches.append(QJsonObject{
                {QStringLiteral("when"),
                 QJsonObject{{QStringLiteral("check"), name}, {QStringLiteral("state"), QStringLiteral("critical")}}},
                {QStringLiteral("goto"), QStringLiteral("done")},
                {QStringLiteral("because"), title(name)}});
        }
        branches.append(
            QJsonObject{{QStringLiteral("otherwise"), true}, {QStringLiteral("goto"), QStringLiteral("done")}});
        const QJsonObject nodes{{QStringLiteral("start"),
                                 QJsonObject{{QStringLiteral("title"), title(QStringLiteral("Start"))},
                                             {QStringLiteral("follow"), QStringLiteral("first")},
                                             {QStringLiteral("branches"), branches}}},
                                {QStringLiteral("done"),
                                 QJsonObject{{QStringLiteral("title"), title(QStringLiteral("Done"))},
                                             {QStringLiteral("finding"),
                                              QJsonObject{{QStringLiteral("slug"), QStringLiteral("attacks.none")},
                                                          {QStringLiteral("severity"), QStringLiteral("warning")}}}}}};
        return write(QStringLiteral("attacks-runbook.yaml"),
                     {{QStringLiteral("id"), QStringLiteral("attacks")},
                      {QStringLiteral("version"), 1},
                      {QStringLiteral("title"), title(QStringLiteral("Attacks"))},
                      {QStringLiteral("sources"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("postgres")},
                                              {QStringLiteral("kind"), QStringLiteral("postgres")}}}},
                      {QStringLiteral("checks"), checks},
                      {QStringLiteral("start"), QStringLiteral("start")},
                      {QStringLiteral("nodes"), nodes}});
    }

    static QStringList sqlOf(const QList<Spelling> &spellings)
    {
        QStringList sql;
        for (const Spelling &spelling : spellings)
            sql.append(spelling.sql);
        return sql;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/postgres");
        QVERIFY2(!readLine(m_dir + QStringLiteral("/admin-dsn")).isEmpty(),
                 "the PostgreSQL fixture did not start (install postgresql and postgresql-contrib)");
        // Something for pg_stat_statements to lose, and a reset time to compare.
        QCOMPARE(adminPsql(m_dir, QStringLiteral("SELECT count(*) FROM lotse_orders")).exitCode, 0);
        startSession(m_victim, m_dir, QStringLiteral("lotse-sqlguard-victim"));
        QTRY_VERIFY_WITH_TIMEOUT((m_victimPid = psql(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE "
                                                                    "application_name = 'lotse-sqlguard-victim'"))
                                                    .toLongLong())
                                     > 0,
                                 20000);
        m_before = state();
        QVERIFY(!m_before.value(QStringLiteral("orders")).isEmpty());
    }

    /// Each attack on its own row: a process each, and the watchdog's time each.
    void throughLotseQuery_data()
    {
        QTest::addColumn<QString>("sql");
        const QList<std::pair<const char *, QList<Spelling>>> groups{{"terminate", terminations()},
                                                                     {"wrapped", wrappers()},
                                                                     {"state", stateChanges(m_marker)},
                                                                     {"statement", statements(m_marker)}};
        for (const auto &[group, spellings] : groups) {
            for (const Spelling &attack : spellings)
                QTest::addRow("%s: %s", group, attack.name) << attack.sql;
        }
    }
    void throughLotseQuery()
    {
        QFETCH(QString, sql);
        const Run query = lotse(QStringLiteral("query"), {QStringLiteral("--json"), QStringLiteral("--"), sql});
        const QJsonObject answer = QJsonDocument::fromJson(query.out).object();
        QVERIFY2(query.exitCode == 1, query.out.constData());
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("refused"));
        ++m_refusedByQuery;
    }

    void throughDashboardKpis()
    {
        const QStringList queries = sqlOf(attacks());
        const QString file = dashboard(QStringLiteral("attacks"), queries);
        const Run snapshot
            = lotse(QStringLiteral("snapshot"),
                    {QStringLiteral("--dashboard"), file, QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(snapshot.exitCode, 2);
        const QJsonArray kpis = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), queries.size());
        int refused = 0;
        for (const QJsonValue &value : kpis) {
            const QJsonObject kpi = value.toObject();
            const bool wasRefused = kpi.value(QStringLiteral("state")).toString() == QLatin1String("unknown")
                && kpi.value(QStringLiteral("error_kind")).toString() == QLatin1String("refused");
            if (!wasRefused)
                qWarning("not refused: %s", QJsonDocument(kpi).toJson(QJsonDocument::Compact).constData());
            refused += wasRefused ? 1 : 0;
        }
        qInfo("dashboard KPIs: %d attacks tried, %d refused", int(queries.size()), refused);
        QCOMPARE(refused, int(queries.size()));
    }

    void throughRunbookChecks()
    {
        const QStringList queries = sqlOf(attacks());
        const Run diagnose
            = lotse(QStringLiteral("diagnose"),
                    {QStringLiteral("--runbook"), runbook(queries), QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonArray errors
            = QJsonDocument::fromJson(diagnose.out).object().value(QStringLiteral("errors")).toArray();
        int refused = 0;
        for (const QJsonValue &value : errors)
            refused += value.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("refused") ? 1 : 0;
        qInfo("runbook checks: %d attacks tried, %d refused", int(queries.size()), refused);
        QVERIFY2(errors.size() == queries.size(), diagnose.err.constData());
        QCOMPARE(refused, int(queries.size()));
    }

    void ordinaryReadsAreAnswered_data()
    {
        QTest::addColumn<QString>("sql");
        const QStringList reads = ordinaryReads();
        for (qsizetype at = 0; at < reads.size(); ++at)
            QTest::addRow("read %d", int(at + 1)) << reads.at(at);
    }
    void ordinaryReadsAreAnswered()
    {
        QFETCH(QString, sql);
        const Run query = lotse(QStringLiteral("query"), {QStringLiteral("--json"), QStringLiteral("--"), sql});
        QVERIFY2(query.exitCode == 0, query.out + query.err);
        QVERIFY(QJsonDocument::fromJson(query.out).object().value(QStringLiteral("ok")).toBool());
        ++m_answered;
    }

    void ordinaryReadsAsKpis()
    {
        // The same reads as KPIs: none is refused (an empty answer is not a refusal).
        const QStringList reads = ordinaryReads();
        const Run snapshot = lotse(QStringLiteral("snapshot"),
                                   {QStringLiteral("--dashboard"), dashboard(QStringLiteral("reads"), reads),
                                    QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonArray kpis = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), reads.size());
        for (const QJsonValue &kpi : kpis)
            QVERIFY2(kpi.toObject().value(QStringLiteral("error_kind")).toString() != QLatin1String("refused"),
                     QJsonDocument(kpi.toObject()).toJson().constData());
    }

    void writingRolesAreShown()
    {
        const Run admin = lotse(QStringLiteral("query"), {QStringLiteral("SELECT 1")});
        QCOMPARE(admin.exitCode, 0);
        QVERIFY2(admin.err.contains("Caution") && admin.err.contains("superuser"), admin.err.constData());
        const Run writer = runWith(
            lotseBinary(),
            {QStringLiteral("query"), QStringLiteral("--postgres"), readLine(m_dir + QStringLiteral("/writer-dsn")),
             QStringLiteral("SELECT 1")},
            {QStringLiteral("LOTSE_POSTGRES_PASSWORD=") + readLine(m_dir + QStringLiteral("/writer-password"))});
        QCOMPARE(writer.exitCode, 0);
        QVERIFY2(writer.err.contains("pg_signal_backend") && writer.err.contains("public.lotse_orders"),
                 writer.err.constData());
        const Run reader
            = runWith(lotseBinary(),
                      {QStringLiteral("query"), QStringLiteral("--postgres"), readLine(m_dir + QStringLiteral("/dsn")),
                       QStringLiteral("SELECT 1")},
                      {QStringLiteral("LOTSE_POSTGRES_PASSWORD=") + readLine(m_dir + QStringLiteral("/password"))});
        QCOMPARE(reader.exitCode, 0);
        QVERIFY2(!reader.err.contains("Caution"), reader.err.constData());
    }

    void passwordsStayOffTheCommandLine_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("variable");
        QTest::newRow("PostgreSQL URI") << QStringLiteral("--postgres")
                                        << QStringLiteral("postgresql://postgres:s3cr3t-pw@127.0.0.1:1/lotse")
                                        << QStringLiteral("LOTSE_POSTGRES_PASSWORD");
        QTest::newRow("PostgreSQL keywords")
            << QStringLiteral("--postgres") << QStringLiteral("host=127.0.0.1 user=postgres password=s3cr3t-pw")
            << QStringLiteral("LOTSE_POSTGRES_PASSWORD");
        QTest::newRow("PostgreSQL URI parameter")
            << QStringLiteral("--postgres")
            << QStringLiteral("postgresql://postgres@127.0.0.1:1/lotse?password=s3cr3t-pw")
            << QStringLiteral("LOTSE_POSTGRES_PASSWORD");
        QTest::newRow("Redis") << QStringLiteral("--redis") << QStringLiteral("redis://lotse:s3cr3t-pw@127.0.0.1:1/0")
                               << QStringLiteral("LOTSE_REDIS_PASSWORD");
        QTest::newRow("Redis, password only")
            << QStringLiteral("--redis") << QStringLiteral("redis://:s3cr3t-pw@127.0.0.1:1/0")
            << QStringLiteral("LOTSE_REDIS_PASSWORD");
        QTest::newRow("ClickHouse userinfo")
            << QStringLiteral("--clickhouse") << QStringLiteral("http://default:s3cr3t-pw@127.0.0.1:1/")
            << QStringLiteral("LOTSE_CLICKHOUSE_PASSWORD");
        QTest::newRow("ClickHouse parameter")
            << QStringLiteral("--clickhouse") << QStringLiteral("http://127.0.0.1:1/?user=default&password=s3cr3t-pw")
            << QStringLiteral("LOTSE_CLICKHOUSE_PASSWORD");
    }
    void passwordsStayOffTheCommandLine()
    {
        QFETCH(QString, option);
        QFETCH(QString, address);
        QFETCH(QString, variable);
        const Run query = run(lotseBinary(), {QStringLiteral("query"), option, address, QStringLiteral("SELECT 1")});
        QCOMPARE(query.exitCode, 2);
        QVERIFY2(query.err.contains(variable.toUtf8()), query.err.constData());
        QVERIFY(!query.err.contains("s3cr3t-pw") && !query.out.contains("s3cr3t-pw"));
    }

    void nothingHappened()
    {
        QCOMPARE(psql(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = "
                                     "'lotse-sqlguard-victim'"))
                     .toLongLong(),
                 m_victimPid);
        const QMap<QString, QByteArray> after = state();
        for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
            QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
        for (const char *suffix : {"-lo", "-lo2", "-copy", "-program"})
            QVERIFY2(!QFile::exists(m_marker + QLatin1String(suffix)), suffix);
        qInfo("writes tried: %d; refused by lotse query: %d, as KPIs and as checks: all; data intact",
              int(attacks().size()), m_refusedByQuery);
        qInfo("ordinary reads: %d tried, %d answered", int(ordinaryReads().size()), m_answered);
    }

    void cleanupTestCase()
    {
        m_victim.closeWriteChannel();
        m_victim.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestSqlGuardAttacks)
#include "tst_sqlguard_attacks.moc"
