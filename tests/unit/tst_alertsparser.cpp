#include "alerts/alertsparser.h"
#include "alerts/alertsreport.h"

#include <QTest>

using namespace lotse;

namespace {

QByteArray alertJson(const QByteArray &name, const QByteArray &state, const QByteArray &extra = {})
{
    return R"({"labels":{"alertname":")" + name
        + R"(","severity":"critical","instance":"kato-0:8000"},)"
          R"("annotations":{"summary":"High P95 latency","summary_de":"Hohe Latenz",)"
          R"("runbook_url":"lotse:runbook/kato#high_latency"},"state":")"
        + state + R"(","activeAt":"2026-12-05T14:30:15.123456789Z","value":"6.5e-01")" + extra + "}";
}

QByteArray success(const QByteArray &data)
{
    return R"({"status":"success","data":)" + data + "}";
}

} // namespace

class TestAlertsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsPrometheusAlerts()
    {
        const auto alerts
            = AlertsParser::prometheusAlerts(success(R"({"alerts":[)" + alertJson("KatoHighLatency", "firing") + "]}"));
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), 1);
        const Alert &alert = alerts->first();
        QCOMPARE(alert.name, QStringLiteral("KatoHighLatency"));
        QCOMPARE(alert.state, Alert::State::Firing);
        QCOMPARE(alert.severity, QStringLiteral("critical"));
        QCOMPARE(alert.labels.value(QStringLiteral("instance")), QStringLiteral("kato-0:8000"));
        QCOMPARE(alert.activeAt, QDateTime(QDate(2026, 12, 5), QTime(14, 30, 15, 123), Qt::UTC));
        QCOMPARE(alert.value, 0.65);
        QCOMPARE(alert.text(QStringLiteral("summary"), QStringLiteral("de")), QStringLiteral("Hohe Latenz"));
        QCOMPARE(alert.text(QStringLiteral("summary"), QStringLiteral("en")), QStringLiteral("High P95 latency"));
        QCOMPARE(alert.runbook.kind, RunbookLink::Kind::Runbook);
        QCOMPARE(alert.runbook.node, QStringLiteral("high_latency"));
    }

    void readsAlertingRulesOnly()
    {
        const QByteArray body = success(R"({"groups":[{"name":"g","rules":[)"
                                        R"({"type":"recording","name":"r","alerts":[)"
                                        + alertJson("NotAnAlert", "firing")
                                        + R"(]},)"
                                          R"({"type":"alerting","name":"a","alerts":[)"
                                        + alertJson("KatoHighCPU", "pending") + "]}]}]}");
        const auto alerts = AlertsParser::prometheusRules(body);
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->first().name, QStringLiteral("KatoHighCPU"));
        QCOMPARE(alerts->first().state, Alert::State::Pending);
    }

    void valueTakesTheUnitItsRuleNames()
    {
        Alert alert;
        alert.value = 0.1499;
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(AlertsReport::valueText(alert, english), QStringLiteral("0.1499"));
        alert.annotations.insert(QStringLiteral("unit"), QStringLiteral("s"));
        QCOMPARE(AlertsReport::valueText(alert, english), QStringLiteral("150 ms"));
        QCOMPARE(AlertsReport::valueText(alert, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("150 ms"));
        alert.annotations.insert(QStringLiteral("unit"), QStringLiteral("ratio"));
        QCOMPARE(AlertsReport::valueText(alert, english), QStringLiteral("15 %"));
        // A unit Lotse does not know leaves the number as it came.
        alert.annotations.insert(QStringLiteral("unit"), QStringLiteral("furlongs"));
        QCOMPARE(AlertsReport::valueText(alert, english), QStringLiteral("0.1499"));
        alert.value = std::nan("");
        QCOMPARE(AlertsReport::valueText(alert, english), QString());
    }

    void readsAlertmanager()
    {
        const QByteArray body
            = R"([{"labels":{"alertname":"A"},"annotations":{"runbook_url":"https://wiki.example.org/a"},)"
              R"("startsAt":"2026-12-05T14:00:00Z","status":{"state":"active"}},)"
              R"({"labels":{"alertname":"Silenced"},"annotations":{},)"
              R"("startsAt":"2026-12-05T14:00:00Z","status":{"state":"suppressed"}}])";
        const auto alerts = AlertsParser::alertmanagerAlerts(body);
        QVERIFY(alerts);
        QCOMPARE(alerts->size(), 1);
        QCOMPARE(alerts->first().state, Alert::State::Firing);
        QCOMPARE(alerts->first().activeAt, QDateTime(QDate(2026, 12, 5), QTime(14, 0), Qt::UTC));
        QVERIFY(std::isnan(alerts->first().value));
        QCOMPARE(alerts->first().runbook.kind, RunbookLink::Kind::External);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int malformed = int(Error::Kind::Malformed);
        QTest::newRow("not json") << QByteArray("{\"status\":") << malformed;
        QTest::newRow("error status") << QByteArray(R"({"status":"error","error":"boom"})")
                                      << int(Error::Kind::QueryFailed);
        QTest::newRow("alerts not a list") << success(R"({"alerts":{"a":1}})") << malformed;
        QTest::newRow("unknown state") << success(R"({"alerts":[)" + alertJson("A", "exploding") + "]}") << malformed;
        QTest::newRow("labels not an object")
            << success(R"({"alerts":[{"labels":[1,2],"state":"firing"}]})") << malformed;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << malformed;
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto alerts = AlertsParser::prometheusAlerts(body);
        QVERIFY(!alerts);
        QCOMPARE(int(alerts.error().kind), kind);
    }

    void boundsHugeAnswers()
    {
        QByteArray many = R"({"alerts":[)";
        for (int i = 0; i <= AlertsParser::kMaxAlerts; ++i)
            many += (i ? "," : "") + alertJson("A" + QByteArray::number(i), "firing");
        QVERIFY(!AlertsParser::prometheusAlerts(success(many + "]}")));

        QByteArray labels = R"({"alerts":[{"state":"firing","labels":{)";
        for (int i = 0; i <= AlertsParser::kMaxLabels; ++i)
            labels += (i ? "," : "") + QByteArray("\"l") + QByteArray::number(i) + "\":\"v\"";
        QVERIFY(!AlertsParser::prometheusAlerts(success(labels + "}}]}")));

        const QByteArray longText(AlertsParser::kMaxText * 4, 'x');
        const auto truncated = AlertsParser::prometheusAlerts(
            success(R"({"alerts":[{"state":"firing","labels":{"alertname":")" + longText + R"("}}]})"));
        QVERIFY(truncated);
        QCOMPARE(truncated->first().name.size(), AlertsParser::kMaxText + 1);
    }

    void zeroTimeIsUnknown()
    {
        const auto alerts = AlertsParser::prometheusAlerts(success(
            R"({"alerts":[{"state":"pending","labels":{"alertname":"A"},"activeAt":"0001-01-01T00:00:00Z"}]})"));
        QVERIFY(alerts);
        QVERIFY(!alerts->first().activeAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestAlertsParser)
#include "tst_alertsparser.moc"
