#include "definitions/dashboardloader.h"
#include "definitions/definitioncatalog.h"
#include "definitions/linkedchecks.h"

#include <QDir>
#include <QStandardPaths>
#include "diagnosticsearch.h"

#include <QTest>

using lotse::DashboardLoader;
using lotse::Diagnostics;

namespace {

const QByteArray kValid = R"(id: shop
title: {en: Shop, de: Laden}
range: now-6h
refresh: 10s
kpis:
  - id: p95
    title: {en: p95 latency, de: p95-Latenz}
    query: histogram_quantile(0.95, sum by (le) (rate(x_bucket[5m])))
    unit: s
    thresholds: {direction: higher-is-worse, warning: 0.1, critical: 0.5}
    runbook: shop
    node: high_latency
  - id: rps
    title: {en: Requests, de: Anfragen}
    query: sum(rate(x_total[5m]))
    unit: reqps
    reduce: sum
    thresholds: {direction: lower-is-worse, warning: 100, critical: 10}
charts:
  - id: lat
    title: {en: Latency, de: Latenz}
    unit: s
    queries:
      - {query: 'rate(x_sum[5m])', legend: "{{instance}}"}
)";

/// kValid with two sections after its top-level panels.
const QByteArray kSections = kValid + R"(sections:
  - id: disks
    title: {en: Disks, de: Platten}
    collapsed: true
    kpis:
      - {id: full, title: {en: Full, de: Voll}, query: max(disk_used_ratio)}
    charts:
      - id: io
        title: {en: Disk I/O, de: Platten-E/A}
        queries: [{query: 'rate(disk_io[5m])'}]
  - id: net
    title: OSD
    charts:
      - id: net
        title: {en: Network, de: Netz}
        queries: [{query: 'rate(net_bytes[5m])'}]
)";

lotse::Diagnostic problemAbout(const QByteArray &text, const QString &needle)
{
    return lotse::test::problemAbout(DashboardLoader::parse(text, QStringLiteral("bad.yaml")), needle);
}

} // namespace

