// SqlGuard reads SQL with PostgreSQL's own parser: every spelling of a name
// reaches the function PostgreSQL would call (escapes, quotes, schemas,
// comments; in FROM, LATERAL, WITH, subqueries, ORDER BY, VALUES; operators,
// casts, x.f notation, views), EXPLAIN's options are read from the tree, and
// the statement that plan advice sends is one EXPLAIN over the one query.
// FunctionPolicy judges what pg_proc says of each function; PostgresSettings
// verifies TLS off this machine. The server's side: tst_sqlguard_attacks.
#include "sources/postgres/functionpolicy.h"
#include "sources/postgres/postgresprivileges.h"
#include "sources/postgres/postgressettings.h"
#include "sources/postgres/sqlguard.h"

#include <QElapsedTimer>
#include <QTest>

using namespace lotse;
using Kind = SqlReference::Kind;

Q_DECLARE_METATYPE(lotse::SqlReference)
Q_DECLARE_METATYPE(lotse::ResolvedFunction)

namespace {

ResolvedFunction function(const char *schema, const char *name, char volatility, const char *language = "internal",
                          const char *extension = "")
{
    ResolvedFunction resolved;
    resolved.schema = QLatin1String(schema);
    resolved.name = QLatin1String(name);
    resolved.volatility = QLatin1Char(volatility);
    resolved.language = QLatin1String(language);
    resolved.extension = QLatin1String(extension);
    return resolved;
}

QString describe(const QList<SqlReference> &references)
{
    QStringList parts;
    for (const SqlReference &reference : references)
        parts.append(QStringLiteral("%1:%2.%3").arg(int(reference.kind)).arg(reference.schema, reference.name));
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestSqlGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAsPostgresDecodesThem_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<SqlReference>("reference");
        const auto call = [](const char *schema, const char *name) {
            return SqlReference{Kind::Function, QLatin1String(schema), QLatin1String(name)};
        };
        QTest::newRow("U& escape") << QStringLiteral(R"(SELECT U&"\0070g_terminate_backend"(pid) FROM t)")
                                   << call("", "pg_terminate_backend");
        QTest::newRow("U& with UESCAPE") << QStringLiteral(R"(SELECT U&"!0070g_cancel_backend" UESCAPE '!'(1))")
                                         << call("", "pg_cancel_backend");
        QTest::newRow("quoted") << QStringLiteral(R"(SELECT "setval"('s', 1))") << call("", "setval");
        QTest::newRow("quoted keeps case") << QStringLiteral(R"(SELECT "SetVal"('s', 1))") << call("", "SetVal");
        QTest::newRow("upper case folds")
            << QStringLiteral("SELECT PG_CATALOG.NEXTVAL('s')") << call("pg_catalog", "nextval");
        QTest::newRow("qualified and quoted")
            << QStringLiteral(R"(SELECT "pg_catalog"."pg_advisory_lock"(1))") << call("pg_catalog", "pg_advisory_lock");
        QTest::newRow("catalog.schema.name")
            << QStringLiteral("SELECT lotse.pg_catalog.lo_unlink(1)") << call("pg_catalog", "lo_unlink");
        QTest::newRow("comments between") << QStringLiteral("SELECT pg_catalog /* x */ . /* y */ set_config('a', 'b', "
                                                            "false) -- z")
                                          << call("pg_catalog", "set_config");
        QTest::newRow("in FROM") << QStringLiteral("SELECT * FROM pg_advisory_lock(1)") << call("", "pg_advisory_lock");
        QTest::newRow("in ROWS FROM") << QStringLiteral("SELECT * FROM ROWS FROM (lo_import('/etc/passwd'))")
                                      << call("", "lo_import");
        QTest::newRow("in LATERAL") << QStringLiteral("SELECT * FROM t, LATERAL set_config('a', 'b', false) s")
                                    << call("", "set_config");
        QTest::newRow("in WITH") << QStringLiteral("WITH x AS (SELECT lo_export(1, '/tmp/x')) SELECT * FROM x")
                                 << call("", "lo_export");
        QTest::newRow("in a subquery") << QStringLiteral("SELECT (SELECT pg_reload_conf())")
                                       << call("", "pg_reload_conf");
        QTest::newRow("in EXISTS") << QStringLiteral("SELECT 1 WHERE EXISTS (SELECT pg_rotate_logfile())")
                                   << call("", "pg_rotate_logfile");
        QTest::newRow("in ORDER BY") << QStringLiteral("SELECT 1 ORDER BY pg_switch_wal()")
                                     << call("", "pg_switch_wal");
        QTest::newRow("in GROUP BY") << QStringLiteral("SELECT 1 GROUP BY pg_notify('a', 'b')")
                                     << call("", "pg_notify");
        QTest::newRow("in VALUES") << QStringLiteral("VALUES (nextval('s'))") << call("", "nextval");
        QTest::newRow("in a window") << QStringLiteral("SELECT sum(1) OVER (ORDER BY txid_current())")
                                     << call("", "txid_current");
        QTest::newRow("in CASE") << QStringLiteral("SELECT CASE WHEN true THEN dblink_exec('x') END")
                                 << call("", "dblink_exec");
        QTest::newRow("as an argument") << QStringLiteral("SELECT coalesce(null, lo_creat(-1))")
                                        << call("", "lo_creat");
        QTest::newRow("dollar quotes around")
            << QStringLiteral("SELECT $$ ; $$, pg_stat_statements_reset()") << call("", "pg_stat_statements_reset");
        QTest::newRow("TABLESAMPLE method")
            << QStringLiteral("SELECT * FROM t TABLESAMPLE evil(1)") << call("", "evil");
        QTest::newRow("under EXPLAIN") << QStringLiteral("EXPLAIN SELECT pg_terminate_backend(1)")
                                       << call("", "pg_terminate_backend");
        QTest::newRow("operator") << QStringLiteral("SELECT 1 !!! 2") << SqlReference{Kind::Operator, {}, "!!!"};
        QTest::newRow("qualified operator")
            << QStringLiteral("SELECT 1 OPERATOR(public.===) 2") << SqlReference{Kind::Operator, "public", "==="};
        QTest::newRow("operator of ANY") << QStringLiteral("SELECT 1 <~> ANY (ARRAY[1])")
                                         << SqlReference{Kind::Operator, {}, "<~>"};
        QTest::newRow("ORDER BY USING") << QStringLiteral("SELECT 1 ORDER BY 1 USING <<<")
                                        << SqlReference{Kind::Operator, {}, "<<<"};
        QTest::newRow("BETWEEN") << QStringLiteral("SELECT 1 BETWEEN 0 AND 2")
                                 << SqlReference{Kind::Operator, {}, "<="};
        QTest::newRow("cast") << QStringLiteral("SELECT 1::kill_domain") << SqlReference{Kind::Type, {}, "kill_domain"};
        QTest::newRow("typed literal") << QStringLiteral("SELECT public.evil_type '1'")
                                       << SqlReference{Kind::Type, "public", "evil_type"};
        QTest::newRow("x.f notation") << QStringLiteral("SELECT o.kill_row FROM lotse_orders o")
                                      << SqlReference{Kind::ColumnFunction, {}, "kill_row"};
        QTest::newRow("(x).f notation") << QStringLiteral("SELECT (o).kill_row FROM lotse_orders o")
                                        << SqlReference{Kind::ColumnFunction, {}, "kill_row"};
        QTest::newRow("relation") << QStringLiteral("SELECT * FROM public.kill_view")
                                  << SqlReference{Kind::Relation, "public", "kill_view"};
        QTest::newRow("TABLE") << QStringLiteral("TABLE kill_view") << SqlReference{Kind::Relation, {}, "kill_view"};
    }
    void namesAsPostgresDecodesThem()
    {
        QFETCH(QString, sql);
        QFETCH(SqlReference, reference);
        const auto checked = SqlGuard::check(sql);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QVERIFY2(checked->references().contains(reference), qPrintable(describe(checked->references())));
    }

