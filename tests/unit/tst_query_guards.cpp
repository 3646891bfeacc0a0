// The client-side guards of the database sources and the parsing of their
// addresses: SqlGuard (PostgreSQL's parser), ClickHouseGuard, the Redis
// allow-list, RESP, `@list` queries, DSNs and URLs. What SqlGuard leaves to
// the server (the functions a statement reaches) is tested in tst_sqlguard
// and, against a real server, in tst_query_safety.
#include "sources/clickhouse/clickhouseguard.h"
#include "sources/clickhouse/clickhousesettings.h"
#include "sources/postgres/postgressettings.h"
#include "sources/redis/rediscommandpolicy.h"
#include "sources/redis/redissettings.h"
#include "core/addressredaction.h"
#include "sources/redis/resp.h"
#include "sources/postgres/sqlguard.h"
#include "databases/viewquery.h"

#include <QTest>

using namespace lotse;

class TestQueryGuards final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresAllowed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("select") << QStringLiteral("SELECT 1");
        QTest::newRow("trailing semicolon") << QStringLiteral("SELECT 1;  ");
        QTest::newRow("semicolon in a string") << QStringLiteral("SELECT 'a; DROP TABLE t' AS x");
        QTest::newRow("doubled quote") << QStringLiteral("SELECT 'it''s; DROP TABLE t'");
        QTest::newRow("E string") << QStringLiteral("SELECT E'\\'; DROP TABLE t'");
        QTest::newRow("dollar quoted") << QStringLiteral("SELECT $body$; DROP TABLE t $body$");
        QTest::newRow("comment") << QStringLiteral("SELECT 1 -- ; DROP TABLE t\n");
        QTest::newRow("nested comment") << QStringLiteral("SELECT /* a /* b; */ DROP; */ 1");
        QTest::newRow("quoted name") << QStringLiteral("SELECT \"update\" FROM \"t;x\"");
        QTest::newRow("with") << QStringLiteral("WITH a AS (SELECT 1) SELECT * FROM a");
        QTest::newRow("explain") << QStringLiteral("EXPLAIN (FORMAT JSON) SELECT * FROM t");
        QTest::newRow("explain analyze off") << QStringLiteral("EXPLAIN (ANALYZE false) SELECT 1");
        QTest::newRow("pg_sleep") << QStringLiteral("SELECT pg_sleep(30)");
        QTest::newRow("parameter") << QStringLiteral("SELECT $1");
        QTest::newRow("function named like a write") << QStringLiteral("SELECT pg_stat_get_live_tuples(1)");
    }
    void postgresAllowed()
    {
        QFETCH(QString, sql);
        const auto checked = SqlGuard::check(sql);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    }

    void postgresRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("why");
        QTest::newRow("drop") << QStringLiteral("DROP TABLE t") << QStringLiteral("DROP");
        QTest::newRow("lower case") << QStringLiteral("  update t set a = 1") << QStringLiteral("UPDATE");
        QTest::newRow("insert") << QStringLiteral("INSERT INTO t VALUES (1)") << QStringLiteral("INSERT");
        QTest::newRow("create") << QStringLiteral("CREATE TABLE x (a int)") << QStringLiteral("CREATE");
        QTest::newRow("truncate") << QStringLiteral("TRUNCATE t") << QStringLiteral("TRUNCATE");
        QTest::newRow("vacuum") << QStringLiteral("VACUUM t") << QStringLiteral("VACUUM");
        QTest::newRow("copy to program") << QStringLiteral("COPY t TO PROGRAM 'rm -rf /'") << QStringLiteral("PROGRAM");
        QTest::newRow("copy") << QStringLiteral("COPY t TO '/tmp/x'") << QStringLiteral("COPY");
        QTest::newRow("two statements") << QStringLiteral("SELECT 1; DROP TABLE t") << QStringLiteral("more than one");
        QTest::newRow("commit in between")
            << QStringLiteral("SELECT 1; COMMIT; SELECT 2") << QStringLiteral("more than one");
        QTest::newRow("begin") << QStringLiteral("BEGIN") << QStringLiteral("BEGIN");
        QTest::newRow("set") << QStringLiteral("SET default_transaction_read_only = off") << QStringLiteral("SET");
        // Exactly SELECT, VALUES or TABLE: a setting reads as SELECT current_setting('…').
        QTest::newRow("show") << QStringLiteral("SHOW max_connections") << QStringLiteral("SHOW");
        QTest::newRow("do") << QStringLiteral("DO $$ BEGIN DELETE FROM t; END $$") << QStringLiteral("DO");
        QTest::newRow("call") << QStringLiteral("CALL p()") << QStringLiteral("CALL");
        QTest::newRow("writing cte") << QStringLiteral("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")
                                     << QStringLiteral("DELETE");
        QTest::newRow("select into") << QStringLiteral("SELECT * INTO t2 FROM t") << QStringLiteral("creates a table");
        QTest::newRow("for update") << QStringLiteral("SELECT * FROM t FOR UPDATE") << QStringLiteral("FOR UPDATE");
        QTest::newRow("for no key update")
            << QStringLiteral("SELECT * FROM t FOR NO KEY UPDATE") << QStringLiteral("FOR UPDATE");
        QTest::newRow("explain analyze") << QStringLiteral("EXPLAIN ANALYZE SELECT 1")
                                         << QStringLiteral("EXPLAIN ANALYZE");
        QTest::newRow("explain (analyze)")
            << QStringLiteral("EXPLAIN (FORMAT JSON, ANALYZE) SELECT 1") << QStringLiteral("EXPLAIN ANALYZE");
        // PostgreSQL's grammar has no EXPLAIN VERBOSE ANALYZE: its parser refuses it.
        QTest::newRow("explain verbose analyze")
            << QStringLiteral("EXPLAIN VERBOSE ANALYZE SELECT 1") << QStringLiteral("syntax error");
        QTest::newRow("explain analyze verbose")
            << QStringLiteral("EXPLAIN ANALYZE VERBOSE SELECT 1") << QStringLiteral("EXPLAIN ANALYZE");
        QTest::newRow("lock in a subquery")
            << QStringLiteral("SELECT * FROM (SELECT * FROM t FOR UPDATE) s") << QStringLiteral("locks rows");
        QTest::newRow("lock in a scalar subquery")
            << QStringLiteral("SELECT (SELECT 1 FROM t FOR KEY SHARE)") << QStringLiteral("locks rows");
        QTest::newRow("lock of a table") << QStringLiteral("SELECT * FROM t FOR NO KEY UPDATE OF t SKIP LOCKED")
                                         << QStringLiteral("locks rows");
        QTest::newRow("INSERT in WITH") << QStringLiteral("WITH i AS (INSERT INTO t VALUES (1) RETURNING 1) TABLE i")
                                        << QStringLiteral("INSERT");
        QTest::newRow("UPDATE in WITH") << QStringLiteral("WITH u AS (UPDATE t SET a = 1 RETURNING 1) SELECT 1")
                                        << QStringLiteral("UPDATE");
        QTest::newRow("SELECT INTO TEMP")
            << QStringLiteral("SELECT 1 INTO TEMP x") << QStringLiteral("creates a table");
        QTest::newRow("CREATE TABLE AS") << QStringLiteral("CREATE TABLE x AS SELECT 1") << QStringLiteral("CREATE");
        QTest::newRow("statement after a comment")
            << QStringLiteral("/* SELECT */ DELETE FROM t") << QStringLiteral("DELETE writes");
        QTest::newRow("second statement after a comment")
            << QStringLiteral("SELECT 1 -- ;\n; DELETE FROM t") << QStringLiteral("more than one");
        QTest::newRow("COPY") << QStringLiteral("COPY t FROM '/etc/passwd'") << QStringLiteral("COPY");
        QTest::newRow("COPY query TO PROGRAM")
            << QStringLiteral("COPY (SELECT 1) TO PROGRAM 'id'") << QStringLiteral("runs a program");
        QTest::newRow("DO") << QStringLiteral("DO LANGUAGE plpgsql $$ BEGIN NULL; END $$") << QStringLiteral("DO");
        QTest::newRow("START TRANSACTION") << QStringLiteral("START TRANSACTION READ WRITE") << QStringLiteral("START");
        QTest::newRow("RESET") << QStringLiteral("RESET ALL") << QStringLiteral("RESET");
        QTest::newRow("LOCK") << QStringLiteral("LOCK TABLE t") << QStringLiteral("LOCK");
        QTest::newRow("ANALYZE") << QStringLiteral("ANALYZE t") << QStringLiteral("ANALYZE changes");
        QTest::newRow("GRANT") << QStringLiteral("GRANT ALL ON t TO PUBLIC") << QStringLiteral("GRANT changes");
        QTest::newRow("NUL") << QStringLiteral("SELECT 1") + QChar(0) + QStringLiteral("; DROP TABLE t")
                             << QStringLiteral("NUL");
        QTest::newRow("unterminated string") << QStringLiteral("SELECT 'a") << QStringLiteral("unterminated");
        QTest::newRow("unterminated dollar") << QStringLiteral("SELECT $x$ a") << QStringLiteral("unterminated");
    }
    void postgresRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, why);
        const auto checked = SqlGuard::check(sql);
        QVERIFY(!checked);
        QCOMPARE(checked.error().kind, Error::Kind::Refused);
        QVERIFY2(checked.error().message.contains(why), qPrintable(checked.error().message));
        QVERIFY(checked.error().message.contains(QLatin1String("refused")));
    }

    void analyzable()
    {
        QVERIFY(SqlGuard::checkAnalyzable(QStringLiteral("SELECT * FROM t ORDER BY a")));
        QVERIFY(SqlGuard::checkAnalyzable(QStringLiteral("WITH a AS (SELECT 1) SELECT * FROM a")));
        // nextval() is refused by the server's answer, not by its name (tst_query_safety).
        for (const char *sql :
             {"DELETE FROM t", "SHOW all", "EXPLAIN SELECT 1", "SELECT 1; SELECT 2", "SELECT * FROM t FOR SHARE"}) {
            const auto checked = SqlGuard::checkAnalyzable(QLatin1String(sql));
            QVERIFY2(!checked && checked.error().kind == Error::Kind::Refused, sql);
        }
        QVERIFY(!SqlGuard::check(QStringLiteral("  ")));
    }

    void clickHouse()
    {
        for (const char *sql : {"SELECT count() FROM system.parts", "SHOW TABLES", "DESCRIBE TABLE t", "EXISTS TABLE t",
                                "SELECT 'a\\'; DROP TABLE t'", "SELECT `we;ird` FROM t # ; DROP\n"}) {
            const auto checked = ClickHouseGuard::check(QLatin1String(sql));
            QVERIFY2(checked, sql);
        }
        for (const char *sql :
             {"INSERT INTO t VALUES (1)", "DROP TABLE t", "ALTER TABLE t DELETE WHERE 1", "OPTIMIZE TABLE t",
              "SYSTEM FLUSH LOGS", "KILL QUERY WHERE 1", "SELECT 1 INTO OUTFILE 'x'", "SELECT 1; SELECT 2",
              "RENAME TABLE a TO b", "SET readonly = 0"}) {
            const auto checked = ClickHouseGuard::check(QLatin1String(sql));
            QVERIFY2(!checked && checked.error().kind == Error::Kind::Refused, sql);
        }
    }

    void redisPolicy_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("why");
        QTest::newRow("GET") << QStringLiteral("get a") << true << QString();
        QTest::newRow("INFO") << QStringLiteral("INFO memory") << true << QString();
        QTest::newRow("SCAN") << QStringLiteral("SCAN 0 MATCH s:* COUNT 10") << true << QString();
        QTest::newRow("SLOWLOG GET") << QStringLiteral("slowlog get 10") << true << QString();
        QTest::newRow("CONFIG GET") << QStringLiteral("CONFIG GET maxmemory") << true << QString();
        QTest::newRow("CLIENT LIST") << QStringLiteral("CLIENT LIST") << true << QString();
        QTest::newRow("SET") << QStringLiteral("SET a b") << false << QStringLiteral("writes");
        QTest::newRow("DEL") << QStringLiteral("DEL a") << false << QStringLiteral("deletes");
        QTest::newRow("FLUSHALL") << QStringLiteral("FLUSHALL ASYNC") << false << QStringLiteral("every key");
        QTest::newRow("FLUSHDB") << QStringLiteral("flushdb") << false << QStringLiteral("every key");
        QTest::newRow("CONFIG SET") << QStringLiteral("config set maxmemory 1") << false
                                    << QStringLiteral("configuration");
        QTest::newRow("SLOWLOG RESET") << QStringLiteral("SLOWLOG RESET") << false << QStringLiteral("SLOWLOG RESET");
        QTest::newRow("CLIENT KILL") << QStringLiteral("CLIENT KILL ID 5") << false << QStringLiteral("other clients");
        QTest::newRow("SHUTDOWN") << QStringLiteral("SHUTDOWN NOSAVE") << false << QStringLiteral("server's state");
        QTest::newRow("EVAL") << QStringLiteral("EVAL x 0") << false << QStringLiteral("script");
        QTest::newRow("KEYS") << QStringLiteral("KEYS *") << false << QStringLiteral("blocks");
        QTest::newRow("AUTH") << QStringLiteral("AUTH x") << false << QStringLiteral("connection");
        QTest::newRow("unknown") << QStringLiteral("FOO") << false << QStringLiteral("only read");
    }
    void redisPolicy()
    {
        QFETCH(QString, command);
        QFETCH(bool, allowed);
        QFETCH(QString, why);
        QList<QByteArray> arguments;
        const QStringList words = *ViewQuery::split(command);
        for (const QString &word : words)
            arguments.append(word.toUtf8());
        const auto checked = RedisCommandPolicy::check(arguments);
        QCOMPARE(bool(checked), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().kind, Error::Kind::Refused);
            QVERIFY2(checked.error().message.contains(why), qPrintable(checked.error().message));
        }
    }

    void respInPieces()
    {
        const QByteArray stream = "+OK\r\n-ERR no\r\n:42\r\n$5\r\nhe\r\no\r\n$-1\r\n*2\r\n*1\r\n:1\r\n$0\r\n\r\n";
        RespReader reader;
        QList<RespValue> values;
        // One byte at a time: every split point must work.
        for (char byte : stream) {
            reader.feed(QByteArray(1, byte));
            while (auto value = reader.next())
                values.append(*value);
        }
        QCOMPARE(values.size(), 6);
        QCOMPARE(values.at(0).type, RespValue::Type::Simple);
        QVERIFY(values.at(1).isError());
        QCOMPARE(values.at(2).integer, 42);
        QCOMPARE(values.at(3).text, QByteArray("he\r\no"));
        QCOMPARE(values.at(4).type, RespValue::Type::Null);
        QCOMPARE(values.at(5).items.size(), 2);
        QCOMPARE(values.at(5).items.at(0).items.at(0).integer, 1);
        QCOMPARE(values.at(5).items.at(1).text, QByteArray());
        QVERIFY(!reader.malformed());

        RespReader broken;
        broken.feed("?what\r\n");
        QVERIFY(!broken.next());
        QVERIFY(broken.malformed());
        QCOMPARE(RespReader::encode({"GET", "a b"}), QByteArray("*2\r\n$3\r\nGET\r\n$3\r\na b\r\n"));
    }

    void respReplyPastTheCapIsOverrun()
    {
        // Decided on the announced length: not one byte of the value is kept.
        RespReader huge;
        huge.feed("$" + QByteArray::number(RespReader::kMaxBulk + 1) + "\r\nxxxx");
        QVERIFY(!huge.next());
        QVERIFY(huge.overrun());
        QVERIFY(!huge.malformed());
        RespReader atCap;
        atCap.feed("$" + QByteArray::number(RespReader::kMaxBulk) + "\r\nxxxx");
        QVERIFY(!atCap.next());
        QVERIFY(!atCap.overrun());
        // Many values of allowed size add up: the buffer itself is capped.
        const qint64 cap = 1 << 20;
        RespReader many(cap);
        many.feed("*1000\r\n");
        const QByteArray value = "$" + QByteArray::number(cap / 8) + "\r\n" + QByteArray(cap / 8, 'x') + "\r\n";
        for (int fed = 0; fed < 100 && !many.overrun(); ++fed)
            many.feed(value);
        QVERIFY(many.overrun());
        QVERIFY(!many.next());
    }

    void addressesAreShownWithoutPasswords_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("carries");
        QTest::newRow("url user info") << QStringLiteral("http://u:Pw-7qz@host:9090/x") << true;
        QTest::newRow("malformed url") << QStringLiteral("redis://u:Pw-7qz@host:http/0") << true;
        QTest::newRow("password only") << QStringLiteral("redis://:Pw-7qz@host") << true;
        QTest::newRow("query") << QStringLiteral("http://host:8123/?user=a&password=Pw-7qz&x=1") << true;
        QTest::newRow("dsn keyword") << QStringLiteral("host=h password=Pw-7qz dbname=d") << true;
        QTest::newRow("dsn quoted") << QStringLiteral("host=h password = 'Pw-7qz x' dbname=d") << true;
        QTest::newRow("qt error text") << QStringLiteral("Error transferring http://u:Pw-7qz@h/ - server replied")
                                       << true;
        QTest::newRow("user only") << QStringLiteral("postgresql://reader@host/db") << false;
        QTest::newRow("no secret") << QStringLiteral("http://host:9090/Pw-7qz") << false;
    }

    void addressesAreShownWithoutPasswords()
    {
        QFETCH(QString, address);
        QFETCH(bool, carries);
        QCOMPARE(AddressRedaction::carriesPassword(address), carries);
        if (carries)
            QVERIFY2(!AddressRedaction::redact(address).contains(QLatin1String("Pw-7qz")),
                     qPrintable(AddressRedaction::redact(address)));
        else
            QVERIFY(AddressRedaction::redact(address).contains(QLatin1String("host")));
    }

    void viewQueries()
    {
        const auto view = ViewQuery::parse(QStringLiteral(" @keys-without-ttl \"session:*\" limit=50 value=with_ttl"));
        QVERIFY(view && *view);
        QCOMPARE((*view)->name, QStringLiteral("keys-without-ttl"));
        QCOMPARE((*view)->arguments, QStringList{QStringLiteral("session:*")});
        QCOMPARE((*view)->count(QStringLiteral("limit"), 1), 50);
        QCOMPARE((*view)->valueColumn(), QStringLiteral("with_ttl"));
        QVERIFY(!ViewQuery::parse(QStringLiteral("SELECT 1")));
        const auto broken = ViewQuery::parse(QStringLiteral("@x \"open"));
        QVERIFY(broken && !*broken);
    }

    void postgresDsn()
    {
        const auto uri = PostgresSettings::fromDsn(
            QStringLiteral("postgresql://reader:p%40ss@db.example:6432/shop?sslmode=verify-full&connect_timeout=3"));
        QVERIFY(uri);
        QCOMPARE(uri->host, QStringLiteral("db.example"));
        QCOMPARE(uri->port, 6432);
        QCOMPARE(uri->user, QStringLiteral("reader"));
        QCOMPARE(uri->password, QStringLiteral("p@ss"));
        QCOMPARE(uri->database, QStringLiteral("shop"));
        QCOMPARE(uri->connectTimeoutS, 3);
        QCOMPARE(uri->location(), QStringLiteral("postgresql://reader@db.example:6432/shop"));
        QVERIFY(uri->connectOptions().contains(QLatin1String("sslmode=verify-full")));
        // Weaker than verify-full is refused, naming the key (tst_sqlguard tests the rest of TLS).
        const auto weak = PostgresSettings::fromDsn(
            QStringLiteral("postgresql://reader@db.example:6432/shop?sslmode=require&connect_timeout=3"));
        QVERIFY(!weak && weak.error().message.contains(QLatin1String("sslmode=require")));
        QVERIFY(uri->connectOptions().contains(QLatin1String("default_transaction_read_only=on")));

        const auto keywords = PostgresSettings::fromDsn(
            QStringLiteral("host=127.0.0.1 port=5433 dbname=lotse user=me password='a b\\'c'"));
        QVERIFY(keywords);
        QCOMPARE(keywords->port, 5433);
        QCOMPARE(keywords->password, QStringLiteral("a b'c"));
        QVERIFY(!PostgresSettings::fromDsn(QStringLiteral("port=x")));
        QVERIFY(!PostgresSettings::fromDsn(QStringLiteral("host=a options='-c x=y'")));
    }

    void redisAndClickHouseUrls()
    {
        const auto redis = RedisSettings::fromUrl(QStringLiteral("redis://lotse:secret@127.0.0.1:6380/2"));
        QVERIFY(redis);
        QCOMPARE(redis->user, QStringLiteral("lotse"));
        QCOMPARE(redis->password, QStringLiteral("secret"));
        QCOMPARE(redis->port, quint16(6380));
        QCOMPARE(redis->database, 2);
        QCOMPARE(redis->location(), QStringLiteral("redis://lotse@127.0.0.1:6380/2"));
        const auto passwordOnly = RedisSettings::fromUrl(QStringLiteral("redis://:secret@host"));
        QVERIFY(passwordOnly && passwordOnly->user.isEmpty() && passwordOnly->password == QLatin1String("secret"));
        QVERIFY(!RedisSettings::fromUrl(QStringLiteral("http://host")));

        const auto clickhouse
            = ClickHouseSettings::fromUrl(QStringLiteral("http://host:8123/?user=web&password=pw&database=logs"));
        QVERIFY(clickhouse);
        QCOMPARE(clickhouse->user, QStringLiteral("web"));
        QCOMPARE(clickhouse->password, QStringLiteral("pw"));
        QCOMPARE(clickhouse->database, QStringLiteral("logs"));
        QCOMPARE(clickhouse->url.toString(), QStringLiteral("http://host:8123/"));
        QVERIFY(!clickhouse->location().contains(QLatin1String("pw")));
        QVERIFY(!ClickHouseSettings::fromUrl(QStringLiteral("http://host:8123/?readonly=0")));
    }
};

QTEST_GUILESS_MAIN(TestQueryGuards)
#include "tst_query_guards.moc"
