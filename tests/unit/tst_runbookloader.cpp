#include "dashboard/measurereader.h"
#include "definitions/definitioncatalog.h"
#include "definitions/runbookloader.h"

#include "diagnosticsearch.h"

#include <QTest>

using lotse::RunbookLoader;

namespace {

// Line numbers below are the ones the tests expect; keep them in step.
const QByteArray kValid = "id: shop\n"                                                                // 1
                          "version: 2\n"                                                              // 2
                          "title: {en: Shop, de: Laden}\n"                                            // 3
                          "checks:\n"                                                                 // 4
                          "  p95:\n"                                                                  // 5
                          "    title: {en: p95, de: p95}\n"                                           // 6
                          "    query: histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))\n"   // 7
                          "    unit: s\n"                                                             // 8
                          "    thresholds: {direction: higher-is-worse, warning: 0.5, critical: 2}\n" // 9
                          "  db:\n"                                                                   // 10
                          "    title: {en: DB, de: DB}\n"                                             // 11
                          "    query: sum(rate(db_sum[5m])) / sum(rate(db_count[5m]))\n"              // 12
                          "    unit: s\n"                                                             // 13
                          "start: symptom\n"                                                          // 14
                          "nodes:\n"                                                                  // 15
                          "  symptom:\n"                                                              // 16
                          "    title: {en: 'What is wrong', de: 'Was ist los'}\n"                     // 17
                          "    branches:\n"                                                           // 18
                          "      - when: {check: p95, state: [warning, critical]}\n"                  // 19
                          "        goto: slow\n"                                                      // 20
                          "      - manual: {en: Sometimes, de: Manchmal}\n"                           // 21
                          "        goto: flaky\n"                                                     // 22
                          "  slow:\n"                                                                 // 23
                          "    title: {en: Slow, de: Langsam}\n"                                      // 24
                          "    follow: first\n"                                                       // 25
                          "    branches:\n"                                                           // 26
                          "      - when: {check: db, above: 0.1}\n"                                   // 27
                          "        goto: slow_db\n"                                                   // 28
                          "      - otherwise: true\n"                                                 // 29
                          "        goto: slow_app\n"                                                  // 30
                          "  slow_db:\n"                                                              // 31
                          "    title: {en: Database slow, de: Datenbank langsam}\n"                   // 32
                          "    finding: {slug: latency.database, severity: {from: p95}}\n"            // 33
                          "    checks: [db]\n"                                                        // 34
                          "    advice: {en: Add an index., de: Einen Index anlegen.}\n"               // 35
                          "    remedies:\n"                                                           // 36
                          "      - title: {en: Top statements, de: Top-Anweisungen}\n"                // 37
                          "        command: psql -c 'select 1'\n"                                     // 38
                          "    verify: db\n"                                                          // 39
                          "  slow_app:\n"                                                             // 40
                          "    title: {en: Application slow, de: Anwendung langsam}\n"                // 41
                          "    finding: {slug: latency.application, severity: warning}\n"             // 42
                          "  flaky:\n"                                                                // 43
                          "    title: {en: Flaky, de: Wackelig}\n"                                    // 44
                          "    finding: {slug: intermittent, severity: warning}\n";                   // 45

lotse::Diagnostic problemAbout(const QByteArray &text, const QString &needle)
{
    return lotse::test::problemAbout(RunbookLoader::parse(text, QStringLiteral("bad.yaml")), needle);
}

QByteArray replaced(QByteArray text, const char *from, const char *to)
{
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

} // namespace

class TestRunbookLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAValidRunbook()
    {
        const auto runbook = RunbookLoader::parse(kValid, QStringLiteral("shop.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        QCOMPARE(runbook->id, QStringLiteral("shop"));
        QCOMPARE(runbook->version, 2);
        QCOMPARE(runbook->checks.size(), 2);
        QCOMPARE(runbook->nodes.size(), 5);
        const lotse::RunbookNode *symptom = runbook->node(QStringLiteral("symptom"));
        QCOMPARE(symptom->follow, lotse::RunbookNode::Follow::All); // the start node's default
        QVERIFY(symptom->branches.at(1).manual);
        QCOMPARE(symptom->branches.at(1).label.text(QStringLiteral("de")), QStringLiteral("Manchmal"));
        const lotse::RunbookNode *slow = runbook->node(QStringLiteral("slow"));
        QCOMPARE(slow->follow, lotse::RunbookNode::Follow::First);
        QVERIFY(slow->branches.at(1).otherwise);
        const lotse::RunbookNode *leaf = runbook->node(QStringLiteral("slow_db"));
        QVERIFY(leaf->isLeaf());
        QCOMPARE(leaf->finding->severityFrom, QStringLiteral("p95"));
        QCOMPARE(leaf->remedies.size(), 1);
        QCOMPARE(leaf->neededChecks(), QStringList{QStringLiteral("db")});
        QCOMPARE(symptom->neededChecks(), QStringList{QStringLiteral("p95")});
        QVERIFY(RunbookLoader::looksLikeRunbook(kValid));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown node") << replaced(kValid, "goto: slow_app", "goto: slow_ap") << 30 << 15
                                      << "unknown node";
        QTest::newRow("unknown start") << replaced(kValid, "start: symptom", "start: symptoms") << 14 << 8
                                       << "unknown node";
        QTest::newRow("unreachable node")
            << replaced(kValid, "      - manual: {en: Sometimes, de: Manchmal}\n        goto: flaky\n", "") << 41 << 3
            << "unreachable";
        QTest::newRow("cycle") << replaced(kValid, "goto: slow_app", "goto: symptom") << 30 << 15 << "cycle";
        QTest::newRow("missing German") << replaced(kValid, "{en: Slow, de: Langsam}", "{en: Slow}") << 24 << 12
                                        << "German";
        QTest::newRow("missing English") << replaced(kValid, "{en: Flaky, de: Wackelig}", "{de: Wackelig}") << 44 << 12
                                         << "English";
        QTest::newRow("check nobody reads")
            << replaced(kValid, "  db:\n", "  unused:\n    title: {en: U, de: U}\n    query: up\n  db:\n") << 10 << 3
            << "read by no branch";
        QTest::newRow("thresholds out of order")
            << replaced(kValid, "warning: 0.5, critical: 2", "warning: 5, critical: 2") << 9 << 17 << "out of order";
        QTest::newRow("malformed query") << replaced(kValid, "sum(rate(db_sum[5m]))", "sum(rate(db_sum[5m])") << 12
                                         << 15 << "malformed query";
        QTest::newRow("unknown check in condition")
            << replaced(kValid, "{check: db, above: 0.1}", "{check: dbx, above: 0.1}") << 27 << 15 << "unknown check";
        QTest::newRow("otherwise not last") << replaced(
            kValid, "      - otherwise: true\n        goto: slow_app\n",
            "      - otherwise: true\n        goto: slow_app\n      - when: {check: db, below: 1}\n        goto: slow_db\n")
                                            << 29 << 9 << "must be the last";
        QTest::newRow("leaf with branches") << replaced(
            kValid, "    finding: {slug: intermittent, severity: warning}\n",
            "    finding: {slug: intermittent, severity: warning}\n    branches:\n      - otherwise: true\n        goto: slow_app\n")
                                            << 47 << 7 << "a leaf ends the walk";
        QTest::newRow("optional check deciding a branch")
            << replaced(kValid, "critical: 2}\n", "critical: 2}\n    optional: true\n") << 20 << 15
            << "cannot decide a branch";
        QTest::newRow("for not a duration")
            << replaced(kValid, "    unit: s\n    thresholds:", "    unit: s\n    for: soon\n    thresholds:") << 9
            << 10 << "for must be a duration";
        QTest::newRow("bad state") << replaced(kValid, "state: [warning, critical]", "state: [warning, red]") << 19
                                   << 45 << "state must be";
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        const lotse::Diagnostic problem = problemAbout(text, needle);
        QVERIFY2(problem.message.contains(needle), qPrintable(problem.toString()));
        QCOMPARE(problem.file, QStringLiteral("bad.yaml"));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }

    void heldCheckReadsTheLeastBadValueOfItsSpan()
    {
        const auto runbook = RunbookLoader::parse(
            replaced(kValid, "    unit: s\n    thresholds:", "    unit: s\n    for: 5m\n    thresholds:"),
            QStringLiteral("shop.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        lotse::CheckSpec p95 = *runbook->check(QStringLiteral("p95"));
        QCOMPARE(p95.holdSeconds, 300);
        // Higher is worse: it held only if even the lowest value of the span is past the edge.
        QCOMPARE(
            lotse::MeasureReader::queryFor(p95),
            QStringLiteral("min_over_time((histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m]))))[300s:15s])"));
        p95.thresholds.direction = lotse::Thresholds::Direction::LowerIsWorse;
        QVERIFY(lotse::MeasureReader::queryFor(p95).startsWith(QStringLiteral("max_over_time((")));
        // Without for: the query goes as written.
        QCOMPARE(lotse::MeasureReader::queryFor(*runbook->check(QStringLiteral("db"))),
                 runbook->check(QStringLiteral("db"))->query);
    }

    void heldCheckNeedsAPrometheusSource()
    {
        const QByteArray text
            = replaced(replaced(kValid, "checks:\n", "sources:\n  - {name: shopdb, kind: postgres}\nchecks:\n"),
                       "    query: sum(rate(db_sum[5m])) / sum(rate(db_count[5m]))\n",
                       "    source: shopdb\n    query: select 1\n    for: 5m\n");
        const lotse::Diagnostic problem = problemAbout(text, QStringLiteral("for reads"));
        QVERIFY2(problem.message.contains(QLatin1String("postgres")), qPrintable(problem.toString()));
    }

    void findingWithoutSeverityIsAnError()
    {
        // Found by fuzz_runbook: the missing key threw out of yaml-cpp and ended the process.
        const auto runbook
            = RunbookLoader::parse(replaced(kValid, "{slug: intermittent, severity: warning}", "{slug: intermittent}"),
                                   QStringLiteral("bad.yaml"));
        QVERIFY(!runbook);
        QVERIFY2(lotse::diagnosticsText(runbook.error()).contains(QLatin1String("severity")),
                 qPrintable(lotse::diagnosticsText(runbook.error())));
    }

    void documentedExampleIsValid()
    {
        const auto runbook
            = RunbookLoader::loadFile(QStringLiteral(LOTSE_SOURCE_DIR "/docs/examples/shop-runbook.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        QCOMPARE(runbook->nodes.size(), 5);
    }

    void everyBuiltInRunbookLoads()
    {
        const lotse::DefinitionCatalog catalog(QStringLiteral("runbooks"));
        const QStringList ids = catalog.ids();
        for (const char *id : {"kato", "tmi", "greenlang", "keiko", "promptcard", "promptcard-checklist",
                               "kato-checklist", "greenlang-checklist"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        for (const QString &id : ids) {
            const auto runbook = RunbookLoader::loadFile(catalog.resolve(id));
            QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
            QCOMPARE(runbook->id, id);
            for (const lotse::RunbookNode &node : runbook->nodes) {
                if (!node.isLeaf())
                    continue;
                QVERIFY2(!node.advice.en.isEmpty() && !node.advice.de.isEmpty(),
                         qPrintable(id + QLatin1Char('/') + node.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRunbookLoader)
#include "tst_runbookloader.moc"
