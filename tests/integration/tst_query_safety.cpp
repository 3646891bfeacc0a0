// Read-only by construction, end to end: every kind of write sent through
// `lotse query`, a dashboard and a runbook, as users who could write, is
// refused with a message that says so and why, and afterwards the data on the
// real servers is unchanged.
#include "dbsupport.h"

#include <QUuid>

using namespace lotse;
using namespace lotse::test;

class TestQuerySafety final : public QObject
{
    Q_OBJECT

private:
    QString m_postgres;
    QString m_redis;
    QString m_clickhouse;
    QString m_marker = QDir::tempPath() + QStringLiteral("/lotse-safety-") + QUuid::createUuid().toString(QUuid::Id128);
    QTemporaryDir m_files;
    QProcess m_victim;
    QByteArray m_sequence;
    QByteArray m_clickhouseTables;
    QMap<QString, int> m_spellings; ///< spellings that did not run, by the kind of their error

    /// Credentials of users that could write, so that only Lotse stands in the way.
    QStringList environment() const
    {
        return {QStringLiteral("LOTSE_POSTGRES_PASSWORD=") + readLine(m_postgres + QStringLiteral("/admin-password")),
                QStringLiteral("LOTSE_REDIS_PASSWORD=") + readLine(m_redis + QStringLiteral("/password")),
                QStringLiteral("LOTSE_CLICKHOUSE_PASSWORD=") + readLine(m_clickhouse + QStringLiteral("/password"))};
    }

    QStringList sourceArguments() const
    {
        return {QStringLiteral("--postgres"),   readLine(m_postgres + QStringLiteral("/admin-dsn")),
                QStringLiteral("--redis"),      readLine(m_redis + QStringLiteral("/url")),
                QStringLiteral("--clickhouse"), readLine(m_clickhouse + QStringLiteral("/url"))};
    }