    void explainOptionsFromTheTree_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("plain") << QStringLiteral("EXPLAIN SELECT 1") << true;
        QTest::newRow("options") << QStringLiteral("EXPLAIN (VERBOSE, COSTS off, FORMAT JSON) SELECT 1") << true;
        QTest::newRow("analyze false") << QStringLiteral("EXPLAIN (ANALYZE false) SELECT 1") << true;
        QTest::newRow("analyze off") << QStringLiteral("EXPLAIN (analyse off) SELECT 1") << true;
        QTest::newRow("analyze 0") << QStringLiteral("EXPLAIN (ANALYZE 0) SELECT 1") << true;
        QTest::newRow("ANALYZE") << QStringLiteral("EXPLAIN ANALYZE SELECT 1") << false;
        QTest::newRow("ANALYSE") << QStringLiteral("EXPLAIN ANALYSE SELECT 1") << false;
        QTest::newRow("quoted") << QStringLiteral(R"(EXPLAIN ("analyze") SELECT 1)") << false;
        QTest::newRow("quoted upper") << QStringLiteral(R"(EXPLAIN ("ANALYZE") SELECT 1)") << false;
        QTest::newRow("true") << QStringLiteral("EXPLAIN (ANALYZE true) SELECT 1") << false;
        QTest::newRow("on") << QStringLiteral("EXPLAIN (analyze on) SELECT 1") << false;
        QTest::newRow("1") << QStringLiteral("EXPLAIN (analyze 1) SELECT 1") << false;
        QTest::newRow("'yes'") << QStringLiteral("EXPLAIN (analyze 'yes') SELECT 1") << false;
        QTest::newRow("with buffers") << QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) SELECT 1") << false;
        QTest::newRow("off, then on") << QStringLiteral("EXPLAIN (ANALYZE off, ANALYZE) SELECT 1") << false;
        QTest::newRow("unknown option") << QStringLiteral("EXPLAIN (EXECUTE) SELECT 1") << false;
        QTest::newRow("over DELETE") << QStringLiteral("EXPLAIN DELETE FROM t") << false;
        QTest::newRow("over CREATE TABLE AS") << QStringLiteral("EXPLAIN CREATE TABLE x AS SELECT 1") << false;
        QTest::newRow("over EXECUTE") << QStringLiteral("EXPLAIN EXECUTE p") << false;
        QTest::newRow("over SELECT INTO") << QStringLiteral("EXPLAIN SELECT 1 INTO x") << false;
        QTest::newRow("over FOR UPDATE") << QStringLiteral("EXPLAIN SELECT 1 FROM t FOR UPDATE") << false;
    }
    void explainOptionsFromTheTree()
    {
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        const auto checked = SqlGuard::check(sql);
        QVERIFY2(bool(checked) == allowed, qPrintable(checked ? sql : checked.error().message));
        if (!allowed)
            QCOMPARE(checked.error().kind, Error::Kind::Refused);
    }

    void ordinaryReadsPass()
    {
        for (const char *sql : {"SELECT a.pid, b.relname FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid "
                                "JOIN pg_class b ON b.oid = l.relation",
                                "WITH t AS (SELECT 1 AS x) SELECT x, row_number() OVER (ORDER BY x) FROM t",
                                "SELECT * FROM pg_stat_user_tables t CROSS JOIN LATERAL (SELECT t.n_dead_tup) d",
                                "SELECT jsonb_build_object('a', 1) ->> 'a', regexp_replace('a', 'a', 'b') ~ 'b'",
                                "SELECT pg_size_pretty(pg_database_size(current_database())), pg_current_wal_lsn()",
                                "VALUES (1), (2)", "TABLE pg_stat_database", "SELECT $1::int"}) {
            const auto checked = SqlGuard::check(QLatin1String(sql));
            QVERIFY2(checked, sql);
        }
    }

    void explainSendsOneExplain()
    {
        const auto plain = SqlGuard::explain(QStringLiteral("  SELECT 1 ; -- done\n"), false);
        QVERIFY(plain);
        QCOMPARE(plain->sql(), QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1"));
        const auto analyzed = SqlGuard::explain(QStringLiteral("SELECT pg_sleep(0) /* ; */"), true);
        QVERIFY(analyzed);
        QCOMPARE(analyzed->sql(), QStringLiteral("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT pg_sleep(0) /* ; */"));
        QVERIFY(analyzed->references().contains(SqlReference{Kind::Function, {}, QStringLiteral("pg_sleep")}));
        for (const char *sql : {"DELETE FROM t", "EXPLAIN SELECT 1", "SELECT 1; SELECT 2", "SELECT 1 FOR UPDATE"}) {
            const auto refused = SqlGuard::explain(QLatin1String(sql), true);
            QVERIFY2(!refused && refused.error().kind == Error::Kind::Refused, sql);
            QVERIFY2(!SqlGuard::explain(QLatin1String(sql), false), sql);
        }
        QVERIFY(SqlGuard::hasParameters(QStringLiteral("SELECT * FROM t WHERE a = $1")));
        QVERIFY(!SqlGuard::hasParameters(QStringLiteral("SELECT '$1'")));
    }

    void bodiesPassLikeStatements()
    {
        const auto body = SqlGuard::checkBody(QStringLiteral("SELECT 1; SELECT pg_terminate_backend($1)"));
        QVERIFY(body);
        QVERIFY(body->contains(SqlReference{Kind::Function, {}, QStringLiteral("pg_terminate_backend")}));
        for (const char *sql : {"DELETE FROM t", "SELECT 1; INSERT INTO t VALUES (1)", "SELECT 1 FOR UPDATE", "("}) {
            const auto refused = SqlGuard::checkBody(QLatin1String(sql));
            QVERIFY2(!refused && !refused.error().isEmpty(), sql);
        }
    }

    void deepNestingIsBounded()
    {
        // Far deeper than any statement a person writes: refused or not, never a crash.
        QElapsedTimer clock;
        clock.start();
        for (int depth : {100, 2000, 20000}) {
            const QString sql = QStringLiteral("SELECT ") + QString(depth, QLatin1Char('(')) + QStringLiteral("1")
                + QString(depth, QLatin1Char(')'));
            const auto checked = SqlGuard::check(sql);
            QVERIFY(checked || checked.error().kind == Error::Kind::Refused);
        }
        QVERIFY(clock.elapsed() < 10000);
    }

    void policy_data()
    {
        QTest::addColumn<ResolvedFunction>("resolved");
        QTest::addColumn<QString>("why"); // empty: it may run
        QTest::newRow("terminate") << function("pg_catalog", "pg_terminate_backend", 'v')
                                   << QStringLiteral("pg_catalog.pg_terminate_backend(), which PostgreSQL marks "
                                                     "VOLATILE");
        QTest::newRow("nextval") << function("pg_catalog", "nextval", 'v') << QStringLiteral("nextval()");
        QTest::newRow("setval") << function("pg_catalog", "setval", 'v') << QStringLiteral("setval()");
        QTest::newRow("advisory lock") << function("pg_catalog", "pg_advisory_lock", 'v')
                                       << QStringLiteral("pg_advisory_lock()");
        QTest::newRow("set_config") << function("pg_catalog", "set_config", 'v') << QStringLiteral("set_config()");
        QTest::newRow("lo_export") << function("pg_catalog", "lo_export", 'v') << QStringLiteral("lo_export()");
        QTest::newRow("size") << function("pg_catalog", "pg_database_size", 'v') << QString();
        QTest::newRow("WAL") << function("pg_catalog", "pg_current_wal_lsn", 'v') << QString();
        QTest::newRow("recovery") << function("pg_catalog", "pg_is_in_recovery", 'v') << QString();
        QTest::newRow("blocking") << function("pg_catalog", "pg_blocking_pids", 'v') << QString();
        QTest::newRow("clock") << function("pg_catalog", "clock_timestamp", 'v') << QString();
        QTest::newRow("random") << function("pg_catalog", "random", 'v') << QString();
        QTest::newRow("stable") << function("pg_catalog", "now", 's') << QString();
        QTest::newRow("impostor of an allowed name")
            << function("public", "pg_database_size", 'v', "sql") << QStringLiteral("VOLATILE");
        QTest::newRow("runs SQL, though not VOLATILE")
            << function("pg_catalog", "table_to_xml", 's') << QStringLiteral("runs SQL of its own");
        QTest::newRow("assigns a transaction ID")
            << function("pg_catalog", "txid_current", 's') << QStringLiteral("transaction ID");
        QTest::newRow("reads files") << function("pg_catalog", "pg_read_file", 's') << QStringLiteral("reads files");
        QTest::newRow("pg_stat_statements")
            << function("public", "pg_stat_statements", 'v', "c", "pg_stat_statements") << QString();
        QTest::newRow("its reset") << function("public", "pg_stat_statements_reset", 'v', "c", "pg_stat_statements")
                                   << QStringLiteral("pg_stat_statements_reset()");
        QTest::newRow("dblink") << function("public", "dblink", 'v', "c", "dblink") << QStringLiteral("dblink()");
        QTest::newRow("dblink_exec") << function("public", "dblink_exec", 'v', "c", "dblink")
                                     << QStringLiteral("dblink_exec()");
        QTest::newRow("user plpgsql, STABLE")
            << function("public", "kill_stable", 's', "plpgsql") << QStringLiteral("written in plpgsql");
        QTest::newRow("user C, IMMUTABLE") << function("public", "f", 'i', "c") << QStringLiteral("written in c");
        QTest::newRow("user SQL, VOLATILE")
            << function("public", "lotse_guard", 'v', "sql") << QStringLiteral("lotse_guard()");
        QTest::newRow("user SQL, STABLE") << function("public", "helper", 's', "sql") << QString();
    }
    void policy()
    {
        QFETCH(ResolvedFunction, resolved);
        QFETCH(QString, why);
        const auto refusal = FunctionPolicy::refusal(resolved);
        QCOMPARE(refusal.has_value(), !why.isEmpty());
        if (refusal)
            QVERIFY2(refusal->contains(why), qPrintable(*refusal));
        // A user's SQL function is taken at its body's word, not at its label.
        QCOMPARE(FunctionPolicy::needsBody(resolved),
                 resolved.schema == QLatin1String("public") && resolved.extension.isEmpty()
                     && resolved.language == QLatin1String("sql"));
    }

    void allowListIsShort()
    {
        const QStringList list = FunctionPolicy::allowList();
        QVERIFY(list.contains(QStringLiteral("pg_catalog.pg_total_relation_size")));
        QVERIFY(list.contains(QStringLiteral("pg_stat_statements:pg_stat_statements")));
        QVERIFY(!list.contains(QStringLiteral("pg_catalog.pg_terminate_backend")));
        QVERIFY(list.size() < 100);
    }

    void privileges()
    {
        const auto reader = PostgresPrivileges::fromJson(
            R"({"role": "lotse_reader", "superuser": false, "attributes": [], "memberships": [],
                "writable_tables": 0, "examples": [], "schemas": [], "creates_schemas": false})");
        QVERIFY(reader);
        QVERIFY(!reader->canWrite());
        QVERIFY(reader->caution().isEmpty());
        const auto writer = PostgresPrivileges::fromJson(
            R"({"role": "app", "superuser": false, "attributes": ["CREATEDB"], "memberships": ["pg_signal_backend"],
                "writable_tables": 5, "examples": ["public.a", "public.b", "public.c"], "schemas": ["public"],
                "creates_schemas": false})");
        QVERIFY(writer && writer->canWrite());
        QCOMPARE(writer->findings(),
                 (QStringList{QStringLiteral("CREATEDB"), QStringLiteral("pg_signal_backend"),
                              QStringLiteral("write:public.a"), QStringLiteral("write:public.b"),
                              QStringLiteral("write:public.c"), QStringLiteral("write:…"),
                              QStringLiteral("create:public")}));
        QVERIFY(writer->caution().contains(QLatin1String("pg_signal_backend")));
        const auto superuser = PostgresPrivileges::fromJson(R"({"role": "postgres", "superuser": true})");
        QCOMPARE(superuser->findings(), QStringList{QStringLiteral("superuser")});
        QVERIFY(!PostgresPrivileges::fromJson("[]"));
    }

    void tlsVerifiedOffThisMachine()
    {
        const auto remote = PostgresSettings::fromDsn(QStringLiteral("postgresql://reader@db.example:5432/shop"));
        QVERIFY(remote && !remote->isLocal());
        QVERIFY(remote->connectOptions().contains(QLatin1String("sslmode=verify-full")));
        QVERIFY(remote->connectOptions().contains(QLatin1String("sslrootcert='") + PostgresSettings::systemCaFile()));
        PostgresSettings ownCa = *remote;
        ownCa.options.insert(QStringLiteral("sslrootcert"), QStringLiteral("/etc/lotse/ca.pem"));
        QVERIFY(ownCa.connectOptions().contains(QLatin1String("sslrootcert='/etc/lotse/ca.pem'")));
        PostgresSettings plain = *remote;
        plain.plainText = true;
        QVERIFY(plain.connectOptions().contains(QLatin1String("sslmode=disable")));
        QVERIFY(!plain.connectOptions().contains(QLatin1String("verify-full")));

        for (const char *dsn : {"host=127.0.0.1 port=5432", "postgresql://me@localhost/db", "host=/var/run/postgresql",
                                "dbname=lotse", "postgresql://me@[::1]:5433/db", "host=127.0.0.2,localhost"}) {
            const auto local = PostgresSettings::fromDsn(QLatin1String(dsn));
            QVERIFY2(local && local->isLocal(), dsn);
            QVERIFY2(!local->connectOptions().contains(QLatin1String("sslmode")), dsn);
        }
        // hostaddr only says where the packets go; the name is what the certificate must match.
        const auto named = PostgresSettings::fromDsn(QStringLiteral("host=db.example hostaddr=127.0.0.1"));
        QVERIFY(named && !named->isLocal());
        QVERIFY(named->connectOptions().contains(QLatin1String("hostaddr='127.0.0.1'")));
        QVERIFY(PostgresSettings::fromDsn(QStringLiteral("host=db.example sslmode=verify-full")));
        for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca"}) {
            const auto weak
                = PostgresSettings::fromDsn(QStringLiteral("host=db.example sslmode=") + QLatin1String(mode));
            QVERIFY2(!weak && weak.error().message.contains(QLatin1String("sslmode=") + QLatin1String(mode)), mode);
            QVERIFY(weak.error().message.contains(QLatin1String("tls: off")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlGuard)
#include "tst_sqlguard.moc"
