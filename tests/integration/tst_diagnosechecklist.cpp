// `lotse diagnose` on the built-in checklists against a real Prometheus with
// the project's generated history: each live item takes its checks' state at
// the case's instant, manual items are reported unticked, ids stay ids, and
// only a live item in warning or critical (exit 1) or a source that cannot
// answer (exit 2) changes the exit status, never an unticked item.
#include "support.h"

#include <QTcpServer>

using namespace lotse::test;

namespace {

/// The checklist entries of a `diagnose --json` report, by item id.
QHash<QString, QJsonObject> itemsOf(const QJsonObject &report)
{
    QHash<QString, QJsonObject> items;
    for (const QJsonValue &value : report.value(QStringLiteral("checklist")).toArray())
        items.insert(value.toObject().value(QStringLiteral("item")).toString(), value.toObject());
    return items;
}

} // namespace

class TestDiagnoseChecklist final : public QObject
{
    Q_OBJECT

private:
    QString m_url;

    Run diagnose(const QString &runbook, const QString &url, qint64 at)
    {
        return run(lotseBinary(),
                   {QStringLiteral("diagnose"), QStringLiteral("--runbook"), runbook, QStringLiteral("--prometheus"),
                    url, QStringLiteral("--at"), QString::number(at), QStringLiteral("--json"), QStringLiteral("-")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        QVERIFY2(!cases().isEmpty(), "no cases.json from scripts/history.py");
    }

    void liveItemsReadTheHistory_data()
    {
        QTest::addColumn<QString>("runbook");
        QTest::addColumn<QString>("incident");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("promptcard healthy") << "promptcard-checklist"
                                            << "promptcard-healthy"
                                            << "response_times"
                                            << "good" << 0;
        QTest::newRow("promptcard slow") << "promptcard-checklist"
                                         << "promptcard-high-response-time"
                                         << "response_times"
                                         << "warning" << 1;
        QTest::newRow("promptcard errors") << "promptcard-checklist"
                                           << "promptcard-high-error-rate"
                                           << "review_dashboards"
                                           << "warning" << 1;
        QTest::newRow("kato healthy") << "kato-checklist"
                                      << "kato-healthy"
                                      << "resources"
                                      << "good" << 0;
        QTest::newRow("kato cpu") << "kato-checklist"
                                  << "kato-cpu-kato"
                                  << "resources"
                                  << "critical" << 1;
        QTest::newRow("greenlang healthy") << "greenlang-checklist"
                                           << "greenlang-healthy"
                                           << "memory_monitoring"
                                           << "good" << 0;
        QTest::newRow("greenlang memory") << "greenlang-checklist"
                                          << "greenlang-memory-growth"
                                          << "memory_monitoring"
                                          << "critical" << 1;
    }
    void liveItemsReadTheHistory()
    {
        QFETCH(QString, runbook);
        QFETCH(QString, incident);
        QFETCH(QString, item);
        QFETCH(QString, state);
        QFETCH(int, exitCode);
        const QJsonObject entry = caseNamed(incident);
        QVERIFY2(!entry.isEmpty(), qPrintable(incident));
        const Run result = diagnose(runbook, m_url, qint64(entry.value(QStringLiteral("at")).toDouble()));
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QVERIFY2(!report.isEmpty(), result.err.constData());
        QCOMPARE(report.value(QStringLiteral("runbook")).toString(), runbook);
        const QHash<QString, QJsonObject> items = itemsOf(report);
        QVERIFY2(items.contains(item), result.out.constData());
        QCOMPARE(items.value(item).value(QStringLiteral("kind")).toString(), QStringLiteral("live"));
        QCOMPARE(items.value(item).value(QStringLiteral("state")).toString(), state);
        QVERIFY(!items.value(item).value(QStringLiteral("evidence")).toArray().isEmpty());
        // Every manual item is there, unticked, and the exit status does not count it.
        int manual = 0;
        for (const QJsonObject &entry : items) {
            if (entry.value(QStringLiteral("kind")).toString() != QLatin1String("manual"))
                continue;
            ++manual;
            QCOMPARE(entry.value(QStringLiteral("ticked")).toBool(true), false);
        }
        QVERIFY(manual > 0);
        QSet<QString> slugs;
        for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray())
            slugs.insert(finding.toObject().value(QStringLiteral("slug")).toString());
        QCOMPARE(slugs.contains(item), state == QLatin1String("warning") || state == QLatin1String("critical"));
        QCOMPARE(result.exitCode, exitCode);
    }

    void aSourceThatCannotAnswerFailsTheChecklist()
    {
        // A port nobody listens on any more: connection refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
        closed.close();
        const Run result
            = diagnose(QStringLiteral("promptcard-checklist"), url,
                       qint64(caseNamed(QStringLiteral("promptcard-healthy")).value(QStringLiteral("at")).toDouble()));
        const QJsonObject report = QJsonDocument::fromJson(result.out).object();
        QVERIFY2(!report.isEmpty(), result.err.constData());
        QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
        QVERIFY(!report.value(QStringLiteral("errors")).toArray().isEmpty());
        QCOMPARE(itemsOf(report).value(QStringLiteral("response_times")).value(QStringLiteral("state")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(result.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseChecklist)
#include "tst_diagnosechecklist.moc"