    void expectRefused(const QString &option, const QString &address, const QString &statement, const QString &why)
    {
        const Run query
            = runWith(lotseBinary(), {QStringLiteral("query"), option, address, QStringLiteral("--json"), statement},
                      environment());
        QCOMPARE(query.exitCode, 1);
        const QJsonObject answer = QJsonDocument::fromJson(query.out).object();
        QCOMPARE(answer.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonObject error = answer.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("refused"));
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
        QVERIFY2(message.contains(why, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(query.err.contains("refused"));
    }

    /// A spelling that must not run: no answer, and dataUnchanged() checks afterwards that nothing happened.
    void expectNotAnswered(const QString &option, const QString &address, const QString &statement)
    {
        const Run query
            = runWith(lotseBinary(), {QStringLiteral("query"), option, address, QStringLiteral("--json"), statement},
                      environment());
        QVERIFY2(query.exitCode != 0, query.out.constData());
        const QJsonObject answer = QJsonDocument::fromJson(query.out).object();
        QVERIFY2(!answer.value(QStringLiteral("ok")).toBool(true), query.out.constData());
        const QString kind = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString();
        m_spellings[kind] += 1;
    }

    QByteArray psql(const QString &sql) { return adminPsql(m_postgres, sql).out.trimmed(); }
    QByteArray redis(const QStringList &command) { return adminRedis(m_redis, command).out.trimmed(); }
    QByteArray clickhouse(const QString &sql) { return adminClickHouse(m_clickhouse, sql).out.trimmed(); }

    void write(const QString &name, const QByteArray &text)
    {
        QFile file(m_files.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString base = qEnvironmentVariable("LOTSE_FIXTURE_DIR");
        m_postgres = base + QStringLiteral("/postgres");
        m_redis = base + QStringLiteral("/redis");
        m_clickhouse = base + QStringLiteral("/clickhouse");
        QVERIFY2(!readLine(m_postgres + QStringLiteral("/admin-dsn")).isEmpty(),
                 "the PostgreSQL fixture did not start");
        QVERIFY2(!readLine(m_redis + QStringLiteral("/url")).isEmpty(), "the Redis fixture did not start");
        QVERIFY2(!readLine(m_clickhouse + QStringLiteral("/url")).isEmpty(), "the ClickHouse fixture did not start");
        m_sequence = psql(QStringLiteral("SELECT last_value FROM lotse_orders_id_seq"));
        m_clickhouseTables = clickhouse(QStringLiteral("SELECT count() FROM system.tables WHERE database = 'lotse'"));
        startSession(m_victim, m_postgres, QStringLiteral("lotse-victim"));
        QTRY_COMPARE_WITH_TIMEOUT(
            psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'lotse-victim'")),
            QByteArray("1"), 20000);
    }

    void postgresWrites_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("why");
        QTest::newRow("DROP") << QStringLiteral("DROP TABLE lotse_orders") << QStringLiteral("DROP changes");
        QTest::newRow("UPDATE") << QStringLiteral("UPDATE lotse_orders SET amount = 0")
                                << QStringLiteral("UPDATE writes");
        QTest::newRow("INSERT") << QStringLiteral("INSERT INTO lotse_orders (customer_id) VALUES (1)")
                                << QStringLiteral("INSERT writes");
        QTest::newRow("CREATE") << QStringLiteral("CREATE TABLE lotse_evil (x int)")
                                << QStringLiteral("CREATE changes");
        QTest::newRow("pg_terminate_backend") << QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'lotse-victim'")
                                              << QStringLiteral("pg_terminate_backend()");
        QTest::newRow("nextval") << QStringLiteral("SELECT nextval('lotse_orders_id_seq')")
                                 << QStringLiteral("nextval()");
        QTest::newRow("COPY TO PROGRAM") << QStringLiteral("COPY (SELECT 1) TO PROGRAM 'touch %1'").arg(m_marker)
                                         << QStringLiteral("runs a program");
        QTest::newRow("second statement")
            << QStringLiteral("SELECT 1; DROP TABLE lotse_orders") << QStringLiteral("more than one statement");
        QTest::newRow("COMMIT then write")
            << QStringLiteral("COMMIT; DELETE FROM lotse_orders") << QStringLiteral("more than one statement");
        QTest::newRow("writing WITH") << QStringLiteral(
            "WITH gone AS (DELETE FROM lotse_orders RETURNING 1) SELECT count(*) FROM gone")
                                      << QStringLiteral("DELETE");
        QTest::newRow("SELECT INTO") << QStringLiteral("SELECT * INTO lotse_evil FROM lotse_orders")
                                     << QStringLiteral("creates a table");
        QTest::newRow("row locks") << QStringLiteral("SELECT * FROM lotse_orders FOR UPDATE")
                                   << QStringLiteral("locks rows");
        QTest::newRow("EXPLAIN ANALYZE") << QStringLiteral("EXPLAIN ANALYZE DELETE FROM lotse_orders")
                                         << QStringLiteral("EXPLAIN ANALYZE");
        // The server names the function VOLATILE before anything runs (tst_sqlguard_attacks has many more).
        QTest::newRow("write inside a function")
            << QStringLiteral("SELECT lotse_guard()") << QStringLiteral("lotse_guard()");
    }
    void postgresWrites()
    {
        QFETCH(QString, statement);
        QFETCH(QString, why);
        expectRefused(QStringLiteral("--postgres"), readLine(m_postgres + QStringLiteral("/admin-dsn")), statement,
                      why);
    }

    void redisWrites_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("why");
        QTest::newRow("SET") << QStringLiteral("SET session:1 hijacked") << QStringLiteral("writes");
        QTest::newRow("DEL") << QStringLiteral("DEL session:1") << QStringLiteral("deletes");
        QTest::newRow("FLUSHALL") << QStringLiteral("FLUSHALL") << QStringLiteral("every key");
        QTest::newRow("CONFIG SET") << QStringLiteral("CONFIG SET maxmemory 1mb") << QStringLiteral("configuration");
        QTest::newRow("EXPIRE") << QStringLiteral("EXPIRE session:41 1") << QStringLiteral("writes");
        QTest::newRow("EVAL") << QStringLiteral("EVAL \"return redis.call('del', KEYS[1])\" 1 session:1")
                              << QStringLiteral("script");
        QTest::newRow("KEYS") << QStringLiteral("KEYS *") << QStringLiteral("blocks");
        QTest::newRow("unknown") << QStringLiteral("FROBNICATE x") << QStringLiteral("only read");
    }
    void redisWrites()
    {
        QFETCH(QString, statement);
        QFETCH(QString, why);
        expectRefused(QStringLiteral("--redis"), readLine(m_redis + QStringLiteral("/url")), statement, why);
    }

    void clickhouseWrites_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("why");
        QTest::newRow("INSERT") << QStringLiteral("INSERT INTO lotse.events VALUES (now(), 1, 'x', 1)")
                                << QStringLiteral("INSERT writes");
        QTest::newRow("DROP") << QStringLiteral("DROP TABLE lotse.events") << QStringLiteral("DROP changes");
        QTest::newRow("ALTER DELETE") << QStringLiteral("ALTER TABLE lotse.events DELETE WHERE 1")
                                      << QStringLiteral("ALTER changes");
        QTest::newRow("TRUNCATE") << QStringLiteral("TRUNCATE TABLE lotse.events") << QStringLiteral("TRUNCATE writes");
        QTest::newRow("INTO OUTFILE") << QStringLiteral("SELECT 1 INTO OUTFILE '/tmp/x'")
                                      << QStringLiteral("writes a file");
    }
    void clickhouseWrites()
    {
        QFETCH(QString, statement);
        QFETCH(QString, why);
        expectRefused(QStringLiteral("--clickhouse"), readLine(m_clickhouse + QStringLiteral("/url")), statement, why);
    }

