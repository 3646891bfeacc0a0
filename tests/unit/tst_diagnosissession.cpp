#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosisrecord.h"
#include "diagnosis/diagnosisstore.h"
#include "definitions/runbookloader.h"
#include "sources/sourceregistry.h"
#include "staticsource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using lotse::DiagnosisSession;
using lotse::test::StaticSource;

namespace {

const QByteArray kRunbook
    = "id: shop\n"
      "title: {en: Shop, de: Laden}\n"
      "sources: [{name: prometheus, kind: prometheus}, {name: postgres, kind: postgres}]\n"
      "checks:\n"
      "  locks: {title: {en: Locks, de: Sperren}, source: postgres, query: '@blocking', reduce: count, optional: true}\n"
      "  p95: {title: {en: p95, de: p95}, query: p95, unit: s, thresholds: {warning: 0.5, critical: 2}}\n"
      "  cpu: {title: {en: CPU, de: CPU}, query: cpu, unit: percent, thresholds: {critical: 80}}\n"
      "  db: {title: {en: DB, de: DB}, query: db, unit: s}\n"
      "start: symptom\n"
      "nodes:\n"
      "  symptom:\n"
      "    title: {en: Symptom, de: Symptom}\n"
      "    branches:\n"
      "      - when: {check: p95, state: [warning, critical]}\n"
      "        goto: slow\n"
      "      - when: {check: cpu, state: critical}\n"
      "        goto: busy\n"
      "      - manual: {en: Sometimes, de: Manchmal}\n"
      "        goto: flaky\n"
      "  slow:\n"
      "    title: {en: Slow, de: Langsam}\n"
      "    follow: first\n"
      "    branches:\n"
      "      - when: {check: db, above: 0.1}\n"
      "        goto: slow_db\n"
      "      - otherwise: true\n"
      "        goto: slow_app\n"
      "  slow_db:\n"
      "    title: {en: Database slow, de: Datenbank langsam}\n"
      "    finding: {slug: latency.database, severity: {from: p95}}\n"
      "    checks: [db]\n"
      "  slow_app:\n"
      "    title: {en: Application slow, de: Anwendung langsam}\n"
      "    finding: {slug: latency.application, severity: {from: p95}}\n"
      "  busy:\n"
      "    title: {en: Busy, de: Ausgelastet}\n"
      "    finding: {slug: cpu, severity: critical}\n"
      "    checks: [locks]\n"
      "    verify: cpu\n"
      "  flaky:\n"
      "    title: {en: Flaky, de: Wackelig}\n"
      "    finding: {slug: intermittent, severity: warning}\n";

// A share of requests, and a rule about the amount of requests itself.
const QByteArray kShares
    = "id: shares\n"
      "title: {en: Shares, de: Anteile}\n"
      "checks:\n"
      "  errors:\n"
      "    title: {en: Errors, de: Fehler}\n"
      "    query: errors\n"
      "    unit: percent\n"
      "    thresholds: {critical: 1}\n"
      "    denominator: {query: requests, zero: {en: No requests, de: Keine Anfragen}}\n"
      "  rate: {title: {en: Rate, de: Rate}, query: requests, thresholds: {direction: lower-is-worse, critical: 100}}\n"
      "start: symptom\n"
      "nodes:\n"
      "  symptom:\n"
      "    title: {en: Symptom, de: Symptom}\n"
      "    branches:\n"
      "      - when: {check: errors, state: critical}\n"
      "        goto: failing\n"
      "      - when: {not: {check: errors, below: 1}}\n"
      "        goto: failing\n"
      "      - when: {check: rate, state: critical}\n"
      "        goto: idle\n"
      "  failing:\n"
      "    title: {en: Failing, de: Fehlerhaft}\n"
      "    finding: {slug: errors, severity: critical}\n"
      "    checks: [errors]\n"
      "  idle:\n"
      "    title: {en: Idle, de: Untätig}\n"
      "    finding: {slug: throughput, severity: warning}\n"
      "    checks: [errors, rate]\n";

/// The evidence of the first finding, as `diagnose --json` writes it.
QJsonArray firstEvidence(const DiagnosisSession &session, const QString &language)
{
    return lotse::DiagnosisReport::json(session, language)
        .value(QStringLiteral("findings"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("evidence"))
        .toArray();
}

QStringList slugs(const DiagnosisSession &session)
{
    QStringList found;
    for (const lotse::Finding &finding : session.findings())
        found.append(finding.slug);
    return found;
}

QStringList path(const DiagnosisSession &session)
{
    QStringList nodes;
    for (const lotse::DiagnosisStep &step : session.steps())
        nodes.append(step.node);
    return nodes;
}

} // namespace

class TestDiagnosisSession final : public QObject
{
    Q_OBJECT

private:
    lotse::Runbook m_runbook;
    lotse::SourceRegistry *m_sources = nullptr;
    StaticSource *m_source = nullptr;

