// RedisSource against a real Redis 7 (tests/servers/redis.sh): keys without a
// TTL counted exactly, INFO parsed in every section after redis-benchmark
// load, the slow log, AUTH with and without a user, and failures that name
// their cause.
#include "dbsupport.h"

#include "sources/redis/redissource.h"

using namespace lotse;
using namespace lotse::test;

class TestRedis final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    RedisSettings m_admin;

    Table query(RedisSource &source, const QString &text)
    {
        const auto result = await(source.instant(text, {}));
        if (!result)
            qWarning("%s: %s", qPrintable(text), qPrintable(result.error().message));
        return result ? result->table : Table{};
    }

    /// The value of @p field in an @info table.
    static QVariant infoValue(const Table &info, const QString &field)
    {
        return cell(info, rowWhere(info, QStringLiteral("field"), field), QStringLiteral("value"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/redis");
        const auto parsed = RedisSettings::fromUrl(fixtureValue(QStringLiteral("redis"), QStringLiteral("url")));
        QVERIFY2(parsed, "the Redis fixture did not start (install redis-server and redis-tools)");
        m_admin = *parsed;
        m_admin.password = readLine(m_dir + QStringLiteral("/password"));
    }

    void serverVersion()
    {
        RedisSource source(QStringLiteral("cache"), m_admin);
        const auto version = await(source.serverVersion());
        QVERIFY2(version, qPrintable(why(version)));
        QVERIFY2(version->text.startsWith(QLatin1String("7.")), qPrintable(version->text));
    }

    void keysWithoutTtlCountedExactly()
    {
        RedisSource source(QStringLiteral("cache"), m_admin);
        const auto result = await(source.instant(QStringLiteral("@keys-without-ttl session:*"), {}));
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(cell(result->table, 0, QStringLiteral("without_ttl")).toLongLong(), 25LL);
        QCOMPARE(cell(result->table, 0, QStringLiteral("with_ttl")).toLongLong(), 40LL);
        QCOMPARE(cell(result->table, 0, QStringLiteral("sampled")).toLongLong(), 65LL);
        QCOMPARE(cell(result->table, 0, QStringLiteral("complete")).toBool(), true);
        // A check reduces the count of keys without TTL.
        QCOMPARE(result->series.size(), size_t(1));
        QCOMPARE(result->series.front().values.front(), 25.0);
        QVERIFY(result->warnings.isEmpty());

        // The cache keys have no TTL either, but they are not sessions.
        const Table cache = query(source, QStringLiteral("@keys-without-ttl cache:*"));
        QCOMPARE(cell(cache, 0, QStringLiteral("without_ttl")).toLongLong(), 30LL);
    }

    void scanSampleIsBounded()
    {
        RedisSource source(QStringLiteral("cache"), m_admin);
        const auto result = await(source.instant(QStringLiteral("@keys-without-ttl session:* limit=10"), {}));
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(cell(result->table, 0, QStringLiteral("sampled")).toLongLong(), 10LL);
        QCOMPARE(cell(result->table, 0, QStringLiteral("complete")).toBool(), false);
        QCOMPARE(result->warnings.size(), 1);
    }

    void infoAfterBenchmarkLoad()
    {
        const Run before = adminRedis(m_dir, {QStringLiteral("INFO"), QStringLiteral("commandstats")});
        QElapsedTimer clock;
        clock.start();
        const Run load
            = run(QStringLiteral("redis-benchmark"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   readLine(m_dir + QStringLiteral("/port")), QStringLiteral("--user"), QStringLiteral("default"),
                   QStringLiteral("-a"), m_admin.password, QStringLiteral("-n"), QStringLiteral("5000"),
                   QStringLiteral("-c"), QStringLiteral("4"), QStringLiteral("-t"), QStringLiteral("set,get"),
                   QStringLiteral("-r"), QStringLiteral("1000"), QStringLiteral("-q")});
        QVERIFY2(load.exitCode == 0, load.err.constData());
        qInfo("redis-benchmark (10,000 requests) took %lld ms", clock.elapsed());

        RedisSource source(QStringLiteral("cache"), m_admin);
        const Table info = query(source, QStringLiteral("@info"));
        QStringList sections;
        for (qsizetype row = 0; row < info.rows.size(); ++row) {
            const QString section = cell(info, row, QStringLiteral("section")).toString();
            if (!sections.contains(section))
                sections.append(section);
        }
        for (const char *section : {"server", "clients", "memory", "persistence", "stats", "replication", "cpu",
                                    "commandstats", "keyspace"}) {
            QVERIFY2(sections.contains(QLatin1String(section)), section);
        }
        QVERIFY(infoValue(info, QStringLiteral("cmdstat_get.calls")).toLongLong() >= 5000);
        QVERIFY(infoValue(info, QStringLiteral("db0.keys")).toLongLong() >= 95);
        QCOMPARE(infoValue(info, QStringLiteral("redis_version")).toString().left(2), QStringLiteral("7."));

        const auto overview = await(source.instant(QStringLiteral("@overview value=hit_ratio"), {}));
        QVERIFY(overview);
        const Table &row = overview->table;
        QVERIFY(cell(row, 0, QStringLiteral("keyspace_hits")).toLongLong() > 0);
        const double ratio = cell(row, 0, QStringLiteral("hit_ratio")).toDouble();
        QVERIFY(ratio > 0 && ratio <= 1);
        QCOMPARE(overview->series.front().values.front(), ratio);
        QVERIFY(cell(row, 0, QStringLiteral("used_memory")).toLongLong() > 0);
        QCOMPARE(cell(row, 0, QStringLiteral("maxmemory")).toLongLong(), 0LL);
        // No memory limit: the share of it is unknown, not zero.
        QVERIFY(cell(row, 0, QStringLiteral("memory_used_ratio")).isNull());
        QVERIFY(cell(row, 0, QStringLiteral("connected_clients")).toLongLong() >= 1);
        QCOMPARE(cell(row, 0, QStringLiteral("blocked_clients")).toLongLong(), 0LL);
        QVERIFY(row.columns.contains(QStringLiteral("evicted_keys")));
        QVERIFY(row.columns.contains(QStringLiteral("expired_keys")));
        QVERIFY(!before.out.isEmpty());
    }

    void slowlog()
    {
        QCOMPARE(adminRedis(m_dir, {QStringLiteral("SLOWLOG"), QStringLiteral("RESET")}).exitCode, 0);
        QCOMPARE(adminRedis(m_dir, {QStringLiteral("DEBUG"), QStringLiteral("SLEEP"), QStringLiteral("0.05")}).exitCode,
                 0);
        RedisSource source(QStringLiteral("cache"), m_admin);
        const Table log = query(source, QStringLiteral("@slowlog 10"));
        QVERIFY(!log.rows.isEmpty());
        QCOMPARE(cell(log, 0, QStringLiteral("command")).toString(), QStringLiteral("DEBUG SLEEP 0.05"));
        QVERIFY(cell(log, 0, QStringLiteral("duration_ms")).toDouble() >= 50);
        QVERIFY(cell(log, 0, QStringLiteral("time")).toDateTime().isValid());
        // The raw command answers the same entries.
        QCOMPARE(query(source, QStringLiteral("SLOWLOG GET 10")).rows.size(), log.rows.size());
    }

    void commandsAnswerTables()
    {
        RedisSource source(QStringLiteral("cache"), m_admin);
        QCOMPARE(cell(query(source, QStringLiteral("GET session:41")), 0, QStringLiteral("value")).toString(),
                 QStringLiteral("user41"));
        QCOMPARE(cell(query(source, QStringLiteral("TTL session:41")), 0, QStringLiteral("value")).toLongLong(), -1LL);
        const Table config = query(source, QStringLiteral("CONFIG GET slowlog-max-len"));
        QCOMPARE(cell(config, 0, QStringLiteral("value")).toLongLong(), 128LL);
        const auto missing = await(source.instant(QStringLiteral("GET no-such-key"), {}));
        QVERIFY(missing);
        QVERIFY(missing->table.rows.isEmpty());
    }

    void largeValueEndsFastWithBoundedMemory()
    {
        // 300 MB, made on the server: a Lua string, so the test sends no such value itself.
        const Run made = adminRedis(m_dir,
                                    {QStringLiteral("EVAL"),
                                     QStringLiteral("return redis.call('SET', KEYS[1], string.rep('x', 300000000))"),
                                     QStringLiteral("1"), QStringLiteral("lotse:huge")});
        QVERIFY2(made.out.contains("OK"), made.out + made.err);
        RedisSource source(QStringLiteral("cache"), m_admin);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(source.instant(QStringLiteral("GET lotse:huge"), {}));
        qInfo("a 300 MB value was refused after %lld ms", clock.elapsed());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY2(result.error().message.contains(QLatin1String("MiB")), qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 15000); // it took 53 s and 5.3 GB before the cap
        // The key is intact, and the connection answers again afterwards.
        QCOMPARE(adminRedis(m_dir, {QStringLiteral("STRLEN"), QStringLiteral("lotse:huge")}).out.trimmed(),
                 QByteArray("300000000"));
        QCOMPARE(cell(query(source, QStringLiteral("GET session:41")), 0, QStringLiteral("value")).toString(),
                 QStringLiteral("user41"));
        adminRedis(m_dir, {QStringLiteral("DEL"), QStringLiteral("lotse:huge")});
    }

    void authWithUser()
    {
        RedisSettings reader = m_admin;
        reader.user = QStringLiteral("lotse");
        reader.password = readLine(m_dir + QStringLiteral("/reader-password"));
        RedisSource source(QStringLiteral("cache"), reader);
        const auto size = await(source.instant(QStringLiteral("DBSIZE"), {}));
        QVERIFY2(size, qPrintable(why(size)));
        QVERIFY(size->series.front().values.front() >= 95);
        QCOMPARE(source.location(), QStringLiteral("redis://lotse@127.0.0.1:%1/0").arg(reader.port));
    }

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("password alone") << QString() << QStringLiteral("wrong");
        QTest::newRow("user and password") << QStringLiteral("lotse") << QStringLiteral("wrong");
        QTest::newRow("no password") << QString() << QString();
    }
    void wrongPassword()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        RedisSettings wrong = m_admin;
        wrong.user = user;
        wrong.password = password;
        RedisSource source(QStringLiteral("cache"), wrong);
        const auto result = await(source.instant(QStringLiteral("DBSIZE"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(result.error().message.contains(QLatin1String("refused the login")),
                 qPrintable(result.error().message));
    }

    void serverDown()
    {
        RedisSettings down = m_admin;
        down.port = closedPort();
        RedisSource source(QStringLiteral("cache"), down);
        const auto result = await(source.instant(QStringLiteral("PING"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::ConnectionRefused);
    }

    void stalledThenKilledServer()
    {
        OwnServer server(QStringLiteral("redis"));
        QVERIFY2(server.started(), server.log().constData());
        auto own = RedisSettings::fromUrl(server.value(QStringLiteral("url")));
        QVERIFY(own);
        own->password = server.value(QStringLiteral("password"));
        own->timeoutMs = 1500;
        RedisSource source(QStringLiteral("cache"), *own);
        QVERIFY(await(source.instant(QStringLiteral("PING"), {})));

        // A server that stops answering: the deadline ends the wait.
        QVERIFY(signalProcess(server.pid(), "STOP"));
        QElapsedTimer clock;
        clock.start();
        const auto stalled = await(source.instant(QStringLiteral("DBSIZE"), {}));
        QVERIFY(!stalled);
        QCOMPARE(stalled.error().kind, Error::Kind::Timeout);
        QVERIFY(clock.elapsed() >= 1400 && clock.elapsed() < 5000);

        // A query in flight when the server is killed fails at once with the cause.
        own->timeoutMs = 30000;
        RedisSource patient(QStringLiteral("cache"), *own);
        QueryReply *reply = patient.instant(QStringLiteral("DBSIZE"), {});
        QSignalSpy finished(reply, &QueryReply::finished);
        QVERIFY(!finished.wait(300)); // the stopped server cannot answer
        QVERIFY(signalProcess(server.pid(), "KILL"));
        const auto killed = await(reply, 10000);
        QVERIFY(!killed);
        QCOMPARE(killed.error().kind, Error::Kind::Network);
        QVERIFY2(killed.error().message.contains(own->host), qPrintable(killed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRedis)
#include "tst_redis.moc"