    void redisSpellings_data()
    {
        QTest::addColumn<QString>("statement");
        for (const char *statement : {"set session:1 x",
                                      "sEt session:1 x",
                                      "  SET   session:1 x",
                                      "\"SET\" session:1 x",
                                      "'set' session:1 x",
                                      "\u0405ET session:1 x",
                                      "GETDEL session:1",
                                      "GETEX session:1 PERSIST",
                                      "SETEX session:1 1 x",
                                      "SETRANGE session:1 0 x",
                                      "MSET session:1 a",
                                      "APPEND session:1 x",
                                      "INCR lotse:counter",
                                      "HSET lotse:h f v",
                                      "LPUSH lotse:l x",
                                      "SADD lotse:s x",
                                      "ZADD lotse:z 1 x",
                                      "XADD lotse:x * f v",
                                      "PFADD lotse:p x",
                                      "GEOADD lotse:g 13.4 52.5 x",
                                      "RENAME session:1 lotse:gone",
                                      "COPY session:1 lotse:copy",
                                      "MOVE session:1 1",
                                      "SWAPDB 0 1",
                                      "PERSIST session:1",
                                      "PEXPIRE session:1 1",
                                      "EXPIREAT session:1 1",
                                      "UNLINK session:1",
                                      "DEL session:1 session:2",
                                      "RESTORE lotse:r 0 x",
                                      "MIGRATE 127.0.0.1 1 session:1 0 1000",
                                      "SORT lotse:l STORE lotse:dst",
                                      "PUBLISH lotse:c m",
                                      "MULTI",
                                      "EXEC",
                                      "SCRIPT FLUSH",
                                      "SCRIPT LOAD \"return 1\"",
                                      "EVALSHA abc 0",
                                      "EVAL_RO \"return redis.call('del', KEYS[1])\" 1 session:1",
                                      "FCALL f 0",
                                      "FUNCTION FLUSH",
                                      "CLIENT KILL TYPE normal",
                                      "CLIENT PAUSE 10000",
                                      "CLIENT NO-EVICT on",
                                      "SHUTDOWN NOSAVE",
                                      "DEBUG SLEEP 5",
                                      "SAVE",
                                      "BGSAVE",
                                      "BGREWRITEAOF",
                                      "REPLICAOF 127.0.0.1 1",
                                      "SLAVEOF 127.0.0.1 1",
                                      "ACL SETUSER lotse-evil on >x +@all",
                                      "ACL DELUSER default",
                                      "ACL GETUSER default",
                                      "CONFIG SET appendonly yes",
                                      "CONFIG REWRITE",
                                      "CONFIG RESETSTAT",
                                      "SLOWLOG RESET",
                                      "LATENCY RESET",
                                      "MEMORY PURGE",
                                      "MODULE LOAD /tmp/lotse.so",
                                      "MONITOR",
                                      "SUBSCRIBE lotse:c",
                                      "WAIT 1 1000",
                                      "FLUSHDB",
                                      "FLUSHALL ASYNC",
                                      "FAILOVER",
                                      "READWRITE"})
            QTest::newRow(statement) << QString::fromUtf8(statement);
    }
    void redisSpellings()
    {
        QFETCH(QString, statement);
        expectNotAnswered(QStringLiteral("--redis"), readLine(m_redis + QStringLiteral("/url")), statement);
    }

