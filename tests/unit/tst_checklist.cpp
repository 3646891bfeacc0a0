// Checklist runbooks (docs/runbooks.md): sections of items, each a live check
// whose state only its readings give, or a manual tick kept with the diagnosis.
#include "definitions/runbookloader.h"
#include "diagnosis/checklistreport.h"
#include "diagnosis/diagnosisrecord.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosisstore.h"
#include "sources/sourceregistry.h"

#include "diagnosticsearch.h"
#include "staticsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using lotse::ChecklistTick;
using lotse::DiagnosisRecord;
using lotse::DiagnosisSession;
using lotse::RunbookLoader;
using lotse::State;

namespace {

// Line numbers below are the ones the tests expect; keep them in step.
const QByteArray kChecklist = "id: upkeep\n"                                                       // 1
                              "version: 1\n"                                                       // 2
                              "title: {en: Upkeep, de: Pflege}\n"                                  // 3
                              "sources: [{name: prometheus, kind: prometheus}]\n"                  // 4
                              "checks:\n"                                                          // 5
                              "  p95: {title: {en: p95, de: p95}, query: p95, unit: s,"            // 6
                              " thresholds: {warning: 0.5, critical: 2}}\n"                        //
                              "  errors: {title: {en: Errors, de: Fehler}, query: errors,"         // 7
                              " unit: percent, thresholds: {warning: 1, critical: 5}}\n"           //
                              "  gc: {title: {en: GC, de: GC}, query: gc, optional: true,"         // 8
                              " thresholds: {critical: 1}}\n"                                      //
                              "start: list\n"                                                      // 9
                              "nodes:\n"                                                           // 10
                              "  list:\n"                                                          // 11
                              "    title: {en: Checklist, de: Checkliste}\n"                       // 12
                              "    sections:\n"                                                    // 13
                              "      - id: daily\n"                                                // 14
                              "        title: {en: Daily, de: Täglich}\n"                          // 15
                              "        items:\n"                                                   // 16
                              "          - id: latency\n"                                          // 17
                              "            text: {en: Check response times, de: Antwortzeiten}\n"  // 18
                              "            check: p95\n"                                           // 19
                              "          - id: logs\n"                                             // 20
                              "            text: {en: Review logs, de: Logs durchsehen}\n"         // 21
                              "      - id: weekly\n"                                               // 22
                              "        title: {en: Weekly, de: Wöchentlich}\n"                     // 23
                              "        items:\n"                                                   // 24
                              "          - id: health\n"                                           // 25
                              "            text: {en: Errors and GC, de: Fehler und GC}\n"         // 26
                              "            checks: [errors, gc]\n"                                 // 27
                              "          - id: baselines\n"                                        // 28
                              "            text: {en: Update baselines, de: Baselines pflegen}\n"; // 29

QByteArray replaced(QByteArray text, const char *from, const char *to)
{
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

lotse::Runbook checklist()
{
    auto runbook = RunbookLoader::parse(kChecklist, QStringLiteral("upkeep.yaml"));
    Q_ASSERT(runbook);
    return *runbook;
}

} // namespace

class TestChecklist final : public QObject
{
    Q_OBJECT

private:
    lotse::SourceRegistry *m_sources = nullptr;
    lotse::test::StaticSource *m_prometheus = nullptr;

    std::unique_ptr<DiagnosisSession> walk(lotse::Runbook runbook = checklist())
    {
        auto session
            = std::make_unique<DiagnosisSession>(std::move(runbook), m_sources, QDateTime::currentDateTimeUtc());
        QSignalSpy finished(session.get(), &DiagnosisSession::finished);
        session->runToEnd();
        if (!session->isFinished())
            finished.wait(5000);
        return session;
    }

    State stateOf(const DiagnosisSession &session, const QString &item) const
    {
        const lotse::ChecklistItem *found = session.runbook().node(QStringLiteral("list"))->item(item);
        return found ? session.itemState(*found) : State::Unknown;
    }

private Q_SLOTS:
    void init()
    {
        m_sources = new lotse::SourceRegistry(this);
        m_prometheus = new lotse::test::StaticSource;
        m_prometheus->set(QStringLiteral("p95"), 0.2);
        m_prometheus->set(QStringLiteral("errors"), 2);
        m_sources->add(m_prometheus);
    }
    void cleanup() { delete m_sources; }

