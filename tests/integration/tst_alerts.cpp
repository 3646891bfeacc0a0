#include "alerts/alertsreader.h"
#include "core/unit.h"
#include "cannedhttpserver.h"
#include "sources/prometheus/prometheussource.h"
#include "support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace lotse;

namespace {

// The fixture holds KATO's database slowdown and Prompt Card's slow
// responses next to a healthy TMI and GreenLang (tests/alerts/CMakeLists.txt).
const QStringList kExpected{QStringLiteral("KatoHighLatency"), QStringLiteral("KatoSlowDatabaseQueries"),
                            QStringLiteral("PromptCardHighResponseTime")};

QString fixtureUrl()
{
    return test::readLine(qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/prometheus-alerts/url"));
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!fixtureUrl().isEmpty(), "the prometheus-alerts fixture did not start");
        PrometheusSettings settings;
        settings.url = QUrl(fixtureUrl());
        m_source = new PrometheusSource(QStringLiteral("prometheus"), settings, this);
        // Every rule has been evaluated once: from then on the set of alerts
        // is what the rules make of the samples, not a matter of timing.
        QTRY_VERIFY_WITH_TIMEOUT(allRulesEvaluated(), 60000);
    }

    void incidentsFireAndHealthyStaySilent()
    {
        QStringList problems;
        const QList<Alert> alerts = readAlerts(&problems);
        QCOMPARE(problems, QStringList());
        QStringList names;
        for (const Alert &alert : alerts)
            names.append(alert.name);
        names.sort();
        QCOMPARE(names, kExpected);
        for (const Alert &alert : alerts) {
            QCOMPARE(alert.source, QStringLiteral("prometheus"));
            QVERIFY(alert.activeAt.isValid());
            QVERIFY(alert.activeAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
            QVERIFY(alert.value > 0.1);
            QVERIFY(!alert.annotations.value(QStringLiteral("summary")).isEmpty());
            QVERIFY(!alert.annotations.value(QStringLiteral("description")).isEmpty());
            QCOMPARE(alert.runbook.kind, RunbookLink::Kind::Runbook);
            // Every shipped rule says what its value measures.
            QVERIFY2(unitFromName(alert.annotations.value(QStringLiteral("unit"))).value_or(Unit::None) != Unit::None,
                     qPrintable(alert.name));
        }
        const Alert &database = alerts.at(alertIndex(alerts, QStringLiteral("KatoSlowDatabaseQueries")));
        QCOMPARE(database.runbook.runbook, QStringLiteral("kato"));
        QCOMPARE(database.runbook.node, QStringLiteral("latency_database"));
        QCOMPARE(database.labels.value(QStringLiteral("job")), QStringLiteral("kato"));
        QCOMPARE(database.severity, QStringLiteral("critical"));
    }

    void unreachableSourceIsNamed()
    {
        PrometheusSettings settings;
        settings.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
        PrometheusSource nowhere(QStringLiteral("nowhere"), settings);
        AlertsReader reader;
        QSignalSpy finished(&reader, &AlertsReader::finished);
        reader.read({m_source, &nowhere});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(0).value<QList<Alert>>().size(), kExpected.size());
        const QStringList problems = finished.first().at(1).toStringList();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().startsWith(QStringLiteral("nowhere: ")));
    }

    void commandListsThemWithRunbookLinks()
    {
        const test::Run run = test::run(test::lotseBinary(),
                                        {QStringLiteral("alerts"), QStringLiteral("--prometheus"), fixtureUrl(),
                                         QStringLiteral("--json"), QStringLiteral("-")});
        // Pending only: the live rules have not held for their `for:` yet.
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QStringLiteral("problems")).toArray().size(), 0);
        QStringList links;
        for (const QJsonValue &alert : root.value(QStringLiteral("alerts")).toArray()) {
            const QJsonObject object = alert.toObject();
            QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
            links.append(object.value(QStringLiteral("name")).toString() + QLatin1Char(' ')
                         + object.value(QStringLiteral("runbook")).toObject().value(QStringLiteral("url")).toString());
        }
        links.sort();
        QCOMPARE(
            links,
            QStringList({QStringLiteral("KatoHighLatency lotse:runbook/kato#high_latency"),
                         QStringLiteral("KatoSlowDatabaseQueries lotse:runbook/kato#latency_database"),
                         QStringLiteral("PromptCardHighResponseTime lotse:runbook/promptcard#high_response_time")}));
    }

    void commandTextFollowsLanguage()
    {
        const test::Run run = test::run(test::lotseBinary(),
                                        {QStringLiteral("alerts"), QStringLiteral("--prometheus"), fixtureUrl(),
                                         QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(QStringLiteral("[ausstehend] KatoHighLatency (kritisch)")), run.out.constData());
        QVERIFY(text.contains(QStringLiteral("Hohe P95-Latenz")));
        QVERIFY(text.contains(QStringLiteral("Das 95. Perzentil der Anfragelatenz von KATO")));
        QVERIFY(text.contains(QStringLiteral("Runbook: lotse:runbook/kato#high_latency")));
    }

    void commandSaysWhenASourceCannotAnswer()
    {
        const test::Run run
            = test::run(test::lotseBinary(),
                        {QStringLiteral("alerts"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1"),
                         QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("problems")).toArray().size(), 1);
    }

    // No Alertmanager among the installed packages: a canned one answers
    // /api/v2/alerts with the firing KatoHighLatency (as Prometheus would
    // have sent it there) and an alert of its own.
    void alertmanagerJoinsAndFiringWins()
    {
        test::CannedHttpServer alertmanager(200, kAlertmanagerBody.toByteArray());
        PrometheusSettings settings;
        settings.url = QUrl(QString::fromLatin1(alertmanager.url()));
        PrometheusSource source(QStringLiteral("alertmanager"), settings);
        AlertsReader reader;
        QSignalSpy finished(&reader, &AlertsReader::finished);
        reader.read({m_source}, &source);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QList<Alert> alerts = finished.first().at(0).value<QList<Alert>>();
        QCOMPARE(finished.first().at(1).toStringList(), QStringList());
        QCOMPARE(alerts.size(), kExpected.size() + 1);
        QVERIFY(alertmanager.requestHeads().first().startsWith("GET /api/v2/alerts "));
        const Alert &latency = alerts.at(alertIndex(alerts, QStringLiteral("KatoHighLatency")));
        QCOMPARE(latency.state, Alert::State::Firing);
        QCOMPARE(latency.source, QStringLiteral("alertmanager"));
        const Alert &own = alerts.at(alertIndex(alerts, QStringLiteral("DiskFull")));
        QCOMPARE(own.runbook.kind, RunbookLink::Kind::External);
        // Firing first.
        QCOMPARE(alerts.first().state, Alert::State::Firing);
        QCOMPARE(alerts.last().state, Alert::State::Pending);

        const test::Run run = test::run(test::lotseBinary(),
                                        {QStringLiteral("alerts"), QStringLiteral("--prometheus"), fixtureUrl(),
                                         QStringLiteral("--alertmanager"), QString::fromLatin1(alertmanager.url())});
        QCOMPARE(run.exitCode, 1); // an alert fires
        QVERIFY(run.out.contains("[firing] KatoHighLatency"));
    }

private:
    static constexpr QByteArrayView kAlertmanagerBody
        = R"([{"labels":{"alertname":"KatoHighLatency","instance":"kato-0:8000","job":"kato","severity":"critical"},)"
          R"("annotations":{"runbook_url":"lotse:runbook/kato#high_latency"},"startsAt":"2026-12-05T14:00:00Z",)"
          R"("status":{"state":"active"}},)"
          R"({"labels":{"alertname":"DiskFull","severity":"warning"},)"
          R"("annotations":{"runbook_url":"https://wiki.example.org/disk"},"startsAt":"2026-12-05T14:05:00Z",)"
          R"("status":{"state":"active"}}])";

    QByteArray fetchBody(const QString &path)
    {
        std::optional<QByteArray> body;
        QObject context;
        m_source->fetch(path)->onFinished(
            &context, [&body](QueryReply::Result result) { body = result ? result->text.toUtf8() : QByteArray(); });
        QTest::qWaitFor([&body] { return body.has_value(); }, 10000);
        return body.value_or(QByteArray());
    }

    bool allRulesEvaluated()
    {
        const QJsonObject data = QJsonDocument::fromJson(fetchBody(QStringLiteral("api/v1/rules")))
                                     .object()
                                     .value(QStringLiteral("data"))
                                     .toObject();
        int rules = 0;
        for (const QJsonValue &group : data.value(QStringLiteral("groups")).toArray()) {
            for (const QJsonValue &rule : group.toObject().value(QStringLiteral("rules")).toArray()) {
                // "err" counts too: once Prometheus has reloaded the backfilled
                // blocks, it cannot write ALERTS behind their future end, and
                // says so in the health of the rules that fire.
                if (rule.toObject().value(QStringLiteral("health")).toString() == QLatin1String("unknown"))
                    return false;
                ++rules;
            }
        }
        return rules == 13; // every rule of the four files in resources/alerts
    }

    QList<Alert> readAlerts(QStringList *problems)
    {
        AlertsReader reader;
        QSignalSpy finished(&reader, &AlertsReader::finished);
        reader.read({m_source});
        if (!finished.wait(30000))
            return {};
        *problems = finished.first().at(1).toStringList();
        return finished.first().at(0).value<QList<Alert>>();
    }

    static qsizetype alertIndex(const QList<Alert> &alerts, const QString &name)
    {
        for (qsizetype i = 0; i < alerts.size(); ++i) {
            if (alerts.at(i).name == name)
                return i;
        }
        return -1;
    }

    PrometheusSource *m_source = nullptr;
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