    void clickhouseSpellings_data()
    {
        QTest::addColumn<QString>("statement");
        for (const char *statement : {"insert into lotse.events values (now(), 1, 'x', 1)",
                                      "/* a */ INSERT INTO lotse.events SELECT * FROM "
                                      "lotse.events LIMIT 1",
                                      " -- a\nINSERT INTO lotse.events SELECT * FROM lotse.events LIMIT 1",
                                      "SELECT 1; DROP TABLE lotse.events",
                                      "SELECT 1 SETTINGS readonly = 0",
                                      "SET readonly = 0",
                                      "ALTER TABLE lotse.events UPDATE kind = 'y' WHERE 1",
                                      "ALTER TABLE lotse.events DROP COLUMN kind",
                                      "OPTIMIZE TABLE lotse.events FINAL",
                                      "RENAME TABLE lotse.events TO lotse.gone",
                                      "DETACH TABLE lotse.events",
                                      "ATTACH TABLE lotse.events",
                                      "CREATE TABLE lotse.evil (x UInt8) "
                                      "ENGINE = Memory",
                                      "CREATE DATABASE lotse_evil",
                                      "DROP DATABASE lotse",
                                      "TRUNCATE lotse.events",
                                      "SYSTEM SHUTDOWN",
                                      "SYSTEM STOP MERGES",
                                      "SYSTEM DROP DNS CACHE",
                                      "KILL QUERY WHERE 1",
                                      "KILL MUTATION WHERE 1",
                                      "GRANT ALL ON *.* TO default",
                                      "CREATE USER lotse_evil",
                                      "INSERT INTO FUNCTION file('lotse.csv', 'CSV', 'x UInt8') SELECT 1",
                                      "SELECT * FROM file('/etc/passwd', 'LineAsString', 'l String')",
                                      "SELECT * FROM url('http://127.0.0.1:1/', 'CSV', 'x String')",
                                      "sElEcT 1 iNtO oUtFiLe '/tmp/lotse-outfile'",
                                      "DELETE FROM lotse.events WHERE 1",
                                      "EXCHANGE TABLES lotse.events AND lotse.other"})
            QTest::newRow(statement) << QString::fromUtf8(statement);
    }
    void clickhouseSpellings()
    {
        QFETCH(QString, statement);
        expectNotAnswered(QStringLiteral("--clickhouse"), readLine(m_clickhouse + QStringLiteral("/url")), statement);
    }

    void dashboardWrites()
    {
        write(QStringLiteral("writes.yaml"), R"yaml(id: writes
title: {en: Writes, de: Schreibversuche}
sources:
  - {name: postgres, kind: postgres}
  - {name: redis, kind: redis}
  - {name: clickhouse, kind: clickhouse}
kpis:
  - id: pg-drop
    title: {en: Drop, de: Drop}
    source: postgres
    query: DROP TABLE lotse_orders
  - id: pg-nextval
    title: {en: Next value, de: Nächster Wert}
    source: postgres
    query: SELECT nextval('lotse_orders_id_seq')
  - id: redis-flush
    title: {en: Flush, de: Flush}
    source: redis
    query: FLUSHALL
  - id: redis-config
    title: {en: Config, de: Konfiguration}
    source: redis
    query: CONFIG SET maxmemory 1mb
  - id: ch-insert
    title: {en: Insert, de: Insert}
    source: clickhouse
    query: "INSERT INTO lotse.events VALUES (now(), 1, 'x', 1)"
  - id: pg-orders
    title: {en: Orders, de: Bestellungen}
    source: postgres
    query: SELECT count(*) FROM lotse_orders
)yaml");
        const Run snapshot = runWith(lotseBinary(),
                                     QStringList{QStringLiteral("snapshot"), QStringLiteral("--dashboard"),
                                                 m_files.filePath(QStringLiteral("writes.yaml")),
                                                 QStringLiteral("--json"), QStringLiteral("-")}
                                         + sourceArguments(),
                                     environment());
        QCOMPARE(snapshot.exitCode, 2);
        const QJsonArray kpis = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 6);
        for (const QJsonValue &value : kpis) {
            const QJsonObject kpi = value.toObject();
            if (kpi.value(QStringLiteral("id")).toString() == QLatin1String("pg-orders")) {
                // Reading still works beside the refusals.
                QCOMPARE(kpi.value(QStringLiteral("value")).toDouble(), 50000.0);
                continue;
            }
            QCOMPARE(kpi.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
            QCOMPARE(kpi.value(QStringLiteral("error_kind")).toString(), QStringLiteral("refused"));
            QVERIFY(kpi.value(QStringLiteral("error")).toString().contains(QLatin1String("refused")));
        }
    }