    void readsSectionsAndItems()
    {
        const lotse::Runbook runbook = checklist();
        const lotse::RunbookNode *node = runbook.node(QStringLiteral("list"));
        QVERIFY(node && node->isChecklist() && !node->isLeaf());
        QCOMPARE(node->sections.size(), 2);
        QCOMPARE(node->sections.at(1).title.text(QStringLiteral("de")), QStringLiteral("Wöchentlich"));
        QCOMPARE(node->sections.at(0).items.size(), 2);
        QCOMPARE(node->item(QStringLiteral("latency"))->checks, QStringList{QStringLiteral("p95")});
        QVERIFY(node->item(QStringLiteral("logs"))->isManual());
        QCOMPARE(node->item(QStringLiteral("health"))->checks,
                 (QStringList{QStringLiteral("errors"), QStringLiteral("gc")}));
        QCOMPARE(node->neededChecks(),
                 (QStringList{QStringLiteral("p95"), QStringLiteral("errors"), QStringLiteral("gc")}));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown check") << replaced(kChecklist, "check: p95\n", "check: p99\n") << 19 << 20
                                       << "unknown check";
        QTest::newRow("item twice") << replaced(kChecklist, "- id: baselines", "- id: logs") << 28 << 17
                                    << "defined twice";
        QTest::newRow("section twice") << replaced(kChecklist, "- id: weekly", "- id: daily") << 22 << 13
                                       << "defined twice";
        QTest::newRow("missing German") << replaced(kChecklist, "{en: Review logs, de: Logs durchsehen}",
                                                    "{en: Review logs}")
                                        << 21 << 19 << "German";
        QTest::newRow("section without items")
            << replaced(kChecklist,
                        "        items:\n          - id: latency\n            text: {en: Check response times, de: "
                        "Antwortzeiten}\n            check: p95\n          - id: logs\n            text: "
                        "{en: Review logs, de: Logs durchsehen}\n",
                        "        items: []\n")
            << 16 << 16 << "has no items";
        QTest::newRow("checklist with a finding")
            << replaced(kChecklist, "    sections:\n", "    finding: {slug: x, severity: warning}\n    sections:\n")
            << 15 << 7 << "is a checklist";
        QTest::newRow("item without id") << replaced(kChecklist, "- id: logs\n            text", "- text") << 20 << 13
                                         << "missing \"id\"";
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        const lotse::Diagnostic problem
            = lotse::test::problemAbout(RunbookLoader::parse(text, QStringLiteral("bad.yaml")), needle);
        QVERIFY2(problem.message.contains(needle), qPrintable(problem.toString()));
        QCOMPARE(problem.file, QStringLiteral("bad.yaml"));
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }

