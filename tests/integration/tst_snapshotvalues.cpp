// For every KPI of the seed dashboards, `lotse snapshot` must report what
// promtool reads from the same engine for the same PromQL at the same instant.
#include "support.h"

#include "definitions/dashboardloader.h"
#include "definitions/definitioncatalog.h"
#include "sources/prometheus/prometheusresponseparser.h"

#include <QSet>

#include <cmath>

using namespace lotse::test;

namespace {

/// The value promtool reads for @p query, NaN for an empty answer.
double promtoolValue(const QString &url, const QString &query, qint64 at, QString *problem)
{
    const Run result = run(QStringLiteral("promtool"),
                           {QStringLiteral("query"), QStringLiteral("instant"), QStringLiteral("-o"),
                            QStringLiteral("json"), QStringLiteral("--time=%1").arg(at), url, query});
    if (result.exitCode != 0) {
        *problem = QStringLiteral("promtool failed: ") + QString::fromUtf8(result.err);
        return std::nan("");
    }
    const QJsonArray vector = QJsonDocument::fromJson(result.out).array();
    if (vector.size() > 1)
        *problem = QStringLiteral("the query returns %1 series; a KPI query must return one").arg(vector.size());
    if (vector.isEmpty())
        return std::nan("");
    const QString text = vector.at(0).toObject().value(QStringLiteral("value")).toArray().at(1).toString();
    double value = std::nan("");
    lotse::PrometheusResponseParser::parseSampleValue(text.toStdString(), value);
    return value;
}

bool closeEnough(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (a == b)
        return true;
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestSnapshotValues final : public QObject
{
    Q_OBJECT

private:
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the engine fixture did not start: see tests/fixtures/*/ logs");
        QVERIFY2(!lotseBinary().isEmpty(), "LOTSE_BINARY is not set");
        QVERIFY2(!cases().isEmpty(), "no cases.json from scripts/history.py");
        QVERIFY2(run(QStringLiteral("promtool"), {QStringLiteral("--version")}).exitCode == 0,
                 "promtool is missing: install the Debian package prometheus");
    }

    void kpisMatchPromtool_data()
    {
        QTest::addColumn<QString>("dashboard");
        QTest::addColumn<qint64>("at");
        // Per system: the healthy case and the first two incidents.
        QHash<QString, int> taken;
        for (const QJsonValue &value : cases()) {
            const QJsonObject entry = value.toObject();
            const QString system = entry.value(QStringLiteral("system")).toString();
            if (taken[system]++ >= 3)
                continue;
            const QString name = entry.value(QStringLiteral("name")).toString();
            QTest::newRow(qPrintable(name)) << system << qint64(entry.value(QStringLiteral("at")).toDouble());
        }
    }
    void kpisMatchPromtool()
    {
        QFETCH(QString, dashboard);
        QFETCH(qint64, at);
        const auto definition = lotse::DashboardLoader::loadFile(
            lotse::DefinitionCatalog(QStringLiteral("dashboards")).resolve(dashboard));
        QVERIFY(definition);

        const Run snapshot
            = run(lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), dashboard, QStringLiteral("--prometheus"),
                   m_url, QStringLiteral("--at"), QString::number(at), QStringLiteral("--json"), QStringLiteral("-")});
        const QJsonObject report = QJsonDocument::fromJson(snapshot.out).object();
        const QJsonArray kpis = report.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), definition->kpis.size());
        int readable = 0;
        for (int i = 0; i < kpis.size(); ++i) {
            const QJsonObject kpi = kpis.at(i).toObject();
            const lotse::KpiSpec &spec = definition->kpis.at(i);
            QCOMPARE(kpi.value(QStringLiteral("id")).toString(), spec.id);
            QString problem;
            const double expected = promtoolValue(m_url, spec.query, at, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(spec.id + QStringLiteral(": ") + problem));
            const QJsonValue reported = kpi.value(QStringLiteral("value"));
            const double actual = reported.isDouble() ? reported.toDouble() : std::nan("");
            QVERIFY2(closeEnough(actual, expected),
                     qPrintable(QStringLiteral("%1: lotse %2, promtool %3")
                                    .arg(spec.id)
                                    .arg(actual, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
            if (std::isnan(expected)) {
                // A NaN is unknown with its error, or n/a with its reason when its denominator is zero.
                const QString state = kpi.value(QStringLiteral("state")).toString();
                QVERIFY2(state == QLatin1String("unknown") || state == QLatin1String("n/a"), qPrintable(state));
                const QString why
                    = kpi.value(state == QLatin1String("n/a") ? QStringLiteral("reason") : QStringLiteral("error"))
                          .toString();
                QVERIFY(!why.isEmpty());
            } else {
                ++readable;
                QVERIFY(kpi.value(QStringLiteral("state")).toString() != QLatin1String("unknown"));
            }
        }
        // A dashboard that reads nothing would match promtool trivially.
        QVERIFY2(readable >= kpis.size() - 1, qPrintable(QStringLiteral("only %1 KPIs readable").arg(readable)));
        QCOMPARE(snapshot.exitCode, readable == kpis.size() ? 0 : 2);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotValues)
#include "tst_snapshotvalues.moc"