    void runbookWrites()
    {
        write(QStringLiteral("writes-runbook.yaml"), R"yaml(id: writes
version: 1
title: {en: Writes, de: Schreibversuche}
sources:
  - {name: postgres, kind: postgres}
  - {name: redis, kind: redis}
  - {name: clickhouse, kind: clickhouse}
checks:
  pg_update:
    title: {en: Update, de: Update}
    source: postgres
    query: UPDATE lotse_orders SET amount = 0
    thresholds: {direction: higher-is-worse, critical: 1}
  pg_copy:
    title: {en: Copy, de: Copy}
    source: postgres
    query: COPY (SELECT 1) TO PROGRAM 'touch MARKER'
    thresholds: {direction: higher-is-worse, critical: 1}
  redis_del:
    title: {en: Del, de: Del}
    source: redis
    query: DEL session:1
    thresholds: {direction: higher-is-worse, critical: 1}
  ch_drop:
    title: {en: Drop, de: Drop}
    source: clickhouse
    query: DROP TABLE lotse.events
    thresholds: {direction: higher-is-worse, critical: 1}
start: start
nodes:
  start:
    title: {en: Start, de: Start}
    follow: first
    branches:
      - when: {check: pg_update, state: critical}
        goto: done
        because: {en: written, de: geschrieben}
      - when: {check: pg_copy, state: critical}
        goto: done
        because: {en: written, de: geschrieben}
      - when: {check: redis_del, state: critical}
        goto: done
        because: {en: deleted, de: gelöscht}
      - when: {check: ch_drop, state: critical}
        goto: done
        because: {en: dropped, de: gelöscht}
      - otherwise: true
        goto: done
  done:
    title: {en: Done, de: Fertig}
    finding: {slug: writes.none, severity: warning}
)yaml");
        QFile file(m_files.filePath(QStringLiteral("writes-runbook.yaml")));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray text = file.readAll().replace("MARKER", m_marker.toUtf8());
        file.resize(0);
        file.write(text);
        file.close();

        const Run diagnose = runWith(lotseBinary(),
                                     QStringList{QStringLiteral("diagnose"), QStringLiteral("--runbook"),
                                                 m_files.filePath(QStringLiteral("writes-runbook.yaml")),
                                                 QStringLiteral("--json"), QStringLiteral("-")}
                                         + sourceArguments(),
                                     environment());
        const QJsonArray errors
            = QJsonDocument::fromJson(diagnose.out).object().value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 4);
        for (const QJsonValue &value : errors) {
            const QJsonObject error = value.toObject();
            QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("refused"));
            QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("refused")));
        }
    }

    void dataUnchanged()
    {
        QCOMPARE(psql(QStringLiteral("SELECT count(*), sum(amount) > 0 FROM lotse_orders")), QByteArray("50000|t"));
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = 'lotse_evil'")), QByteArray("0"));
        QCOMPARE(psql(QStringLiteral("SELECT last_value FROM lotse_orders_id_seq")), m_sequence);
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM lotse_guard_log")), QByteArray("0"));
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'lotse-victim'")),
                 QByteArray("1"));
        QVERIFY2(!QFile::exists(m_marker), "COPY … TO PROGRAM ran");

        QCOMPARE(redis({QStringLiteral("GET"), QStringLiteral("session:1")}), QByteArray("user1"));
        QVERIFY(redis({QStringLiteral("TTL"), QStringLiteral("session:1")}).toInt() > 0);
        QCOMPARE(redis({QStringLiteral("TTL"), QStringLiteral("session:41")}), QByteArray("-1"));
        QCOMPARE(redis({QStringLiteral("CONFIG"), QStringLiteral("GET"), QStringLiteral("maxmemory")}),
                 QByteArray("maxmemory\n0"));
        QCOMPARE(redis({QStringLiteral("EVAL"), QStringLiteral("return #redis.call('keys', 'session:*')"),
                        QStringLiteral("0")}),
                 QByteArray("65"));

        QCOMPARE(clickhouse(QStringLiteral("SELECT count() FROM lotse.events")), QByteArray("100000"));
        QCOMPARE(clickhouse(QStringLiteral("SELECT count() FROM system.tables WHERE database = 'lotse'")),
                 m_clickhouseTables);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/lotse-outfile")));
        for (auto it = m_spellings.cbegin(); it != m_spellings.cend(); ++it)
            qInfo("spellings that did not run: %d, error %s", it.value(), qPrintable(it.key()));
    }

    void cleanupTestCase()
    {
        m_victim.closeWriteChannel();
        m_victim.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestQuerySafety)
#include "tst_query_safety.moc"
