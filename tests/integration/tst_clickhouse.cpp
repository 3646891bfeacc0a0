// ClickHouseSource against Debian's ClickHouse server (18.16, started by
// tests/servers/clickhouse.sh): the version decides how query_log.type is
// read, the slow query the test ran tops the slow list, a running query shows
// in system.processes, table sizes come from system.parts, every request
// carries readonly=1, and failures name their cause.
#include "dbsupport.h"

#include "sources/clickhouse/clickhousesource.h"

#include <QUuid>

using namespace lotse;
using namespace lotse::test;

class TestClickHouse final : public QObject
{
    Q_OBJECT

private:
    /// Hashes 10^11 numbers: minutes of work that max_execution_time ends.
    const QString kHeavy = QStringLiteral(
        "SELECT count() FROM (SELECT number FROM system.numbers LIMIT 100000000000) WHERE NOT ignore(sipHash64(number))");
    QString m_dir;
    ClickHouseSettings m_settings;

    Table list(ClickHouseSource &source, const QString &view)
    {
        const auto result = await(source.list(view));
        if (!result)
            qWarning("%s: %s", qPrintable(view), qPrintable(result.error().message));
        return result ? result->table : Table{};
    }

    static bool anyQueryContains(const Table &table, const QString &marker)
    {
        for (qsizetype row = 0; row < table.rows.size(); ++row) {
            if (cell(table, row, QStringLiteral("query")).toString().contains(marker))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/clickhouse");
        const auto parsed
            = ClickHouseSettings::fromUrl(fixtureValue(QStringLiteral("clickhouse"), QStringLiteral("url")));
        QVERIFY2(parsed, "the ClickHouse fixture did not start (install clickhouse-server)");
        m_settings = *parsed;
        m_settings.password = readLine(m_dir + QStringLiteral("/password"));
    }

    void versionDecidesQueryLogType()
    {
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        const auto version = await(source.serverVersion());
        QVERIFY2(version, qPrintable(why(version)));
        qInfo("ClickHouse %s", qPrintable(version->text));
        // What the server really has, asked behind Lotse's back.
        // query_log exists once the server first flushed it (every 500 ms here).
        const QString columnType = QStringLiteral(
            "SELECT type FROM system.columns WHERE database = 'system' AND table = 'query_log' AND name = 'type'");
        QTRY_VERIFY_WITH_TIMEOUT(!adminClickHouse(m_dir, columnType).out.trimmed().isEmpty(), 20000);
        const QByteArray column = adminClickHouse(m_dir, columnType).out.trimmed();
        QCOMPARE(ClickHouseSource::numericQueryLogType(version->text), !column.startsWith("Enum"));
        QVERIFY(ClickHouseSource::numericQueryLogType(QStringLiteral("18.16.1")));
        QVERIFY(!ClickHouseSource::numericQueryLogType(QStringLiteral("23.8.2.7")));
        QVERIFY(ClickHouseSource::viewSql({QStringLiteral("slow-queries"), {}, {}}, QStringLiteral("18.16.1"))
                    .contains(QLatin1String("type = 2")));
        QVERIFY(ClickHouseSource::viewSql({QStringLiteral("slow-queries"), {}, {}}, QStringLiteral("24.3.1"))
                    .contains(QLatin1String("'QueryFinish'")));
    }

    void slowQueryTopsTheList()
    {
        const QString marker = QStringLiteral("lotse-slow-") + QUuid::createUuid().toString(QUuid::Id128);
        QElapsedTimer clock;
        clock.start();
        const Run slow = adminClickHouse(
            m_dir, QStringLiteral("SELECT sleepEachRow(0.3), '%1' FROM system.numbers LIMIT 5").arg(marker));
        QVERIFY2(slow.exitCode == 0, slow.err.constData());
        qInfo("the slow query took %lld ms", clock.elapsed());
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        // query_log is flushed every 500 ms (the fixture's configuration).
        QTRY_VERIFY_WITH_TIMEOUT(cell(list(source, QStringLiteral("slow-queries limit=5")), 0, QStringLiteral("query"))
                                     .toString()
                                     .contains(marker),
                                 20000);
        const Table slowest = list(source, QStringLiteral("slow-queries limit=5"));
        QVERIFY(cell(slowest, 0, QStringLiteral("query_duration_ms")).toLongLong() >= 1500);
        QCOMPARE(cell(slowest, 0, QStringLiteral("user")).toString(), QStringLiteral("default"));
    }

    void runningQueryShows()
    {
        const QString marker = QStringLiteral("lotse-running-") + QUuid::createUuid().toString(QUuid::Id128);
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("-u"),
                    QStringLiteral("default:") + m_settings.password, QStringLiteral("--data-binary"),
                    QStringLiteral("SELECT sleepEachRow(0.5), '%1' FROM system.numbers LIMIT 12").arg(marker),
                    // One row a block: sleepEachRow sleeps at most 3 s a block.
                    m_settings.url.toString() + QStringLiteral("?max_block_size=1")});
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        QTRY_VERIFY_WITH_TIMEOUT(anyQueryContains(list(source, QStringLiteral("running-queries")), marker), 10000);
        const Table running = list(source, QStringLiteral("running-queries"));
        QVERIFY(cell(running, 0, QStringLiteral("elapsed")).toDouble() > 0);
        QVERIFY(!anyQueryContains(running, QStringLiteral("system.processes")));
        curl.kill();
        curl.waitForFinished();
    }

    void tableSizes()
    {
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        const Table sizes = list(source, QStringLiteral("table-sizes"));
        const qsizetype events = rowWhere(sizes, QStringLiteral("table"), QStringLiteral("events"));
        QVERIFY(events >= 0);
        QCOMPARE(cell(sizes, events, QStringLiteral("database")).toString(), QStringLiteral("lotse"));
        QCOMPARE(cell(sizes, events, QStringLiteral("rows")).toLongLong(), 100000LL);
        QVERIFY(cell(sizes, events, QStringLiteral("bytes")).toLongLong() > 0);
        QVERIFY(cell(sizes, events, QStringLiteral("parts")).toLongLong() >= 1);
    }

    void sqlAnswersTypedTable()
    {
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        const auto result = await(source.instant(
            QStringLiteral(
                "SELECT kind, count() AS n, max(value) AS top FROM lotse.events GROUP BY kind ORDER BY kind"),
            {}));
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(result->table.rows.size(), qsizetype(7));
        // count() is a UInt64 the server quotes; it arrives as a number all the same.
        QCOMPARE(result->series.size(), size_t(7));
        double total = 0;
        for (const Series &series : result->series)
            total += series.values.front();
        QCOMPARE(total, 100000.0);
        QCOMPARE(result->series.front().labels.value(QStringLiteral("kind")), QStringLiteral("kind0"));
    }

    void requestsCarryReadonly()
    {
        const QString marker = QStringLiteral("lotse-readonly-") + QUuid::createUuid().toString(QUuid::Id128);
        ClickHouseSource source(QStringLiteral("olap"), m_settings);
        QVERIFY(await(source.instant(QStringLiteral("SELECT '%1'").arg(marker), {})));
        // The server's own record of the request's settings.
        QTRY_COMPARE_WITH_TIMEOUT(
            adminClickHouse(
                m_dir,
                QStringLiteral("SELECT Settings.Values[indexOf(Settings.Names, 'readonly')] FROM system.query_log "
                               "WHERE query LIKE '%%1%' AND query NOT LIKE '%%system.query_log%%' AND type = 2 LIMIT 1")
                    .arg(marker))
                .out.trimmed(),
            QByteArray("1"), 20000);
    }

    void timeoutCutsOff()
    {
        ClickHouseSettings quick = m_settings;
        quick.timeoutMs = 1000;
        ClickHouseSource source(QStringLiteral("olap"), quick);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(source.instant(kHeavy, {}));
        qInfo("a query of many minutes was cut off after %lld ms", clock.elapsed());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("max_execution_time")),
                 qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 6000);
    }

    void endlessResultIsCapped()
    {
        const QString rows = QStringLiteral("SELECT count() FROM lotse.events");
        const QByteArray before = adminClickHouse(m_dir, rows).out;
        ClickHouseSettings capped = m_settings;
        capped.maxResultRows = 100000;
        ClickHouseSource source(QStringLiteral("olap"), capped);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(source.instant(QStringLiteral("SELECT number FROM system.numbers"), {}));
        qInfo("an endless result ended after %lld ms", clock.elapsed());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY2(result.error().message.contains(QLatin1String("max_result_rows")), qPrintable(result.error().message));
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY(!before.isEmpty());
        QCOMPARE(adminClickHouse(m_dir, rows).out, before);
    }

    void answerLargerThanTheBodyCapIsRefused()
    {
        ClickHouseSettings capped = m_settings;
        capped.maxBodyBytes = 1 << 20;
        ClickHouseSource source(QStringLiteral("olap"), capped);
        const auto result = await(source.instant(QStringLiteral("SELECT number FROM system.numbers LIMIT 500000"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Refused);
        QVERIFY2(result.error().message.contains(QLatin1String("max_body_mb")), qPrintable(result.error().message));
    }

    void wrongPassword()
    {
        ClickHouseSettings wrong = m_settings;
        wrong.password = QStringLiteral("wrong");
        ClickHouseSource source(QStringLiteral("olap"), wrong);
        const auto result = await(source.instant(QStringLiteral("SELECT 1"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
        QVERIFY(result.error().message.contains(QLatin1String("password"), Qt::CaseInsensitive));
    }

    void serverDown()
    {
        ClickHouseSettings down = m_settings;
        down.url.setPort(closedPort());
        ClickHouseSource source(QStringLiteral("olap"), down);
        const auto result = await(source.list(QStringLiteral("slow-queries")));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::ConnectionRefused);
    }

    void serverKilledMidQuery()
    {
        OwnServer server(QStringLiteral("clickhouse"));
        QVERIFY2(server.started(), server.log().constData());
        auto own = ClickHouseSettings::fromUrl(server.value(QStringLiteral("url")));
        QVERIFY(own);
        own->password = server.value(QStringLiteral("password"));
        own->timeoutMs = 30000;
        ClickHouseSource source(QStringLiteral("olap"), *own);
        QueryReply *reply = source.instant(kHeavy, {});
        QTRY_VERIFY_WITH_TIMEOUT(
            adminClickHouse(
                server.dir(),
                QStringLiteral(
                    "SELECT count() FROM system.processes WHERE query LIKE '%sipHash64%' AND query NOT LIKE '%system.processes%'"))
                    .out.trimmed()
                == "1",
            20000);
        QVERIFY(signalProcess(server.pid(), "KILL"));
        const auto result = await(reply, 20000);
        QVERIFY(!result);
        // Qt's HTTP stack may send the request once more on a fresh connection
        // when the old one drops before the answer; that one is then refused.
        QVERIFY2((result.error().kind == Error::Kind::Network
                  && result.error().message.contains(QLatin1String("closed the connection")))
                     || (result.error().kind == Error::Kind::ConnectionRefused
                         && result.error().message.contains(QLatin1String("no server is listening"))),
                 qPrintable(why(result)));
    }
};

QTEST_GUILESS_MAIN(TestClickHouse)
#include "tst_clickhouse.moc"