class TestDashboardLoader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAValidDashboard()
    {
        const auto dashboard = DashboardLoader::parse(kValid, QStringLiteral("shop.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        QCOMPARE(dashboard->id, QStringLiteral("shop"));
        QCOMPARE(dashboard->title.text(QStringLiteral("de")), QStringLiteral("Laden"));
        QCOMPARE(dashboard->range.span(), 6 * 3600);
        QCOMPARE(dashboard->refreshSeconds, 10);
        QCOMPARE(dashboard->kpis.size(), 2);
        QCOMPARE(dashboard->kpis[0].unit, lotse::Unit::Seconds);
        QCOMPARE(*dashboard->kpis[0].thresholds.critical, 0.5);
        QCOMPARE(dashboard->kpis[0].node, QStringLiteral("high_latency"));
        QCOMPARE(dashboard->kpis[1].thresholds.direction, lotse::Thresholds::Direction::LowerIsWorse);
        QCOMPARE(dashboard->kpis[1].reduce, lotse::Reduce::Sum);
        QCOMPARE(dashboard->charts[0].queries[0].legend.en, QStringLiteral("{{instance}}"));
        QCOMPARE(dashboard->sources.first().kind, QStringLiteral("prometheus"));
    }

    void legendsMayBeTranslated()
    {
        QByteArray text = kValid;
        text.replace(R"(legend: "{{instance}}")", R"(legend: {en: "busy {{instance}}", de: "belegt {{instance}}"})");
        const auto dashboard = DashboardLoader::parse(text, QStringLiteral("shop.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        const lotse::LocalizedText &legend = dashboard->charts[0].queries[0].legend;
        QCOMPARE(legend.text(QStringLiteral("en")), QStringLiteral("busy {{instance}}"));
        QCOMPARE(legend.text(QStringLiteral("de")), QStringLiteral("belegt {{instance}}"));
        // A plain legend serves both languages.
        const auto plain = DashboardLoader::parse(kValid, QStringLiteral("shop.yaml"));
        QCOMPARE(plain->charts[0].queries[0].legend.text(QStringLiteral("de")), QStringLiteral("{{instance}}"));
        // Half a translation is an error, as for titles.
        text.replace(R"(, de: "belegt {{instance}}")", "");
        QVERIFY(!DashboardLoader::parse(text, QStringLiteral("shop.yaml")));
    }

    void comparePerDashboardAndPerChart()
    {
        QByteArray text = kValid;
        text.replace("refresh: 10s\n", "refresh: 10s\ncompare: 1w\n");
        text.append(
            "  - id: other\n    title: {en: Other, de: Andere}\n    compare: 1d\n    queries: [{query: 'up'}]\n"
            "  - id: plain\n    title: {en: Plain, de: Schlicht}\n    compare: 'off'\n    queries: [{query: 'up'}]\n");
        const auto dashboard = DashboardLoader::parse(text, QStringLiteral("shop.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        QCOMPARE(dashboard->compareSeconds, 7 * 86400);
        QVERIFY(!dashboard->charts[0].compareSeconds);
        QCOMPARE(*dashboard->charts[1].compareSeconds, 86400);
        QCOMPARE(*dashboard->charts[2].compareSeconds, 0);
        // Without it, nothing is compared.
        QCOMPARE(DashboardLoader::parse(kValid, QStringLiteral("shop.yaml"))->compareSeconds, 0);
        // Only the periods the toolbar offers.
        QByteArray wrong = kValid;
        wrong.replace("refresh: 10s\n", "refresh: 10s\ncompare: 2h\n");
        QCOMPARE(problemAbout(wrong, QStringLiteral("compare")).line, 5);
    }

    void sectionsGroupPanelsAfterTheTopLevelOnes()
    {
        const auto dashboard = DashboardLoader::parse(kSections, QStringLiteral("shop.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        QCOMPARE(dashboard->sections.size(), 2);
        QCOMPARE(dashboard->sections.at(0).id, QStringLiteral("disks"));
        QCOMPARE(dashboard->sections.at(0).title.text(QStringLiteral("de")), QStringLiteral("Platten"));
        QVERIFY(dashboard->sections.at(0).collapsed);
        QVERIFY(!dashboard->sections.at(1).collapsed);
        // A plain title serves both languages.
        QCOMPARE(dashboard->sections.at(1).title.text(QStringLiteral("de")), QStringLiteral("OSD"));
        QCOMPARE(dashboard->kpis.size(), 3);
        QCOMPARE(dashboard->kpis.at(1).section, -1);
        QCOMPARE(dashboard->kpis.at(2).id, QStringLiteral("full"));
        QCOMPARE(dashboard->kpis.at(2).section, 0);
        QCOMPARE(dashboard->charts.size(), 3);
        QCOMPARE(dashboard->charts.at(0).section, -1);
        QCOMPARE(dashboard->charts.at(1).section, 0);
        QCOMPARE(dashboard->charts.at(2).section, 1);
        // A dashboard of sections alone is a dashboard.
        QByteArray only = kSections;
        only.remove(only.indexOf("kpis:\n  - id: p95"), only.indexOf("sections:") - only.indexOf("kpis:\n  - id: p95"));
        const auto sectionsOnly = DashboardLoader::parse(only, QStringLiteral("shop.yaml"));
        QVERIFY2(sectionsOnly, sectionsOnly ? "" : qPrintable(sectionsOnly.error().first().toString()));
        QCOMPARE(sectionsOnly->kpis.size(), 1);
        QCOMPARE(sectionsOnly->kpis.at(0).section, 0);
    }

    void badSectionsAreReportedWhereTheyStand_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QByteArray text;

        text = kSections;
        text.replace("- id: net\n    title: OSD", "- id: disks\n    title: OSD");
        QTest::newRow("section id twice") << text << 35 << 9 << "twice";

        text = kSections;
        text.replace("- id: net\n        title", "- id: lat\n        title");
        QTest::newRow("chart id twice across sections") << text << 38 << 13 << "twice";

        text = kSections;
        text.replace("{id: full,", "{id: p95,");
        QTest::newRow("card id of the top level again") << text << 30 << 14 << "twice";

        text = kSections;
        text.replace("collapsed: true", "collapsed: maybe");
        QTest::newRow("collapsed not a boolean") << text << 28 << 16 << "collapsed";

        text = kSections;
        text.replace("{en: Disks, de: Platten}", "{en: Disks}");
        QTest::newRow("title without German") << text << 27 << 12 << "German";

        text = kSections;
        text.replace("    title: OSD\n", "    title: OSD\n    colour: red\n");
        QTest::newRow("unknown key") << text << 37 << 5 << "unknown key";

        text = kSections;
        text.replace("    title: OSD\n    charts:", "    title: OSD\n    kpis: []\n    charts: []\n    old:");
        QTest::newRow("empty section") << text << 35 << 5 << "at least one";

        text = kSections;
        text.truncate(text.indexOf("  - id: net"));
        text += "  - net\n";
        QTest::newRow("section not a mapping") << text << 35 << 5 << "mapping";
    }
    void badSectionsAreReportedWhereTheyStand() { reportsLineAndColumn(); }

    void reportsLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QByteArray text;

        text = kValid;
        text.replace("unit: reqps", "unit: parsecs");
        QTest::newRow("unknown unit") << text << 16 << 11 << "unknown unit";

        text = kValid;
        text.replace("warning: 0.1, critical: 0.5", "warning: 0.9, critical: 0.5");
        QTest::newRow("thresholds out of order") << text << 10 << 17 << "out of order";

        text = kValid;
        text.replace("de: p95-Latenz", "fr: latence");
        QTest::newRow("missing German") << text << 7 << 12 << "German";

        text = kValid;
        text.replace("sum(rate(x_total[5m]))", "sum(rate(x_total[5m])");
        QTest::newRow("unbalanced query") << text << 15 << 15 << "malformed query";

        text = kValid;
        text.replace("    unit: reqps\n", "    unit: reqps\n    colour: red\n");
        QTest::newRow("unknown key") << text << 17 << 5 << "unknown key";

        text = kValid;
        text.replace("kpis:\n  - id: p95", "kpis:\n  - id: p95\n    title: [broken");
        QTest::newRow("yaml syntax") << text << 8 << 10 << "YAML syntax";

        text = kValid;
        text.replace("- id: rps", "- id: p95");
        QTest::newRow("duplicate id") << text << 13 << 9 << "twice";

        text = kValid;
        text.replace("range: now-6h", "range: yesterday");
        QTest::newRow("bad range") << text << 3 << 8 << "range";

        text = kValid;
        text.replace("    unit: reqps\n", "    unit: reqps\n    source: orders\n");
        QTest::newRow("unknown source") << text << 17 << 13 << "orders";
    }
    void reportsLineAndColumn()
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

    void reportsEveryProblemAtOnce()
    {
        QByteArray text = kValid;
        text.replace("unit: reqps", "unit: parsecs").replace("range: now-6h", "range: soon");
        const auto result = DashboardLoader::parse(text, QStringLiteral("bad.yaml"));
        QVERIFY(!result);
        QCOMPARE(result.error().size(), 2);
    }

    void missingFileNamesTheCause()
    {
        const auto result = DashboardLoader::loadFile(QStringLiteral("/nonexistent/dash.yaml"));
        QVERIFY(!result);
        QVERIFY(result.error().first().toString().startsWith(QStringLiteral("/nonexistent/dash.yaml:1:1:")));
    }

    void everyBuiltInDashboardLoads()
    {
        lotse::DefinitionCatalog catalog(QStringLiteral("dashboards"));
        const QStringList ids = catalog.ids();
        for (const char *id : {"demo", "kato", "tmi", "greenlang", "keiko", "promptcard"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        for (const QString &id : ids) {
            const auto dashboard = DashboardLoader::loadFile(catalog.resolve(id));
            QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
            QCOMPARE(dashboard->id, id);
            QVERIFY(!dashboard->kpis.isEmpty());
            QVERIFY(!dashboard->charts.isEmpty());
        }
    }

    void bandsNameTheirEdges()
    {
        const QByteArray text = R"(id: go
title: {en: Go, de: Go}
kpis:
  - id: goroutines
    query: max(go_goroutines)
    title: {en: Goroutines, de: Goroutinen}
    thresholds: {direction: higher-is-worse, warning: ">= 1000", critical: "> 5000"}
  - query: sum(rate(e[5m])) / sum(rate(r[5m]))
    id: errors
    title: {en: Errors, de: Fehler}
    thresholds: {direction: lower-is-worse, warning: "<= 50"}
    denominator: {query: 'sum(rate(r[5m]))', zero: {en: No requests, de: Keine Anfragen}}
)";
        const auto dashboard = DashboardLoader::parse(text, QStringLiteral("go.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        const lotse::Thresholds &goroutines = dashboard->kpis.at(0).thresholds;
        QCOMPARE(*goroutines.warning, 1000.0);
        QVERIFY(goroutines.warningIncluded);
        QCOMPARE(*goroutines.critical, 5000.0);
        QVERIFY(!goroutines.criticalIncluded);
        QCOMPARE(goroutines.classify(1000), lotse::State::Warning);
        const lotse::KpiSpec &errors = dashboard->kpis.at(1);
        QVERIFY(errors.thresholds.warningIncluded);
        QVERIFY(errors.denominator);
        QCOMPARE(errors.denominator->query, QStringLiteral("sum(rate(r[5m]))"));
        QCOMPARE(errors.denominator->zero.de, QStringLiteral("Keine Anfragen"));

        // A comparison against the direction is a mistake, reported where it stands.
        QByteArray wrong = text;
        wrong.replace("\"<= 50\"", "\">= 50\"");
        const lotse::Diagnostic problem = problemAbout(wrong, QStringLiteral("written < or <="));
        QCOMPARE(problem.line, 11);
    }

    void everyBuiltInCardAgreesWithItsCheck()
    {
        lotse::DefinitionCatalog catalog(QStringLiteral("dashboards"));
        for (const QString &id : catalog.ids()) {
            const auto dashboard = DashboardLoader::loadFile(catalog.resolve(id));
            QVERIFY(dashboard);
            const Diagnostics warnings = lotse::LinkedChecks::compare(*dashboard);
            QVERIFY2(warnings.isEmpty(), qPrintable(lotse::diagnosticsText(warnings)));
        }
    }

    void aCardJudgingOtherwiseThanItsCheckIsWarned()
    {
        const QByteArray text = R"(id: mine
title: {en: Mine, de: Meins}
kpis:
  - id: p95
    title: {en: p95, de: p95}
    query: histogram_quantile(0.95, sum by (le) (rate(kato_request_duration_seconds_bucket{job="kato"}[5m])))
    thresholds: {direction: higher-is-worse, warning: 0.4, critical: 0.5}
    runbook: kato
  - id: adopted
    title: {en: p95, de: p95}
    query: histogram_quantile(0.95, sum by (le) (rate(kato_request_duration_seconds_bucket{job="kato"}[5m])))
    runbook: kato
  - id: named
    title: {en: CPU, de: CPU}
    query: max(rate(process_cpu_seconds_total{job="kato"}[5m]) * 100)
    thresholds: {direction: higher-is-worse, critical: 80}
    runbook: kato
    check: no_such_check
)";
        const auto dashboard = DashboardLoader::parse(text, QStringLiteral("mine.yaml"));
        QVERIFY2(dashboard, dashboard ? "" : qPrintable(dashboard.error().first().toString()));
        // A card without bands of its own takes its check's: critical above 100 ms.
        const lotse::Thresholds &adopted = dashboard->kpis.at(1).thresholds;
        QVERIFY(!adopted.warning);
        QCOMPARE(adopted.critical.value_or(0), 0.1);
        const Diagnostics warnings = lotse::LinkedChecks::compare(*dashboard);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).toString().left(15), QStringLiteral("mine.yaml:7:17:"));
        QVERIFY(warnings.at(0).message.contains(QLatin1String("p95_latency")));
        QCOMPARE(warnings.at(1).line, 16);
        QVERIFY(warnings.at(1).message.contains(QLatin1String("no_such_check")));
    }

    void userDashboardWins()
    {
        QStandardPaths::setTestModeEnabled(true);
        lotse::DefinitionCatalog catalog(QStringLiteral("dashboards"));
        QDir().mkpath(catalog.userDirectory());
        const QString path = catalog.userDirectory() + QStringLiteral("/kato.yaml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kValid);
        file.close();
        QCOMPARE(catalog.resolve(QStringLiteral("kato")), path);
        QFile::remove(path);
        QCOMPARE(catalog.resolve(QStringLiteral("kato")), QStringLiteral(":/dashboards/kato.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardLoader)
#include "tst_dashboardloader.moc"
