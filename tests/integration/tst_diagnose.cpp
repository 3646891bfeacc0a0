// `lotse diagnose` on every case the project's incident generator writes,
// served by a real Prometheus: every expected finding with its severity, no
// other finding, and the exit status the verdict calls for.
#include "support.h"
#include "testfiles.h"

#include <QSet>
#include <QTemporaryDir>

using namespace lotse::test;

class TestDiagnose final : public QObject
{
    Q_OBJECT

private:
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        QVERIFY2(!cases().isEmpty(), "no cases.json from scripts/history.py");
    }

    void everyCase_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QSet<QString> systems;
        for (const QJsonValue &value : cases()) {
            const QJsonObject entry = value.toObject();
            systems.insert(entry.value(QStringLiteral("system")).toString());
            QTest::newRow(qPrintable(entry.value(QStringLiteral("name")).toString())) << entry;
        }
        // Each runbook is held to a healthy system and its incidents.
        QCOMPARE(systems.size(), 5);
    }
    void everyCase()
    {
        QFETCH(QJsonObject, entry);
        const QString runbook = entry.value(QStringLiteral("system")).toString();
        const Run diagnose
            = run(lotseBinary(),
                  {QStringLiteral("diagnose"), QStringLiteral("--runbook"), runbook, QStringLiteral("--prometheus"),
                   m_url, QStringLiteral("--at"), QString::number(qint64(entry.value(QStringLiteral("at")).toDouble())),
                   QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonObject report = QJsonDocument::fromJson(diagnose.out).object();
        QVERIFY2(!report.isEmpty(), diagnose.err.constData());
        QCOMPARE(report.value(QStringLiteral("runbook")).toString(), runbook);

        QHash<QString, QString> found;
        for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject object = finding.toObject();
            found.insert(object.value(QStringLiteral("slug")).toString(),
                         object.value(QStringLiteral("severity")).toString());
            QVERIFY(!object.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY2(!object.value(QStringLiteral("evidence")).toArray().isEmpty(),
                     qPrintable(object.value(QStringLiteral("slug")).toString()));
        }
        const QJsonArray expected = entry.value(QStringLiteral("expect")).toArray();
        for (const QJsonValue &value : expected) {
            const QString slug = value.toObject().value(QStringLiteral("slug")).toString();
            QVERIFY2(found.contains(slug),
                     qPrintable(QStringLiteral("missing %1 in %2").arg(slug, QString::fromUtf8(diagnose.out))));
            QCOMPARE(found.value(slug), value.toObject().value(QStringLiteral("severity")).toString());
        }
        QCOMPARE(found.size(), expected.size()); // nothing else
        const QString verdict = report.value(QStringLiteral("verdict")).toString();
        QCOMPARE(verdict, expected.isEmpty() ? QStringLiteral("healthy") : QStringLiteral("findings"));
        QCOMPARE(diagnose.exitCode, expected.isEmpty() ? 0 : 1);
        QVERIFY(!report.value(QStringLiteral("path")).toArray().isEmpty());
    }

    void heldCheckNeedsTheWholeSpan_data()
    {
        QTest::addColumn<qint64>("phase");
        QTest::addColumn<QStringList>("slugs");
        // The clock's seconds into a ten-minute cycle: at 350 s it rose above 100 only
        // for the last 250 s of the five minutes; at 590 s it was above all along.
        QTest::newRow("a moment") << qint64(350) << QStringList{QStringLiteral("moment")};
        QTest::newRow("held") << qint64(590) << QStringList{QStringLiteral("held"), QStringLiteral("moment")};
    }
    void heldCheckNeedsTheWholeSpan()
    {
        QFETCH(qint64, phase);
        QFETCH(QStringList, slugs);
        QTemporaryDir directory;
        const QString path = writeFile(
            directory, QStringLiteral("clock.yaml"),
            "id: clock\nversion: 1\ntitle: {en: Clock, de: Uhr}\n"
            "checks:\n"
            "  now:\n    title: {en: Now, de: Jetzt}\n    query: vector(time() % 600)\n"
            "    thresholds: {critical: 100}\n"
            "  held:\n    title: {en: Held, de: Gehalten}\n    query: vector(time() % 600)\n    for: 5m\n"
            "    thresholds: {critical: 100}\n"
            "start: symptom\nnodes:\n"
            "  symptom:\n    title: {en: Clock, de: Uhr}\n    branches:\n"
            "      - when: {check: held, state: [critical]}\n        goto: held\n"
            "      - when: {check: now, state: [critical]}\n        goto: moment\n"
            "  held:\n    title: {en: Held, de: Gehalten}\n    finding: {slug: held, severity: critical}\n"
            "  moment:\n    title: {en: Moment, de: Moment}\n    finding: {slug: moment, severity: warning}\n");
        QVERIFY(!path.isEmpty());
        const qint64 hourAgo = QDateTime::currentSecsSinceEpoch() - 3600;
        const qint64 at = hourAgo - hourAgo % 600 + phase;
        const Run diagnose
            = run(lotseBinary(),
                  {QStringLiteral("diagnose"), QStringLiteral("--runbook"), path, QStringLiteral("--prometheus"), m_url,
                   QStringLiteral("--at"), QString::number(at), QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonObject report = QJsonDocument::fromJson(diagnose.out).object();
        QVERIFY2(!report.isEmpty(), diagnose.err.constData());
        QStringList found;
        for (const QJsonValue &finding : report.value(QStringLiteral("findings")).toArray())
            found.append(finding.toObject().value(QStringLiteral("slug")).toString());
        found.sort();
        QCOMPARE(found, slugs);
        // The evidence of a held finding names the query that was sent, over its span.
        const bool sentOverTheSpan = diagnose.out.contains("min_over_time((vector(time() % 600))[300s:15s])");
        QVERIFY2(sentOverTheSpan == slugs.contains(QStringLiteral("held")), diagnose.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestDiagnose)
#include "tst_diagnose.moc"