    void liveItemsTakeTheirChecksStates()
    {
        const auto session = walk();
        QVERIFY(session->isFinished());
        QCOMPARE(stateOf(*session, QStringLiteral("latency")), State::Good);
        // The worst of its checks; the optional GC check is not there and decides nothing.
        QCOMPARE(stateOf(*session, QStringLiteral("health")), State::Warning);
        QVERIFY(session->reading(QStringLiteral("gc"))->skipped);
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Findings);
        const QList<lotse::Finding> findings = session->findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().slug, QStringLiteral("health"));
        QCOMPARE(findings.first().severity, State::Warning);
        QCOMPARE(session->findingTitle(findings.first()).text(QStringLiteral("de")), QStringLiteral("Fehler und GC"));
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 1);
    }

    void uncheckedManualItemsAreNoFailure()
    {
        m_prometheus->set(QStringLiteral("errors"), 0.5);
        const auto session = walk();
        QCOMPARE(stateOf(*session, QStringLiteral("health")), State::Good);
        QVERIFY(!session->tick(QStringLiteral("list"), QStringLiteral("logs")).ticked);
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Healthy);
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 0);
    }

    void anUnreadableCheckIsNeverGood()
    {
        m_prometheus->fail(QStringLiteral("p95_down"),
                           lotse::Error{lotse::Error::Kind::Network, QStringLiteral("refused")});
        auto runbook
            = RunbookLoader::parse(replaced(kChecklist, "query: p95,", "query: p95_down,"), QStringLiteral("x"));
        QVERIFY(runbook);
        const auto session = walk(*runbook);
        QCOMPARE(stateOf(*session, QStringLiteral("latency")), State::Unknown);
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Error);
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 2);
    }

    void onlyManualItemsTakeTicks()
    {
        const auto session = walk();
        QSignalSpy ticked(session.get(), &DiagnosisSession::tickChanged);
        QVERIFY(session->setTick(QStringLiteral("list"), QStringLiteral("logs"), {true, QStringLiteral("clean")}));
        QCOMPARE(ticked.count(), 1);
        QVERIFY(!session->setTick(QStringLiteral("list"), QStringLiteral("health"), {true, {}}));
        QVERIFY(!session->setTick(QStringLiteral("list"), QStringLiteral("nothing"), {true, {}}));
        QCOMPARE(ticked.count(), 1);
        // A tick on a live item would have changed nothing: its state is its checks'.
        QCOMPARE(stateOf(*session, QStringLiteral("health")), State::Warning);
        QCOMPARE(session->tick(QStringLiteral("list"), QStringLiteral("logs")).note, QStringLiteral("clean"));
    }

    void jsonKeepsTheIds()
    {
        const auto session = walk();
        session->setTick(QStringLiteral("list"), QStringLiteral("baselines"), {true, QStringLiteral("v2")});
        const QJsonArray items
            = lotse::DiagnosisReport::json(*session, QStringLiteral("de")).value(QStringLiteral("checklist")).toArray();
        QCOMPARE(items.size(), 4);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &item : items)
            byId.insert(item.toObject().value(QStringLiteral("item")).toString(), item.toObject());
        QCOMPARE(byId.value(QStringLiteral("latency")).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("live"));
        QCOMPARE(byId.value(QStringLiteral("latency")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("good"));
        QCOMPARE(byId.value(QStringLiteral("health")).value(QStringLiteral("section")).toString(),
                 QStringLiteral("weekly"));
        QCOMPARE(byId.value(QStringLiteral("health")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("warning"));
        QCOMPARE(byId.value(QStringLiteral("logs")).value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        QCOMPARE(byId.value(QStringLiteral("logs")).value(QStringLiteral("ticked")).toBool(), false);
        QCOMPARE(byId.value(QStringLiteral("baselines")).value(QStringLiteral("ticked")).toBool(), true);
        QCOMPARE(byId.value(QStringLiteral("baselines")).value(QStringLiteral("note")).toString(),
                 QStringLiteral("v2"));
        QCOMPARE(byId.value(QStringLiteral("baselines")).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Baselines pflegen"));
        const QString text = lotse::DiagnosisReport::text(*session, QStringLiteral("en"));
        QVERIFY2(text.contains(QLatin1String("[x] Update baselines")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("[ ] Review logs")), qPrintable(text));
    }

    void ticksSurviveSaveAndReopen()
    {
        const auto session = walk();
        QVERIFY(session->setTick(QStringLiteral("list"), QStringLiteral("logs"), {true, QStringLiteral("no errors")}));
        QVERIFY(session->setTick(QStringLiteral("list"), QStringLiteral("baselines"),
                                 {false, QStringLiteral("next week")}));
        QTemporaryDir directory;
        lotse::DiagnosisStore store(directory.filePath(QStringLiteral("diagnoses.sqlite")));
        QVERIFY(store.save(QStringLiteral("one"), DiagnosisRecord::of(*session), QStringLiteral("findings")));
        const auto record = store.load(QStringLiteral("one"));
        QVERIFY(record);
        const auto runbook = record->runbook();
        QVERIFY(runbook);
        const auto reopened = record->restore(*runbook, m_sources);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
        const ChecklistTick logs = (*reopened)->tick(QStringLiteral("list"), QStringLiteral("logs"));
        QVERIFY(logs.ticked);
        QCOMPARE(logs.note, QStringLiteral("no errors"));
        const ChecklistTick baselines = (*reopened)->tick(QStringLiteral("list"), QStringLiteral("baselines"));
        QVERIFY(!baselines.ticked);
        QCOMPARE(baselines.note, QStringLiteral("next week"));
        QCOMPARE(stateOf(**reopened, QStringLiteral("health")), State::Warning);
        QCOMPARE(lotse::DiagnosisReport::json(**reopened, QStringLiteral("en")),
                 lotse::DiagnosisReport::json(*session, QStringLiteral("en")));
    }

    void aSavedTickOnALiveItemIsANamedError()
    {
        const auto session = walk();
        QJsonObject walked = DiagnosisRecord::of(*session).walk();
        walked.insert(QStringLiteral("ticks"),
                      QJsonArray{QJsonObject{{QStringLiteral("node"), QStringLiteral("list")},
                                             {QStringLiteral("item"), QStringLiteral("health")},
                                             {QStringLiteral("ticked"), true}}});
        const auto record = DiagnosisRecord::parse(QJsonDocument(walked).toJson(), session->runbook().text);
        QVERIFY(record);
        const auto restored = record->restore(session->runbook(), m_sources);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(QLatin1String("\"health\"")), qPrintable(restored.error().message));
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"
