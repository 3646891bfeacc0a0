// Every file input is bounded, and every overrun is a named error within a
// bounded time: YAML alias bombs, huge files, deep nesting, runbooks of many
// nodes (and tree checks that need no call stack), keys and values of the
// wrong type, snapshots whose schema is not Lotse's (a recursive VIEW), whose
// lengths disagree or whose reading takes too long, and KPIs that read NaN.
#include "connections/connectionsfile.h"
#include "core/decimator.h"
#include "dashboard/kpimodel.h"
#include "definitions/dashboardloader.h"
#include "definitions/runbookloader.h"
#include "definitions/yamlreader.h"
#include "snapshot/snapshotfile.h"

#include "diagnosticsearch.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <ctime>
#include <functional>

using namespace lotse;
using lotse::test::problemAbout;

namespace {

/// Bound on the processor time any bad input may take; generous for
/// sanitizer builds. Processor time, not wall time: a loaded machine must not
/// turn a bounded input into a failure.
constexpr qint64 kBoundMs = 20'000;

qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

/// The classic "billion laughs": nine levels of ten aliases each, 10^9 nodes expanded.
QByteArray aliasBomb(const QByteArray &head)
{
    QByteArray text = head + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 10; ++level) {
        const QByteArray previous = "*a" + QByteArray::number(level - 1);
        text += 'a' + QByteArray::number(level) + ": &a" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            text += (i ? ", " : "") + previous;
        text += "]\n";
    }
    return text;
}

/// A runbook whose @p count nodes each lead to the next; the last leads back to the first.
QByteArray chainedRunbook(int count)
{
    QByteArray text = "id: chain\ntitle: {en: Chain, de: Kette}\nstart: n0\nnodes:\n";
    text.reserve(qsizetype(count) * 40);
    for (int i = 0; i < count; ++i)
        text
            += "  n" + QByteArray::number(i) + ": {branches: [{goto: n" + QByteArray::number((i + 1) % count) + "}]}\n";
    return text;
}

/// Runs @p statements on the snapshot @p file, as someone who edits it by hand would.
bool tamper(const QString &file, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

SnapshotData sampleSnapshot()
{
    SnapshotData data;
    data.lotseVersion = QStringLiteral("0.1.0");
    data.dashboardId = QStringLiteral("t");
    data.dashboardYaml = "id: t\ntitle: {en: T, de: T}\nkpis:\n  - {id: up, title: {en: Up, de: Up}, query: up}\n";
    data.at = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    data.savedAt = data.at;
    data.dashboardOrigin = QStringLiteral("seed.yaml");
    data.range = QStringLiteral("now-1h");
    data.window = {1699996400, 1700000000};
    data.kpis = {{QStringLiteral("up"), 1, State::Good, {}, {}, data.at}};
    RecordedAnswer answer;
    answer.kind = RecordedAnswer::Kind::Range;
    answer.source = QStringLiteral("prometheus");
    answer.query = QStringLiteral("up");
    answer.window = data.window;
    answer.step = 60;
    QueryResult matrix;
    matrix.type = QueryResult::Type::Matrix;
    matrix.series.push_back({{}, {1699996400, 1699998200, 1700000000}, {1, 2, 3}});
    answer.result = std::make_shared<const QueryReply::Result>(matrix);
    data.answers.append(answer);
    return data;
}

} // namespace