    std::unique_ptr<DiagnosisSession> run()
    {
        auto session = std::make_unique<DiagnosisSession>(m_runbook, m_sources, QDateTime::currentDateTimeUtc());
        QSignalSpy finished(session.get(), &DiagnosisSession::finished);
        session->runToEnd();
        if (!session->isFinished())
            finished.wait(5000);
        return session;
    }

private Q_SLOTS:
    void init()
    {
        auto runbook = lotse::RunbookLoader::parse(kRunbook, QStringLiteral("shop.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        m_runbook = *runbook;
        m_sources = new lotse::SourceRegistry(this);
        m_source = new StaticSource;
        m_sources->add(m_source);
    }
    void cleanup() { delete m_sources; }

    void healthyReadsOnlyWhatItNeeds()
    {
        m_source->set(QStringLiteral("p95"), 0.1);
        m_source->set(QStringLiteral("cpu"), 20);
        const auto session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Healthy);
        QCOMPARE(path(*session), QStringList{QStringLiteral("symptom")});
        QCOMPARE(m_source->reads(), 2); // db is never needed
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 0);
    }

    void followsEveryBranchThatHoldsAndTheFirstInAChain()
    {
        m_source->set(QStringLiteral("p95"), 3);
        m_source->set(QStringLiteral("cpu"), 95);
        m_source->set(QStringLiteral("db"), 0.5);
        const auto session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Findings);
        QCOMPARE(path(*session),
                 (QStringList{QStringLiteral("symptom"), QStringLiteral("slow"), QStringLiteral("slow_db"),
                              QStringLiteral("busy")}));
        QCOMPARE(slugs(*session), (QStringList{QStringLiteral("latency.database"), QStringLiteral("cpu")}));
        const lotse::Finding database = session->findings().first();
        QCOMPARE(database.severity, lotse::State::Critical); // from p95's critical band
        QCOMPARE(database.evidence, (QStringList{QStringLiteral("p95"), QStringLiteral("db")}));
        QVERIFY(!database.manual);
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 1);
    }

    void otherwiseAndSeverityFromAWarningBand()
    {
        m_source->set(QStringLiteral("p95"), 0.8);
        m_source->set(QStringLiteral("cpu"), 20);
        m_source->set(QStringLiteral("db"), 0.01);
        const auto session = run();
        QCOMPARE(slugs(*session), QStringList{QStringLiteral("latency.application")});
        QCOMPARE(session->findings().first().severity, lotse::State::Warning);
    }

    void optionalEvidenceWithoutItsSourceIsSkipped()
    {
        m_source->set(QStringLiteral("p95"), 0.1);
        m_source->set(QStringLiteral("cpu"), 95);
        const auto session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Findings); // not an error
        QCOMPARE(slugs(*session), QStringList{QStringLiteral("cpu")});
        QVERIFY(session->reading(QStringLiteral("locks"))->skipped);
        QVERIFY(session->failedReadings().isEmpty());
        const QJsonArray evidence = firstEvidence(*session, QStringLiteral("en"));
        for (const QJsonValue &entry : evidence)
            QVERIFY(entry.toObject().value(QStringLiteral("check")).toString() != QLatin1String("locks"));
    }

    void optionalEvidenceTheSourceDoesNotHaveIsSkipped()
    {
        QByteArray text = kRunbook;
        text.replace("  db: {title: {en: DB, de: DB}, query: db, unit: s}",
                     "  db: {title: {en: DB, de: DB}, query: db, unit: s}\n"
                     "  gc: {title: {en: GC, de: GC}, query: gc, optional: true}");
        text.replace("    checks: [locks]\n", "    checks: [locks, gc]\n");
        auto runbook = lotse::RunbookLoader::parse(text, QStringLiteral("shop.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        m_runbook = *runbook;
        m_source->set(QStringLiteral("p95"), 0.1);
        m_source->set(QStringLiteral("cpu"), 95);
        // gc answers no data: a series this deployment does not export.
        auto session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Findings);
        QVERIFY(session->reading(QStringLiteral("gc"))->absent);
        QVERIFY(session->failedReadings().isEmpty());
        QCOMPARE(lotse::DiagnosisReport::describe(*session->reading(QStringLiteral("gc")), QLocale::c()),
                 QStringLiteral("not there: the source has no such series"));
        // A source that fails is still an error, optional or not.
        m_source->fail(QStringLiteral("gc"), {lotse::Error::Kind::ConnectionRefused, QStringLiteral("refused")});
        session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Error);
    }

    void aCheckThatCannotBeReadIsAnErrorNotHealthy()
    {
        m_source->fail(QStringLiteral("p95"), {lotse::Error::Kind::ConnectionRefused, QStringLiteral("refused")});
        m_source->set(QStringLiteral("cpu"), 20);
        const auto session = run();
        QCOMPARE(session->verdict(), DiagnosisSession::Verdict::Error);
        QCOMPARE(session->failedReadings().size(), 1);
        QCOMPARE(session->failedReadings().first().check, QStringLiteral("p95"));
        QVERIFY(session->steps().first().undecided);
        const QJsonObject json = lotse::DiagnosisReport::json(*session, QStringLiteral("en"));
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 1);
        QCOMPARE(lotse::DiagnosisReport::exitCode(*session), 2);
    }

    void nothingToJudgeIsNotApplicable_data()
    {
        QTest::addColumn<double>("errors");
        QTest::addColumn<double>("requests");
        QTest::addColumn<bool>("requestsAnswer");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("state");
        const double nan = std::nan("");
        const double inf = std::numeric_limits<double>::infinity();
        // No requests: 0/0 and x/0 are n/a, and only the rule about the amount holds.
        QTest::newRow("0/0 at zero traffic") << nan << 0.0 << true << "findings"
                                             << "n/a";
        QTest::newRow("x/0 at zero traffic") << inf << 0.0 << true << "findings"
                                             << "n/a";
        // A NaN while there were requests is a broken query, not a quiet night.
        QTest::newRow("NaN with traffic") << nan << 500.0 << true << "error"
                                          << "unknown";
        QTest::newRow("NaN, denominator unreadable") << nan << 0.0 << false << "error"
                                                     << "unknown";
        QTest::newRow("a share is judged") << 3.0 << 500.0 << true << "findings"
                                           << "critical";
    }
    void nothingToJudgeIsNotApplicable()
    {
        QFETCH(double, errors);
        QFETCH(double, requests);
        QFETCH(bool, requestsAnswer);
        QFETCH(QString, verdict);
        QFETCH(QString, state);
        auto runbook = lotse::RunbookLoader::parse(kShares, QStringLiteral("shares.yaml"));
        QVERIFY2(runbook, runbook ? "" : qPrintable(runbook.error().first().toString()));
        lotse::SourceRegistry sources;
        auto *source = new StaticSource;
        sources.add(source);
        source->set(QStringLiteral("errors"), errors);
        if (requestsAnswer)
            source->set(QStringLiteral("requests"), requests);
        DiagnosisSession session(*runbook, &sources, QDateTime::currentDateTimeUtc());
        QSignalSpy finished(&session, &DiagnosisSession::finished);
        session.runToEnd();
        if (!session.isFinished())
            QVERIFY(finished.wait(5000));
        QCOMPARE(DiagnosisSession::verdictId(session.verdict()), verdict);
        const lotse::Reading *reading = session.reading(QStringLiteral("errors"));
        QVERIFY(reading);
        QCOMPARE(lotse::stateId(reading->state), state);
        if (state == QLatin1String("n/a")) {
            // Never decided from: neither "critical" nor "not below 1" holds; the
            // throughput rule about the amount itself does.
            QCOMPARE(slugs(session), QStringList{QStringLiteral("throughput")});
            QVERIFY(!reading->error);
            QVERIFY(session.failedReadings().isEmpty());
            QJsonObject evidence;
            for (const QJsonValue &entry : firstEvidence(session, QStringLiteral("de"))) {
                if (entry.toObject().value(QStringLiteral("check")).toString() == QLatin1String("errors"))
                    evidence = entry.toObject();
            }
            QCOMPARE(evidence.value(QStringLiteral("state")).toString(), QStringLiteral("n/a"));
            QCOMPARE(evidence.value(QStringLiteral("reason")).toString(), QStringLiteral("Keine Anfragen"));
            QVERIFY(lotse::DiagnosisReport::text(session, QStringLiteral("en")).contains(QLatin1String("No requests")));
        }
    }

    void overruleIsRecordedAsManual()
    {
        m_source->set(QStringLiteral("p95"), 3);
        m_source->set(QStringLiteral("cpu"), 20);
        m_source->set(QStringLiteral("db"), 0.5);
        const auto session = run();
        QCOMPARE(slugs(*session), QStringList{QStringLiteral("latency.database")});
        // The engineer says: it is intermittent, not slow.
        QSignalSpy finished(session.get(), &DiagnosisSession::finished);
        session->overrule(0, {2});
        QCOMPARE(path(*session), QStringList{QStringLiteral("symptom")});
        QVERIFY(session->steps().first().manual);
        while (session->advance()) {
        }
        QCOMPARE(path(*session), (QStringList{QStringLiteral("symptom"), QStringLiteral("flaky")}));
        QCOMPARE(slugs(*session), QStringList{QStringLiteral("intermittent")});
        QVERIFY(session->findings().first().manual);
        QVERIFY(
            lotse::DiagnosisReport::text(*session, QStringLiteral("en")).contains(QStringLiteral("Chosen by hand")));
        QVERIFY(lotse::DiagnosisReport::json(*session, QStringLiteral("en"))
                    .value(QStringLiteral("findings"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("manual"))
                    .toBool());
    }

    void aSessionThatGoesAbortsItsReadings()
    {
        auto session = std::make_unique<DiagnosisSession>(m_runbook, m_sources, QDateTime::currentDateTimeUtc());
        session->start();
        QCOMPARE(m_source->reads(), 2); // p95 and cpu, not answered yet
        session.reset();
        QCOMPARE(m_source->aborts(), 2);
    }

    void savedSessionsResumeAndReview()
    {
        m_source->set(QStringLiteral("p95"), 3);
        m_source->set(QStringLiteral("cpu"), 95);
        m_source->set(QStringLiteral("db"), 0.5);
        const auto session = run();
        session->setNotes(QStringLiteral("Checked with the DBA."));
        QTemporaryDir directory;
        lotse::DiagnosisStore store(directory.filePath(QStringLiteral("diagnoses.sqlite")));
        QVERIFY(store.save(QStringLiteral("one"), lotse::DiagnosisRecord::of(*session), QStringLiteral("findings")));
        const auto listed = store.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().runbook, QStringLiteral("shop"));
        const auto loaded = store.load(QStringLiteral("one"));
        QVERIFY(loaded);
        const int readsBefore = m_source->reads();
        auto restoring = loaded->restore(m_runbook, m_sources);
        QVERIFY(restoring);
        std::unique_ptr<DiagnosisSession> restored = std::move(*restoring);
        QCOMPARE(m_source->reads(), readsBefore); // a review reads nothing again
        QCOMPARE(path(*restored), path(*session));
        QCOMPARE(slugs(*restored), slugs(*session));
        QCOMPARE(restored->verdict(), session->verdict());
        QCOMPARE(restored->notes(), QStringLiteral("Checked with the DBA."));
        QCOMPARE(restored->reading(QStringLiteral("db"))->value, 0.5);
        QCOMPARE(lotse::DiagnosisReport::json(*restored, QStringLiteral("de")),
                 lotse::DiagnosisReport::json(*session, QStringLiteral("de")));
        QVERIFY(store.remove(QStringLiteral("one")));
        QVERIFY(!store.load(QStringLiteral("one")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisSession)
#include "tst_diagnosissession.moc"
