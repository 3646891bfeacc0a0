// PostgresSource against a real PostgreSQL 15 (tests/servers/postgres.sh):
// each built-in list shows what the test's own load created, the plan advisor
// gives each of its four kinds of advice on plans the server really makes, the
// statement timeout cuts a long statement off, failures name their cause, and
// a role that could write is known as such on connecting.
#include "dbsupport.h"
#include "../support/stallprobe.h"

#include "sources/postgres/planadvisor.h"
#include "sources/postgres/postgressource.h"

#include <QProcess>
#include <QTimer>

using namespace lotse;
using namespace lotse::test;

class TestPostgres final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    PostgresSettings m_reader;

    PostgresSettings settings() const { return m_reader; }

    Table list(PostgresSource &source, const QString &view)
    {
        const auto result = await(source.list(view));
        if (!result)
            qWarning("%s: %s", qPrintable(view), qPrintable(result.error().message));
        return result ? result->table : Table{};
    }

    QList<PlanAdvice::Kind> adviceKinds(const QueryReply::Result &result)
    {
        QList<PlanAdvice::Kind> kinds;
        if (!result)
            return kinds;
        for (const QVariantList &row : result->table.rows) {
            const QString id = row.value(result->table.columns.indexOf(QStringLiteral("kind"))).toString();
            for (auto kind : {PlanAdvice::Kind::SeqScan, PlanAdvice::Kind::NestedLoop, PlanAdvice::Kind::LargeSort,
                              PlanAdvice::Kind::HashJoinWithoutIndex}) {
                PlanAdvice probe;
                probe.kind = kind;
                if (probe.kindId() == id)
                    kinds.append(kind);
            }
        }
        return kinds;
    }

    /// A psql session of the superuser reading statements from its standard input.
    QProcess *session(const QString &applicationName)
    {
        auto *psql = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), readLine(m_dir + QStringLiteral("/admin-password")));
        env.insert(QStringLiteral("PGAPPNAME"), applicationName);
        psql->setProcessEnvironment(env);
        psql->start(QStringLiteral("psql"),
                    {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), readLine(m_dir + QStringLiteral("/port")), QStringLiteral("-U"),
                     QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("lotse")});
        psql->waitForStarted();
        return psql;
    }

    /// The pid of the backend serving @p applicationName once it is in @p state (a wait event type or "active").
    qint64 backendPid(const QString &applicationName, const QString &condition)
    {
        const Run found
            = adminPsql(m_dir,
                        QStringLiteral("SELECT pid FROM pg_stat_activity WHERE application_name = '%1' AND %2")
                            .arg(applicationName, condition));
        return found.out.trimmed().toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/postgres");
        const auto parsed = PostgresSettings::fromDsn(fixtureValue(QStringLiteral("postgres"), QStringLiteral("dsn")));
        QVERIFY2(parsed, "the PostgreSQL fixture did not start (install postgresql and postgresql-contrib)");
        m_reader = *parsed;
        m_reader.password = fixtureValue(QStringLiteral("postgres"), QStringLiteral("password"));
    }

    void serverVersion()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const auto version = await(source.serverVersion());
        QVERIFY2(version, qPrintable(why(version)));
        QVERIFY2(version->text.startsWith(QLatin1String("15")), qPrintable(version->text));
    }

    void privilegesOnConnecting()
    {
        PostgresSource reader(QStringLiteral("db"), settings());
        QVERIFY(await(reader.serverVersion()));
        QVERIFY(reader.privileges());
        QCOMPARE(reader.privileges()->role, QStringLiteral("lotse_reader"));
        QVERIFY(!reader.privileges()->canWrite());
        QVERIFY(reader.cautions().isEmpty());

        auto writing
            = PostgresSettings::fromDsn(fixtureValue(QStringLiteral("postgres"), QStringLiteral("writer-dsn")));
        QVERIFY(writing);
        writing->password = fixtureValue(QStringLiteral("postgres"), QStringLiteral("writer-password"));
        PostgresSource writer(QStringLiteral("db"), *writing);
        QSignalSpy cautions(&writer, &Source::cautionsChanged);
        QVERIFY(await(writer.instant(QStringLiteral("SELECT 1"), {})));
        QVERIFY(writer.privileges() && writer.privileges()->canWrite());
        const QStringList findings = writer.privileges()->findings();
        QVERIFY2(findings.contains(QStringLiteral("pg_signal_backend")), qPrintable(findings.join(u' ')));
        QVERIFY2(findings.contains(QStringLiteral("write:public.lotse_orders")), qPrintable(findings.join(u' ')));
        QCOMPARE(cautions.size(), 1);
        QVERIFY(writer.cautions().first().contains(QLatin1String("lotse_writer")));
    }

    void sqlAnswersTableAndSeries()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const auto result
            = await(source.instant(QStringLiteral("SELECT relname AS name, n_live_tup AS live FROM pg_stat_user_tables "
                                                  "WHERE relname IN ('lotse_orders', 'pgbench_accounts') ORDER BY 1"),
                                   {}));
        QVERIFY2(result, qPrintable(why(result)));
        QCOMPARE(result->type, QueryResult::Type::Table);
        QCOMPARE(result->table.columns, (QStringList{QStringLiteral("name"), QStringLiteral("live")}));
        QCOMPARE(result->series.size(), size_t(2));
        QCOMPARE(result->series.at(0).labels.value(QStringLiteral("name")), QStringLiteral("lotse_orders"));
        QCOMPARE(result->series.at(0).values.front(), 50000.0);
        QCOMPARE(result->series.at(1).values.front(), 100000.0);
    }

    void slowStatementTopsTheList()
    {
        QCOMPARE(adminPsql(m_dir, QStringLiteral("SELECT pg_stat_statements_reset()")).exitCode, 0);
        QElapsedTimer clock;
        clock.start();
        const Run load = runWith(QStringLiteral("pgbench"),
                                 {QStringLiteral("-n"), QStringLiteral("-c"), QStringLiteral("2"), QStringLiteral("-t"),
                                  QStringLiteral("300"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                  QStringLiteral("-p"), readLine(m_dir + QStringLiteral("/port")), QStringLiteral("-U"),
                                  QStringLiteral("postgres"), QStringLiteral("lotse")},
                                 {QStringLiteral("PGPASSWORD=") + readLine(m_dir + QStringLiteral("/admin-password"))});
        QVERIFY2(load.exitCode == 0, load.err.constData());
        QCOMPARE(adminPsql(m_dir, QStringLiteral("SELECT pg_sleep(1.2), 'lotse-slow-statement'")).exitCode, 0);
        qInfo("pgbench and the slow statement took %lld ms", clock.elapsed());

        PostgresSource source(QStringLiteral("db"), settings());
        const Table top = list(source, QStringLiteral("top-statements"));
        QVERIFY(top.rows.size() >= 5);
        QVERIFY2(cell(top, 0, QStringLiteral("query")).toString().contains(QLatin1String("pg_sleep")),
                 qPrintable(cell(top, 0, QStringLiteral("query")).toString()));
        QVERIFY(cell(top, 0, QStringLiteral("mean_ms")).toDouble() >= 1200);
        QCOMPARE(cell(top, 0, QStringLiteral("calls")).toLongLong(), 1LL);
        // pgbench's statements are there, each called 600 times.
        bool sawLoad = false;
        for (qsizetype row = 0; row < top.rows.size(); ++row) {
            // Lotse's own monitoring (this very list included) is left out.
            QVERIFY2(!cell(top, row, QStringLiteral("query")).toString().contains(QLatin1String("/* lotse */")),
                     qPrintable(cell(top, row, QStringLiteral("query")).toString()));
            if (cell(top, row, QStringLiteral("query"))
                    .toString()
                    .startsWith(QLatin1String("UPDATE pgbench_accounts"))) {
                sawLoad = true;
                QCOMPARE(cell(top, row, QStringLiteral("calls")).toLongLong(), 600LL);
                const double hit = cell(top, row, QStringLiteral("cache_hit_pct")).toDouble();
                QVERIFY(hit > 0 && hit <= 100);
            }
        }
        QVERIFY(sawLoad);

        // Ordered by mean time, the slow statement leads as well.
        const auto byMean = await(source.instant(QStringLiteral("@top-statements order=mean limit=3"), {}));
        QVERIFY(byMean);
        QVERIFY(cell(byMean->table, 0, QStringLiteral("query")).toString().contains(QLatin1String("pg_sleep")));
    }

    void heldLockShowsBlockingChain()
    {
        QProcess *holder = session(QStringLiteral("lotse-holder"));
        holder->write("BEGIN;\nSELECT * FROM pgbench_accounts WHERE aid = 7 FOR UPDATE;\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            backendPid(QStringLiteral("lotse-holder"), QStringLiteral("state = 'idle in transaction'")) > 0, 20000);
        const qint64 holderPid = backendPid(QStringLiteral("lotse-holder"), QStringLiteral("true"));
        QProcess *waiter = session(QStringLiteral("lotse-waiter"));
        waiter->write("UPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = 7;\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            backendPid(QStringLiteral("lotse-waiter"), QStringLiteral("wait_event_type = 'Lock'")) > 0, 20000);
        const qint64 waiterPid = backendPid(QStringLiteral("lotse-waiter"), QStringLiteral("true"));

        PostgresSource source(QStringLiteral("db"), settings());
        const Table chains = list(source, QStringLiteral("blocking"));
        const qsizetype row = rowWhere(chains, QStringLiteral("blocked_pid"), waiterPid);
        QVERIFY2(row >= 0, "the waiting UPDATE is not in the blocking list");
        QCOMPARE(cell(chains, row, QStringLiteral("blocking_pid")).toLongLong(), holderPid);
        QVERIFY(cell(chains, row, QStringLiteral("blocked_statement"))
                    .toString()
                    .startsWith(QLatin1String("UPDATE pgbench_accounts")));
        QVERIFY(
            cell(chains, row, QStringLiteral("blocking_statement")).toString().contains(QLatin1String("FOR UPDATE")));
        QCOMPARE(cell(chains, row, QStringLiteral("blocking_state")).toString(), QStringLiteral("idle in transaction"));

        // The waiter is also a long-running statement, and counts as waiting in the connections.
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWhere(list(source, QStringLiteral("long-running 0.5")), QStringLiteral("pid"), waiterPid) >= 0, 10000);
        QVERIFY(cell(list(source, QStringLiteral("connections")), 0, QStringLiteral("waiting_on_locks")).toInt() >= 1);

        holder->write("ROLLBACK;\n");
        holder->closeWriteChannel();
        waiter->closeWriteChannel();
        QVERIFY(holder->waitForFinished(20000));
        QVERIFY(waiter->waitForFinished(20000));
        QTRY_COMPARE_WITH_TIMEOUT(list(source, QStringLiteral("blocking")).rows.size(), qsizetype(0), 10000);
    }

    void tablesNeedingVacuum()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const Table tables = list(source, QStringLiteral("tables"));
        const qsizetype churn = rowWhere(tables, QStringLiteral("table"), QStringLiteral("lotse_churn"));
        QVERIFY(churn >= 0);
        QCOMPARE(cell(tables, churn, QStringLiteral("dead_tuples")).toLongLong(), 5000LL);
        QCOMPARE(cell(tables, churn, QStringLiteral("live_tuples")).toLongLong(), 10000LL);
        QCOMPARE(cell(tables, churn, QStringLiteral("needs_vacuum")).toBool(), true);
        QVERIFY(qAbs(cell(tables, churn, QStringLiteral("dead_ratio")).toDouble() - 5000.0 / 15000.0) < 1e-3);
        const qsizetype orders = rowWhere(tables, QStringLiteral("table"), QStringLiteral("lotse_orders"));
        QCOMPARE(cell(tables, orders, QStringLiteral("needs_vacuum")).toBool(), false);
        QVERIFY(cell(tables, orders, QStringLiteral("last_analyze")).toDateTime().isValid());
    }

    void indexesAndMissingIndexCandidates()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const Table indexes = list(source, QStringLiteral("indexes"));
        const qsizetype primary = rowWhere(indexes, QStringLiteral("index"), QStringLiteral("pgbench_accounts_pkey"));
        QVERIFY(primary >= 0);
        QVERIFY(cell(indexes, primary, QStringLiteral("size_bytes")).toLongLong() > 0);
        QCOMPARE(cell(indexes, primary, QStringLiteral("is_primary")).toBool(), true);

        const Table missing = list(source, QStringLiteral("missing-indexes"));
        QStringList columns;
        for (qsizetype row = 0; row < missing.rows.size(); ++row) {
            columns.append(cell(missing, row, QStringLiteral("table")).toString() + QLatin1Char('.')
                           + cell(missing, row, QStringLiteral("column")).toString());
            QVERIFY(cell(missing, row, QStringLiteral("distinct_values")).toDouble() > 100);
            QVERIFY(qAbs(cell(missing, row, QStringLiteral("correlation")).toDouble()) < 0.1);
        }
        QVERIFY2(columns.contains(QStringLiteral("lotse_orders.customer_id")), qPrintable(columns.join(u',')));
        // Indexed, or ordered like the table: not candidates.
        QVERIFY(!columns.contains(QStringLiteral("lotse_orders.id")));
        QVERIFY(!columns.contains(QStringLiteral("pgbench_accounts.aid")));
    }

    void databaseStatisticsAndConnections()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const Table databases = list(source, QStringLiteral("database"));
        const qsizetype lotse = rowWhere(databases, QStringLiteral("database"), QStringLiteral("lotse"));
        QVERIFY(lotse >= 0);
        QVERIFY(cell(databases, lotse, QStringLiteral("commits")).toLongLong() > 0);
        const double hit = cell(databases, lotse, QStringLiteral("cache_hit_pct")).toDouble();
        QVERIFY(hit > 50 && hit <= 100);
        QVERIFY(databases.columns.contains(QStringLiteral("temp_files")));
        QVERIFY(databases.columns.contains(QStringLiteral("rollbacks")));

        const auto connections = await(source.instant(QStringLiteral("@connections value=used_pct"), {}));
        QVERIFY(connections);
        QCOMPARE(cell(connections->table, 0, QStringLiteral("max_connections")).toInt(), 40);
        QVERIFY(cell(connections->table, 0, QStringLiteral("connections")).toInt() >= 1);
        // value= picks what a check reduces.
        QCOMPARE(connections->series.size(), size_t(1));
        QCOMPARE(connections->series.front().values.front(),
                 cell(connections->table, 0, QStringLiteral("used_pct")).toDouble());
    }

    void planAdvice_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("analyze");
        QTest::addColumn<int>("kind");
        QTest::newRow("seq scan") << QStringLiteral("SELECT * FROM lotse_orders WHERE amount > 50") << false
                                  << int(PlanAdvice::Kind::SeqScan);
        QTest::newRow("nested loop") << QStringLiteral(
            "SELECT count(*) FROM pgbench_tellers t JOIN pgbench_accounts a ON a.aid < t.tid * 10")
                                     << false << int(PlanAdvice::Kind::NestedLoop);
        QTest::newRow("sort, estimated") << QStringLiteral("SELECT * FROM pgbench_accounts ORDER BY filler") << false
                                         << int(PlanAdvice::Kind::LargeSort);
        QTest::newRow("sort, measured") << QStringLiteral("SELECT * FROM pgbench_accounts ORDER BY filler") << true
                                        << int(PlanAdvice::Kind::LargeSort);
        QTest::newRow("hash join without index")
            << QStringLiteral("SELECT count(*) FROM lotse_orders o JOIN pgbench_accounts a ON a.aid = o.customer_id")
            << false << int(PlanAdvice::Kind::HashJoinWithoutIndex);
    }
    void planAdvice()
    {
        QFETCH(QString, statement);
        QFETCH(bool, analyze);
        QFETCH(int, kind);
        PostgresSource source(QStringLiteral("db"), settings());
        const auto result = await(source.explain(statement, analyze));
        QVERIFY2(result, qPrintable(why(result)));
        QVERIFY2(adviceKinds(result).contains(PlanAdvice::Kind(kind)), qPrintable(result->text.left(2000)));
        const QJsonArray plan = QJsonDocument::fromJson(result->text.toUtf8()).array();
        QCOMPARE(plan.size(), 1);
        const QJsonObject root = plan.first().toObject().value(QStringLiteral("Plan")).toObject();
        QCOMPARE(root.contains(QStringLiteral("Actual Rows")), analyze);
        if (kind == int(PlanAdvice::Kind::LargeSort)) {
            const qsizetype row = rowWhere(result->table, QStringLiteral("kind"), QStringLiteral("large_sort"));
            const QString detail = cell(result->table, row, QStringLiteral("detail")).toString();
            // Measured memory names where the sort ran; an estimate says so.
            QVERIFY2(analyze ? detail.contains(QLatin1String("Disk")) || detail.contains(QLatin1String("Memory"))
                             : detail.startsWith(QLatin1String("about")),
                     qPrintable(detail));
        }
    }

    void explainAnalyzeRunsOnlyReads()
    {
        PostgresSource source(QStringLiteral("db"), settings());
        const auto deletion = await(source.explain(QStringLiteral("DELETE FROM lotse_orders"), true));
        QVERIFY(!deletion);
        QCOMPARE(deletion.error().kind, Error::Kind::Refused);
        QVERIFY(deletion.error().message.contains(QLatin1String("EXPLAIN ANALYZE")));
        // A SELECT that writes through a function: the server's catalog names
        // it VOLATILE, and it is refused before EXPLAIN ANALYZE runs it.
        const auto hidden = await(source.explain(QStringLiteral("SELECT lotse_guard()"), true));
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().kind, Error::Kind::Refused);
        QVERIFY2(hidden.error().message.contains(QLatin1String("lotse_guard()")), qPrintable(hidden.error().message));
        const auto sequence = await(source.explain(QStringLiteral("SELECT nextval('lotse_orders_id_seq')"), true));
        QVERIFY(!sequence);
        QCOMPARE(sequence.error().kind, Error::Kind::Refused);
        QVERIFY2(sequence.error().message.contains(QLatin1String("nextval()")), qPrintable(sequence.error().message));
        QCOMPARE(adminPsql(m_dir, QStringLiteral("SELECT count(*) FROM lotse_orders")).out.trimmed(),
                 QByteArray("50000"));
        QCOMPARE(adminPsql(m_dir, QStringLiteral("SELECT count(*) FROM lotse_guard_log")).out.trimmed(),
                 QByteArray("0"));
    }

    void statementTimeoutCutsOff()
    {
        PostgresSettings quick = settings();
        quick.statementTimeoutMs = 1500;
        PostgresSource source(QStringLiteral("db"), quick);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(source.instant(QStringLiteral("SELECT pg_sleep(30)"), {}));
        const qint64 took = clock.elapsed();
        qInfo("pg_sleep(30) was cut off after %lld ms", took);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Timeout);
        QVERIFY2(result.error().message.contains(QLatin1String("statement timeout")),
                 qPrintable(result.error().message));
        QVERIFY(took >= 1400 && took < 10000);
        // The connection is still good afterwards.
        QVERIFY(await(source.instant(QStringLiteral("SELECT 1"), {})));
    }

    void eventLoopStaysResponsive()
    {
        // The statement runs on the worker thread: timers here keep firing.
        PostgresSource source(QStringLiteral("db"), settings());
        StallProbe probe;
        probe.start();
        QVERIFY(await(source.instant(QStringLiteral("SELECT pg_sleep(1.5)"), {})));
        probe.stop();
        qInfo("longest event-loop stall during a 1.5 s statement: %.1f ms (a 5 ms timer late by %.1f ms at worst)",
              probe.worstMs(), probe.worstWallMs());
        // A statement run on this thread would hold the loop for its 1.5 s.
        QVERIFY2(probe.worstMs() < 50, qPrintable(QString::number(probe.worstMs())));
    }

    void wrongPassword()
    {
        PostgresSettings wrong = settings();
        wrong.password = QStringLiteral("not-the-password");
        PostgresSource source(QStringLiteral("db"), wrong);
        const auto result = await(source.instant(QStringLiteral("SELECT 1"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unauthorized);
        QVERIFY2(result.error().message.contains(QLatin1String("password authentication failed")),
                 qPrintable(result.error().message));
    }

    void serverDown()
    {
        PostgresSettings down = settings();
        down.port = closedPort();
        PostgresSource source(QStringLiteral("db"), down);
        const auto result = await(source.instant(QStringLiteral("SELECT 1"), {}));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::ConnectionRefused);
        QVERIFY(result.error().message.contains(QString::number(down.port)));
    }

    void serverKilledMidQuery()
    {
        OwnServer server(QStringLiteral("postgres"));
        QVERIFY2(server.started(), server.log().constData());
        auto own = PostgresSettings::fromDsn(server.value(QStringLiteral("dsn")));
        QVERIFY(own);
        own->password = server.value(QStringLiteral("password"));
        PostgresSource source(QStringLiteral("db"), *own);
        QueryReply *reply = source.instant(QStringLiteral("SELECT pg_sleep(20), 'lotse-doomed'"), {});
        qint64 backend = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (backend
             = adminPsql(server.dir(),
                         QStringLiteral(
                             "SELECT pid FROM pg_stat_activity WHERE query LIKE '%lotse-doomed%' AND state = 'active' "
                             "AND pid <> pg_backend_pid()"))
                   .out.trimmed()
                   .toLongLong())
                > 0,
            20000);
        // The backend dies as in a crash; the postmaster then goes down at once.
        QVERIFY(signalProcess(backend, "KILL"));
        QVERIFY(signalProcess(server.pid(), "QUIT"));
        const auto result = await(reply, 30000);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Network);
        QVERIFY2(result.error().message.contains(QLatin1String("Lost the connection")),
                 qPrintable(result.error().message));
        // Once the postmaster is gone, the next query says so.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(server.pid())), 20000);
        const auto after = await(source.instant(QStringLiteral("SELECT 1"), {}));
        QVERIFY(!after);
        QVERIFY2(after.error().kind == Error::Kind::ConnectionRefused || after.error().kind == Error::Kind::Unavailable,
                 qPrintable(after.error().message));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