class TestInputBounds final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    qint64 m_startedMs = 0;
    qint64 m_boundMs = kBoundMs;

    QString snapshotFile(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        const auto written = SnapshotFile::write(file, sampleSnapshot());
        if (!written)
            qWarning() << written.error().message;
        return written ? file : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_boundMs = kBoundMs;
        m_startedMs = cpuMs();
    }
    void cleanup() { QVERIFY2(cpuMs() - m_startedMs < m_boundMs, "a bad input took longer than its bound"); }

    void aliasBombIsRefusedWhileParsing_data()
    {
        QTest::addColumn<QString>("loader");
        QTest::newRow("dashboard") << QStringLiteral("dashboard");
        QTest::newRow("runbook") << QStringLiteral("runbook");
        QTest::newRow("connections") << QStringLiteral("connections");
    }
    void aliasBombIsRefusedWhileParsing()
    {
        QFETCH(QString, loader);
        const QByteArray bomb = aliasBomb("id: x\n");
        Diagnostic problem;
        if (loader == QLatin1String("dashboard"))
            problem = problemAbout(DashboardLoader::parse(bomb, QStringLiteral("bomb.yaml")), QStringLiteral("nodes"));
        else if (loader == QLatin1String("runbook"))
            problem = problemAbout(RunbookLoader::parse(bomb, QStringLiteral("bomb.yaml")), QStringLiteral("nodes"));
        else
            problem = problemAbout(ConnectionsFile::parse(bomb, QStringLiteral("bomb.yaml")), QStringLiteral("nodes"));
        QVERIFY2(problem.message.contains(QStringLiteral("more than 200000 nodes once its aliases are expanded")),
                 qPrintable(problem.toString()));
        QCOMPARE(problem.file, QStringLiteral("bomb.yaml"));
        QVERIFY(problem.line >= 2); // where the expansion passed the bound, not the top of the file
    }

    void hugeFileIsNotRead()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.yaml"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        const QByteArray line = "# " + QByteArray(1022, 'x') + '\n';
        for (int i = 0; i < 5 * 1024; ++i)
            out.write(line);
        out.close();
        const auto loaded = DashboardLoader::loadFile(file);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().first().message.contains(QStringLiteral("larger than 4096 KiB")),
                 qPrintable(loaded.error().first().toString()));
        // A device without a size, and without an end.
        const auto endless = YamlReader::readFile(QStringLiteral("/dev/zero"));
        QVERIFY(!endless);
        QVERIFY(endless.error().first().message.contains(QStringLiteral("larger than")));
        // The same bound for text that did not come from a file (a snapshot's dashboard).
        const auto parsed = RunbookLoader::parse(QByteArray(5 * 1024 * 1024, '#'), QStringLiteral("text"));
        QVERIFY(!parsed);
        QVERIFY(parsed.error().first().message.contains(QStringLiteral("larger than 4096 KiB")));
    }

    void deepNestingIsRefused()
    {
        const QByteArray deep = "id: x\ntitle: " + QByteArray(500, '[') + QByteArray(500, ']') + '\n';
        const auto loaded = DashboardLoader::parse(deep, QStringLiteral("deep.yaml"));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().first().message.contains(QStringLiteral("nests deeper than 64 levels")),
                 qPrintable(loaded.error().first().toString()));
        // Conditions nest through aliases as well, and readCondition() recurses.
        QByteArray nots = "n0: &n0 {check: c, state: good}\n";
        for (int i = 1; i < 80; ++i)
            nots += "n" + QByteArray::number(i) + ": &n" + QByteArray::number(i) + " {not: *n"
                + QByteArray::number(i - 1) + "}\n";
        const auto runbook = RunbookLoader::parse(nots, QStringLiteral("nots.yaml"));
        QVERIFY(!runbook);
        QVERIFY(problemAbout(runbook, QStringLiteral("deeper")).message.contains(QStringLiteral("nests deeper")));
    }

    void aliasOfItsOwnContainerIsRefused()
    {
        const auto loaded = RunbookLoader::parse("id: x\nnodes: &n {a: *n}\n", QStringLiteral("self.yaml"));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().first().message.contains(QStringLiteral("an alias refers to a node it is part of")),
                 qPrintable(loaded.error().first().toString()));
    }

    void runbookNodesAreCapped()
    {
        const auto loaded = RunbookLoader::parse(chainedRunbook(1001), QStringLiteral("many.yaml"));
        QVERIFY(!loaded);
        const Diagnostic problem = problemAbout(loaded, QStringLiteral("Lotse reads at most"));
        QCOMPARE(problem.message, QStringLiteral("the runbook has 1001 nodes; Lotse reads at most 1000"));
        QCOMPARE(problem.line, 5);
        // At the bound it is read, and its one cycle found.
        const auto most = RunbookLoader::parse(chainedRunbook(1000), QStringLiteral("most.yaml"));
        QVERIFY(!most);
        QVERIFY(problemAbout(most, QStringLiteral("cycle: n0 → n1")).message.startsWith(QStringLiteral("cycle:")));
    }

    void hundredThousandChainedNodesAreRefused()
    {
        const auto loaded = RunbookLoader::parse(chainedRunbook(100'000), QStringLiteral("chain.yaml"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().size(), 1);
        QVERIFY2(loaded.error().first().message.contains(QStringLiteral("more than 200000 nodes")),
                 qPrintable(loaded.error().first().toString()));
    }

    void treeChecksNeedNoCallStack()
    {
        // Past every bound on purpose: reachability and cycles over 100,000
        // chained nodes, which took a recursive check 100,000 frames deep.
        // yaml-cpp alone takes seconds to build a tree of 700,000 nodes.
        m_boundMs = 600'000;
        YamlLimits unbounded;
        unbounded.maxBytes = 64 * 1024 * 1024;
        unbounded.maxNodes = 10'000'000;
        unbounded.maxRunbookNodes = 200'000;
        const auto loaded = RunbookLoader::parse(chainedRunbook(100'000), QStringLiteral("chain.yaml"), unbounded);
        QVERIFY(!loaded);
        const Diagnostic cycle = problemAbout(loaded, QStringLiteral("cycle: "));
        QVERIFY2(cycle.message.startsWith(QStringLiteral("cycle: n0 → n1 → n2")), qPrintable(cycle.toString()));
        QVERIFY(cycle.message.endsWith(QStringLiteral("n99999 → n0")));
        QVERIFY(!problemAbout(loaded, QStringLiteral("unreachable")).message.contains(QStringLiteral("unreachable")));
    }

    void nonScalarHeaderKeyIsAnError()
    {
        const QByteArray text = "connections:\n"
                                "  - name: p\n"
                                "    kind: prometheus\n"
                                "    url: http://127.0.0.1:9090\n"
                                "    headers: {[a, b]: c, X-Ok: {d: e}}\n";
        const auto read = ConnectionsFile::parse(text, QStringLiteral("c.yaml"));
        QVERIFY(!read);
        QCOMPARE(read.error().size(), 2);
        QCOMPARE(read.error().at(0).toString(),
                 QStringLiteral("c.yaml:5:15: A header's name and its value are single values, not lists or maps."));
        QCOMPARE(read.error().at(1).line, 5);
    }

    void valuesOfTheWrongTypeAreErrors_data()
    {
        QTest::addColumn<QString>("loader");
        QTest::addColumn<QByteArray>("text");
        const QByteArray runbook = "id: r\ntitle: {en: R, de: R}\nstart: a\nnodes:\n  a:\n    title: {en: A, de: A}\n";
        QTest::newRow("scalar source") << "dashboard"
                                       << QByteArray("id: d\ntitle: {en: D, de: D}\nsources: [x]\n"
                                                     "kpis: [{id: k, title: {en: K, de: K}, "
                                                     "query: up, source: x}]\n");
        QTest::newRow("scalar kpi source") << "dashboard" << QByteArray("id: d\ntitle: {en: D, de: D}\nkpis: [k]\n");
        QTest::newRow("scalar chart query")
            << "dashboard"
            << QByteArray("id: d\ntitle: {en: D, de: D}\ncharts: [{id: c, title: {en: C, de: C}, "
                          "queries: [up]}]\n");
        QTest::newRow("scalar finding") << "runbook" << runbook + "    finding: leaf\n";
        QTest::newRow("scalar remedy") << "runbook"
                                       << runbook
                + "    finding: {slug: s, severity: warning}\n"
                  "    remedies: [copy this]\n";
        QTest::newRow("map as check id") << "runbook"
                                         << runbook
                + "    finding: {slug: s, severity: warning}\n"
                  "    checks: [{a: b}]\n";
        QTest::newRow("huge version") << "runbook"
                                      << "version: 1e300\n" + runbook;
        QTest::newRow("huge timeout") << "connections"
                                      << QByteArray("connections:\n  - {name: a, kind: redis, url: 'redis://h', "
                                                    "timeout: 1e300, extra: [1]}\n");
    }
    void valuesOfTheWrongTypeAreErrors()
    {
        QFETCH(QString, loader);
        QFETCH(QByteArray, text);
        // Each of these threw from inside yaml-cpp, or converted a double past int's range.
        bool refused = false;
        if (loader == QLatin1String("dashboard"))
            refused = !DashboardLoader::parse(text, QStringLiteral("t.yaml"));
        else if (loader == QLatin1String("runbook"))
            refused = !RunbookLoader::parse(text, QStringLiteral("t.yaml"));
        else
            refused = !ConnectionsFile::parse(text, QStringLiteral("t.yaml"));
        QVERIFY(refused);
    }

    void recursiveViewInsteadOfATableNeverRuns()
    {
        const QString file = snapshotFile(QStringLiteral("view.lotse"));
        QVERIFY(!file.isEmpty());
        QVERIFY(tamper(file,
                       {QStringLiteral("DROP TABLE kpis"),
                        QStringLiteral("CREATE VIEW kpis AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT "
                                       "n + 1 FROM r) SELECT n AS position, 'k' AS id, 1.0 AS value, '1' AS "
                                       "value_text, 'good' AS state, NULL AS read_at, NULL AS error_kind, NULL "
                                       "AS error, '[]' AS warnings FROM r")}));
        const auto read = SnapshotFile::read(file);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Malformed);
        QVERIFY2(read.error().message.contains(QStringLiteral("its schema is not the one Lotse writes (kpis)")),
                 qPrintable(read.error().message));
    }

    void objectsLotseDoesNotWriteAreRefused()
    {
        const QString file = snapshotFile(QStringLiteral("trigger.lotse"));
        QVERIFY(tamper(file, {QStringLiteral("CREATE VIEW extra AS SELECT 1")}));
        const auto read = SnapshotFile::read(file);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Malformed);
        QVERIFY(read.error().message.contains(QStringLiteral("(extra)")));
    }

    void seriesLengthsMustAgree_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("fewer values") << QStringLiteral("UPDATE series SET \"values\" = substr(\"values\", 1, 8)");
        QTest::newRow("more points") << QStringLiteral("UPDATE series SET points = 4");
        QTest::newRow("partial time") << QStringLiteral("UPDATE series SET times = substr(times, 1, 20)");
        QTest::newRow("no answer") << QStringLiteral("UPDATE series SET answer = 7");
    }
    void seriesLengthsMustAgree()
    {
        QFETCH(QString, change);
        const QString file = snapshotFile(QStringLiteral("lengths.lotse"));
        QVERIFY(tamper(file, {change}));
        const auto read = SnapshotFile::read(file);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Malformed);
        QVERIFY2(read.error().message.contains(QStringLiteral("answer 0 has"))
                     || read.error().message.contains(QStringLiteral("answer 7, which the file does not hold")),
                 qPrintable(read.error().message));
    }

    void decimatorReadsOnlyPointsWithBothColumns()
    {
        Series series;
        series.times = {1, 2, 3, 4, 5, 6, 7, 8};
        series.values = {1, 2, 3};
        const Series thin = Decimator::decimate(series, 0, 10, 100);
        QCOMPARE(thin.times.size(), size_t(3));
        QCOMPARE(thin.values.size(), size_t(3));
    }

    void everyQueryIsBoundedInTime()
    {
        const QString file = snapshotFile(QStringLiteral("slow.lotse"));
        // Rows enough that reading them takes far longer than the bound below.
        QVERIFY(tamper(file,
                       {QStringLiteral("INSERT INTO answers (id, source, kind, query, warnings) WITH RECURSIVE "
                                       "r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 300000) "
                                       "SELECT n, 'prometheus', 'instant', 'q' || n, '[]' FROM r")}));
        SnapshotLimits limits;
        limits.maxAnswers = 1'000'000;
        limits.time = std::chrono::milliseconds(20);
        const qint64 started = cpuMs();
        const auto read = SnapshotFile::readWithin(file, limits);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, Error::Kind::Timeout);
        QVERIFY2(read.error().message.contains(QStringLiteral("took longer than 0.02 s")),
                 qPrintable(read.error().message));
        QVERIFY(cpuMs() - started < 5000);
        // The same file within the default bounds of rows: refused by count, not read to its end.
        const auto counted = SnapshotFile::read(file);
        QVERIFY(!counted);
        QCOMPARE(counted.error().kind, Error::Kind::Malformed);
        QVERIFY(counted.error().message.contains(QStringLiteral("more than 100000 rows in answers")));
    }

    void nanReadingIsUnknownWithItsCause()
    {
        KpiSpec spec;
        spec.id = QStringLiteral("ratio");
        spec.thresholds.warning = 0.5;
        KpiModel model({spec});
        model.setReading(0, 0.1, {}, QDateTime::currentDateTimeUtc());
        QCOMPARE(model.value(0).state, State::Good);
        model.setReading(0, std::nan(""), {QStringLiteral("partial")}, QDateTime::currentDateTimeUtc());
        QCOMPARE(model.value(0).state, State::Unknown);
        QVERIFY(model.value(0).error);
        QCOMPARE(model.value(0).error->kind, Error::Kind::NoData);
        QCOMPARE(model.value(0).error->message, QStringLiteral("The query returned NaN: no samples for this ratio."));
        QCOMPARE(model.value(0).warnings, QStringList{QStringLiteral("partial")});
        QCOMPARE(model.data(model.index(0), KpiModel::StateRole).value<State>(), State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestInputBounds)
#include "tst_inputbounds.moc"
