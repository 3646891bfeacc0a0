// The Grafana importer on dashboards built here, one concern at a time, in
// both schema generations: the current one (panels, timeseries, fieldConfig)
// and the old one (schemaVersion 16–22: rows, graph, singlestat).
#include "definitions/dashboardloader.h"
#include "grafana/grafanaimporter.h"
#include "grafana/grafanajson.h"
#include "grafana/grafanaunits.h"
#include "variables/variablevalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lotse;

namespace {

QJsonObject target(const QString &expr, const QString &legend = {})
{
    return {{"expr", expr}, {"legendFormat", legend}, {"refId", "A"}};
}

QJsonObject panel(const QString &type, const QString &title, const QJsonArray &targets, const QJsonObject &extra = {})
{
    QJsonObject object{{"type", type}, {"title", title}, {"targets", targets}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject unitConfig(const QString &unit, const QJsonArray &steps = {})
{
    QJsonObject defaults{{"unit", unit}};
    if (!steps.isEmpty())
        defaults.insert("thresholds", QJsonObject{{"mode", "absolute"}, {"steps", steps}});
    return {{"fieldConfig", QJsonObject{{"defaults", defaults}}}};
}

QJsonObject step(const QJsonValue &value, const QString &color)
{
    return {{"value", value}, {"color", color}};
}

/// A current-schema dashboard of @p panels with @p variables.
QByteArray current(const QJsonArray &panels, const QJsonArray &variables = {})
{
    return QJsonDocument(QJsonObject{{"title", "Current"},
                                     {"uid", "cur1"},
                                     {"schemaVersion", 36},
                                     {"time", QJsonObject{{"from", "now-6h"}, {"to", "now"}}},
                                     {"refresh", "1m"},
                                     {"panels", panels},
                                     {"templating", QJsonObject{{"list", variables}}}})
        .toJson();
}

/// An old-schema dashboard: rows, each with its panels.
QByteArray old(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject{{"title", "Old one"}, {"schemaVersion", 16}, {"rows", rows}}).toJson();
}

struct Imported
{
    GrafanaImport import;
    Dashboard dashboard;
};

/// Imports @p json and reads the YAML back the way `lotse check` does.
Imported importAndLoad(const QByteArray &json)
{
    const auto imported = GrafanaImporter::translate(json, QStringLiteral("fallback"));
    if (!imported)
        qFatal("import failed: %s", qPrintable(imported.error().message));
    const auto loaded = DashboardLoader::parse(imported->yaml, QStringLiteral("imported.yaml"));
    if (!loaded)
        qFatal("the import does not load: %s\n%s", qPrintable(loaded.error().value(0).toString()),
               imported->yaml.constData());
    if (imported->report.dropped() != 0)
        qFatal("panels dropped");
    return {*imported, *loaded};
}

const KpiSpec *kpi(const Dashboard &dashboard, const QString &title)
{
    for (const KpiSpec &spec : dashboard.kpis) {
        if (spec.title.en == title)
            return &spec;
    }
    return nullptr;
}

/// The query as the YAML wrote it, before any variable is bound.
QString written(const ChartQuery &query)
{
    return query.unboundQuery.isEmpty() ? query.query : query.unboundQuery;
}

const VariableSpec *variable(const Dashboard &dashboard, const QString &name)
{
    for (const VariableSpec &spec : dashboard.variables) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace

class TestGrafanaImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timeseriesBecomesChart();
    void graphInOldRowsBecomesChart();
    void kpiPanelsBecomeCards_data();
    void kpiPanelsBecomeCards();
    void singlestatThresholdsAndReduce();
    void thresholdDirection_data();
    void thresholdDirection();
    void tableBecomesCardsPerQuery();
    void rowsBecomeSections();
    void oldRowsBecomeSections();
    void graphThresholds_data();
    void graphThresholds();
    void placeholders_data();
    void placeholders();
    void units_data();
    void units();
    void legendFormats_data();
    void legendFormats();
    void variableKinds();
    void variableAllAndDefaults();
    void severalDefaultsOutsideRegexNarrowed();
    void timeAndRefresh();
    void hostileInputs_data();
    void hostileInputs();
    void wrongTypesStillImport();
};

void TestGrafanaImport::timeseriesBecomesChart()
{
    const Imported result = importAndLoad(current(
        {panel("timeseries", "Traffic",
               {target("rate(net_bytes_total{job=\"$job\"}[$__rate_interval])", "{{instance}}")}, unitConfig("bytes"))},
        {QJsonObject{{"type", "query"}, {"name", "job"}, {"query", "label_values(up, job)"}}}));
    QCOMPARE(result.dashboard.charts.size(), 1);
    const ChartSpec &chart = result.dashboard.charts.first();
    QCOMPARE(chart.title.en, QStringLiteral("Traffic"));
    QCOMPARE(chart.unit, Unit::Bytes);
    QCOMPARE(written(chart.queries.first()), QStringLiteral("rate(net_bytes_total{job=\"$job\"}[5m])"));
    QCOMPARE(chart.queries.first().legend.en, QStringLiteral("{{instance}}"));
    QCOMPARE(result.import.report.translated(), 1);
    QCOMPARE(result.import.report.placeholders(), 0);
}

void TestGrafanaImport::graphInOldRowsBecomesChart()
{
    const QJsonObject graph = panel("graph", "Writes", {target("sum(rate(disk_written_bytes_total[5m]))", "written")},
                                    {{"yaxes", QJsonArray{QJsonObject{{"format", "Bps"}}, QJsonObject{}}}});
    const Imported result = importAndLoad(old({QJsonObject{{"title", "Disks"}, {"panels", QJsonArray{graph}}}}));
    QCOMPARE(result.dashboard.charts.size(), 1);
    QCOMPARE(result.dashboard.charts.first().unit, Unit::BytesPerSecond);
    QCOMPARE(result.dashboard.charts.first().queries.first().legend.en, QStringLiteral("written"));
    QCOMPARE(result.import.report.panels.first().section, QStringLiteral("Disks"));
}

void TestGrafanaImport::kpiPanelsBecomeCards_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : {"stat", "singlestat", "gauge", "bargauge"})
        QTest::newRow(type) << QString::fromLatin1(type);
}

void TestGrafanaImport::kpiPanelsBecomeCards()
{
    QFETCH(QString, type);
    const Imported result = importAndLoad(current({panel(type, "Up", {target("sum(up)")}, unitConfig("percent"))}));
    QCOMPARE(result.dashboard.kpis.size(), 1);
    QCOMPARE(result.dashboard.charts.size(), 0);
    QCOMPARE(result.dashboard.kpis.first().query, QStringLiteral("sum(up)"));
    QCOMPARE(result.dashboard.kpis.first().unit, Unit::Percent);
    QCOMPARE(result.import.report.translated(), 1);
}

void TestGrafanaImport::singlestatThresholdsAndReduce()
{
    // Grafana's default singlestat colours: green, orange, red, over "80,90".
    const QJsonObject singlestat = panel("singlestat", "Disk used", {target("max(disk_used_percent)")},
                                         {{"format", "percent"},
                                          {"thresholds", "80,90"},
                                          {"valueName", "avg"},
                                          {"colors", QJsonArray{"#299c46", "rgba(237, 129, 40, 0.89)", "#d44a3a"}}});
    const Imported result = importAndLoad(old({QJsonObject{{"panels", QJsonArray{singlestat}}}}));
    const KpiSpec &card = result.dashboard.kpis.first();
    QCOMPARE(card.unit, Unit::Percent);
    QCOMPARE(card.reduce, Reduce::Avg);
    QCOMPARE(card.thresholds.direction, Thresholds::Direction::HigherIsWorse);
    QCOMPARE(card.thresholds.warning.value_or(-1), 80.0);
    QCOMPARE(card.thresholds.critical.value_or(-1), 90.0);
    QVERIFY(card.thresholds.warningIncluded && card.thresholds.criticalIncluded);
    QCOMPARE(card.thresholds.classify(80), State::Warning); // Grafana colours 80 orange
    QCOMPARE(card.thresholds.classify(79.9), State::Good);
    QVERIFY(!result.import.report.panels.first().notes.isEmpty()); // avg over time, read at the instant
}

void TestGrafanaImport::thresholdDirection_data()
{
    QTest::addColumn<QJsonArray>("steps");
    QTest::addColumn<bool>("higherIsWorse");
    QTest::addColumn<double>("warning");
    QTest::addColumn<double>("critical");
    QTest::addColumn<double>("criticalValue");
    QTest::addColumn<double>("goodValue");
    QTest::newRow("green-yellow-red") << QJsonArray{step(QJsonValue(), "green"), step(70, "yellow"), step(90, "red")}
                                      << true << 70.0 << 90.0 << 90.0 << 69.0;
    QTest::newRow("red-orange-green") << QJsonArray{step(QJsonValue(), "red"), step(10, "orange"),
                                                    step(20, "dark-green")}
                                      << false << 20.0 << 10.0 << 9.0 << 20.0;
    QTest::newRow("hex colours, unsorted")
        << QJsonArray{step(50, "#F2495C"), step(QJsonValue(), "#73BF69"), step(30, "#FF9830")} << true << 30.0 << 50.0
        << 50.0 << 29.0;
}

void TestGrafanaImport::thresholdDirection()
{
    QFETCH(QJsonArray, steps);
    QFETCH(bool, higherIsWorse);
    QFETCH(double, warning);
    QFETCH(double, critical);
    QFETCH(double, criticalValue);
    QFETCH(double, goodValue);
    const Imported result = importAndLoad(current({panel("stat", "Card", {target("x")}, unitConfig("none", steps))}));
    const Thresholds &bands = result.dashboard.kpis.first().thresholds;
    QCOMPARE(bands.direction == Thresholds::Direction::HigherIsWorse, higherIsWorse);
    QCOMPARE(bands.warning.value_or(-1), warning);
    QCOMPARE(bands.critical.value_or(-1), critical);
    QCOMPARE(bands.classify(criticalValue), State::Critical);
    QCOMPARE(bands.classify(goodValue), State::Good);
}

void TestGrafanaImport::tableBecomesCardsPerQuery()
{
    const Imported result = importAndLoad(current(
        {panel("table", "Pools", {target("sum(pool_bytes)", "bytes"), target("count(pool_objects)", "objects")})}));
    QCOMPARE(result.dashboard.kpis.size(), 2);
    QVERIFY(kpi(result.dashboard, "Pools · bytes"));
    QVERIFY(kpi(result.dashboard, "Pools · objects"));
    QCOMPARE(result.import.report.panels.size(), 1);
    QCOMPARE(result.import.report.translated(), 1);
}

void TestGrafanaImport::rowsBecomeSections()
{
    const QJsonObject open{{"type", "row"}, {"title", "Overview"}, {"collapsed", false}, {"panels", QJsonArray{}}};
    const QJsonObject collapsed{{"type", "row"},
                                {"title", "Details"},
                                {"collapsed", true},
                                {"panels", QJsonArray{panel("graph", "Inner", {target("up")})}}};
    const Imported result = importAndLoad(
        current({panel("stat", "Before", {target("up")}), open, panel("graph", "Outer", {target("up")}), collapsed}));
    const QList<PanelOutcome> &panels = result.import.report.panels;
    QCOMPARE(result.import.report.seen, 3);
    QCOMPARE(panels.size(), 3);
    QCOMPARE(panels.at(0).section, QString());
    QCOMPARE(panels.at(1).section, QStringLiteral("Overview"));
    QCOMPARE(panels.at(2).section, QStringLiteral("Details"));
    QCOMPARE(panels.at(2).title, QStringLiteral("Inner"));
    QCOMPARE(result.dashboard.charts.size(), 2);
    // Panels before the first row stay above every section; a collapsed row folds its section.
    QCOMPARE(result.import.report.sections, 2);
    const QList<SectionSpec> &sections = result.dashboard.sections;
    QCOMPARE(sections.size(), 2);
    QCOMPARE(sections.at(0).title.en, QStringLiteral("Overview"));
    QVERIFY(!sections.at(0).collapsed);
    QCOMPARE(sections.at(1).title.de, QStringLiteral("Details"));
    QVERIFY(sections.at(1).collapsed);
    QCOMPARE(result.dashboard.kpis.first().section, -1);
    QCOMPARE(result.dashboard.charts.at(0).title.en, QStringLiteral("Outer"));
    QCOMPARE(result.dashboard.charts.at(0).section, 0);
    QCOMPARE(result.dashboard.charts.at(1).title.en, QStringLiteral("Inner"));
    QCOMPARE(result.dashboard.charts.at(1).section, 1);
}

void TestGrafanaImport::oldRowsBecomeSections()
{
    const auto graph = [](const char *title) {
        return panel("graph", title, {target("up")});
    };
    const QJsonArray rows{
        QJsonObject{{"title", "Disks"}, {"collapse", true}, {"panels", QJsonArray{graph("Reads")}}},
        // No header in Grafana: its panels read on under the row before.
        QJsonObject{{"title", "Dashboard Row"}, {"showTitle", false}, {"panels", QJsonArray{graph("Writes")}}},
        QJsonObject{
            {"title", "Network"}, {"showTitle", true}, {"panels", QJsonArray{panel("stat", "Up", {target("up")})}}},
        QJsonObject{{"title", ""}, {"collapse", true}, {"panels", QJsonArray{graph("Hidden")}}},
        QJsonObject{{"title", "Empty"}, {"panels", QJsonArray{}}},
    };
    const Imported result = importAndLoad(old(rows));
    QCOMPARE(result.import.report.sections, 3);
    const QList<SectionSpec> &sections = result.dashboard.sections;
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).title.en, QStringLiteral("Disks"));
    QVERIFY(sections.at(0).collapsed);
    QCOMPARE(sections.at(1).title.en, QStringLiteral("Network"));
    QVERIFY(!sections.at(1).collapsed);
    // A collapsed row without a title still needs a header to unfold it by.
    QCOMPARE(sections.at(2).title.en, QStringLiteral("Row 3"));
    QCOMPARE(sections.at(2).title.de, QStringLiteral("Zeile 3"));
    QVERIFY(sections.at(2).collapsed);
    QCOMPARE(result.dashboard.charts.size(), 3);
    QCOMPARE(result.dashboard.charts.at(0).section, 0);
    QCOMPARE(result.dashboard.charts.at(1).title.en, QStringLiteral("Writes"));
    QCOMPARE(result.dashboard.charts.at(1).section, 0);
    QCOMPARE(result.dashboard.charts.at(2).section, 2);
    QCOMPARE(result.dashboard.kpis.first().section, 1);
}

void TestGrafanaImport::graphThresholds_data()
{
    QTest::addColumn<QJsonArray>("thresholds");
    QTest::addColumn<bool>("higher");
    QTest::addColumn<double>("warning"); // NaN: none
    QTest::addColumn<double>("critical");
    QTest::addColumn<QString>("note"); // empty: none
    const auto line = [](double value, const char *op, const char *mode, const QJsonObject &extra = {}) {
        QJsonObject object{{"value", value}, {"op", op}, {"colorMode", mode}, {"fill", true}, {"line", true}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    const double none = qQNaN();
    QTest::newRow("gt") << QJsonArray{line(80, "gt", "warning"), line(90, "gt", "critical")} << true << 80.0 << 90.0
                        << QString();
    QTest::newRow("lt") << QJsonArray{line(10, "lt", "critical"), line(20, "lt", "warning")} << false << 20.0 << 10.0
                        << QString();
    QTest::newRow("custom colours") << QJsonArray{line(50, "gt", "custom", {{"fillColor", "rgba(237, 129, 40, 0.22)"}}),
                                                  line(70, "gt", "custom",
                                                       {{"fillColor", ""}, {"lineColor", "#e24d42"}})}
                                    << true << 50.0 << 70.0 << QString();
    QTest::newRow("ok is no band") << QJsonArray{line(5, "gt", "critical"), line(1, "gt", "ok")} << true << none << 5.0
                                   << "\"ok\"";
    QTest::newRow("both ways") << QJsonArray{line(90, "gt", "critical"), line(10, "lt", "warning")} << true << none
                               << 90.0 << "both above";
    QTest::newRow("warning beyond critical")
        << QJsonArray{line(95, "gt", "warning"), line(90, "gt", "critical")} << true << none << 90.0 << "threshold 95";
    QTest::newRow("no op") << QJsonArray{line(3, "", "critical")} << true << none << none << "op";
}

void TestGrafanaImport::graphThresholds()
{
    QFETCH(QJsonArray, thresholds);
    QFETCH(bool, higher);
    QFETCH(double, warning);
    QFETCH(double, critical);
    QFETCH(QString, note);
    const Imported result
        = importAndLoad(current({panel("graph", "Load", {target("node_load1")}, {{"thresholds", thresholds}})}));
    const Thresholds &bands = result.dashboard.charts.first().thresholds;
    if (!bands.isEmpty())
        QCOMPARE(bands.direction == Thresholds::Direction::HigherIsWorse, higher);
    QCOMPARE(bands.warning.has_value(), !qIsNaN(warning));
    if (bands.warning)
        QCOMPARE(*bands.warning, warning);
    QCOMPARE(bands.critical.has_value(), !qIsNaN(critical));
    if (bands.critical)
        QCOMPARE(*bands.critical, critical);
    // gt and lt are strict: the value on the line is not beyond it.
    QVERIFY(!bands.warningIncluded && !bands.criticalIncluded);
    QStringList notes;
    for (const LocalizedText &text : result.import.report.panels.first().notes)
        notes.append(text.en);
    if (note.isEmpty())
        QVERIFY2(notes.filter(QStringLiteral("threshold")).isEmpty(), qPrintable(notes.join('\n')));
    else
        QVERIFY2(!notes.filter(note).isEmpty(), qPrintable(notes.join('\n')));
}

void TestGrafanaImport::placeholders_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("plugin panel") << panel("grafana-piechart-panel", "Pie", {target("up")}) << "grafana-piechart-panel";
    QTest::newRow("text panel") << QJsonObject{{"type", "text"}, {"title", "Notes"}} << "\"text\"";
    QJsonObject loki = target("{app=\"x\"} |= \"error\"");
    QTest::newRow("loki target") << panel("timeseries", "Logs", {loki}) << "loki";
    QTest::newRow("loki datasource") << panel("timeseries", "Logs", {target("rate({app=\"x\"}[5m])")},
                                              {{"datasource", QJsonObject{{"type", "loki"}, {"uid", "abc"}}}})
                                     << "loki";
    QTest::newRow("sql target") << panel("graph", "SQL", {QJsonObject{{"rawSql", "SELECT 1"}}}) << "rawSql";
    QTest::newRow("transformation") << panel("table", "Joined", {target("up")},
                                             {{"transformations", QJsonArray{QJsonObject{{"id", "merge"}}}}})
                                    << "merge";
    QTest::newRow("unknown macro") << panel("graph", "From", {target("up offset $__from")}) << "$__from";
    QTest::newRow("undeclared variable") << panel("graph", "Var", {target("up{job=\"$nope\"}")}) << "$nope";
    QTest::newRow("broken query") << panel("graph", "Broken", {target("sum(rate(x[5m])")}) << "PromQL";
    QTest::newRow("no queries") << panel("stat", "Empty", {}) << "no queries";
}

void TestGrafanaImport::placeholders()
{
    QFETCH(QJsonObject, input);
    QFETCH(QString, reasonPart);
    const Imported result = importAndLoad(current({input}));
    const GrafanaReport &report = result.import.report;
    QCOMPARE(report.placeholders(), 1);
    QCOMPARE(report.translated(), 0);
    QVERIFY2(report.panels.first().reason.en.contains(reasonPart), qPrintable(report.panels.first().reason.en));
    QVERIFY(!report.panels.first().reason.de.isEmpty());
    // The placeholder is a card that stays visible and tells why.
    QCOMPARE(result.dashboard.kpis.size(), 1);
    const KpiSpec &card = result.dashboard.kpis.first();
    QVERIFY(card.title.en.startsWith(input.value("title").toString()));
    QVERIFY(card.denominator);
    QCOMPARE(card.denominator->zero.en, report.panels.first().reason.en);
}

void TestGrafanaImport::units_data()
{
    QTest::addColumn<QString>("grafana");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<bool>("noted");
    QTest::newRow("s") << "s" << Unit::Seconds << false;
    QTest::newRow("ms") << "ms" << Unit::Milliseconds << false;
    QTest::newRow("percent") << "percent" << Unit::Percent << false;
    QTest::newRow("percentunit") << "percentunit" << Unit::Ratio << false;
    QTest::newRow("reqps") << "reqps" << Unit::RequestsPerSecond << false;
    QTest::newRow("ops") << "ops" << Unit::RequestsPerSecond << false;
    QTest::newRow("bytes") << "bytes" << Unit::Bytes << false;
    QTest::newRow("decbytes") << "decbytes" << Unit::Bytes << false;
    QTest::newRow("Bps") << "Bps" << Unit::BytesPerSecond << false;
    QTest::newRow("binBps") << "binBps" << Unit::BytesPerSecond << false;
    QTest::newRow("currencyUSD") << "currencyUSD" << Unit::Usd << false;
    QTest::newRow("short") << "short" << Unit::None << false;
    QTest::newRow("kbytes (not mapped)") << "kbytes" << Unit::None << true;
    QTest::newRow("µs (not mapped)") << "µs" << Unit::None << true;
}

void TestGrafanaImport::units()
{
    QFETCH(QString, grafana);
    QFETCH(Unit, unit);
    QFETCH(bool, noted);
    const Imported result = importAndLoad(current({panel("timeseries", "U", {target("up")}, unitConfig(grafana))}));
    QCOMPARE(result.dashboard.charts.first().unit, unit);
    QCOMPARE(!result.import.report.panels.first().notes.isEmpty(), noted);
    QCOMPARE(GrafanaUnits::map(grafana).has_value(), !noted);
}

void TestGrafanaImport::legendFormats_data()
{
    QTest::addColumn<QString>("grafana");
    QTest::addColumn<QString>("lotse");
    QTest::newRow("plain") << "{{instance}}"
                           << "{{instance}}";
    QTest::newRow("spaces") << "{{ device }}.rx"
                            << "{{device}}.rx";
    QTest::newRow("two labels") << "{{job}} / {{ instance }}"
                                << "{{job}} / {{instance}}";
    QTest::newRow("auto") << "__auto"
                          << "";
    QTest::newRow("text") << "read"
                          << "read";
}

void TestGrafanaImport::legendFormats()
{
    QFETCH(QString, grafana);
    QFETCH(QString, lotse);
    const Imported result
        = importAndLoad(old({QJsonObject{{"panels", QJsonArray{panel("graph", "L", {target("up", grafana)})}}}}));
    QCOMPARE(result.dashboard.charts.first().queries.first().legend.en, lotse);
}

void TestGrafanaImport::variableKinds()
{
    const QJsonArray variables{
        QJsonObject{{"type", "datasource"}, {"name", "datasource"}, {"query", "prometheus"}},
        QJsonObject{{"type", "query"}, {"name", "job"}, {"query", "label_values(up{}, job)"}, {"multi", true}},
        QJsonObject{{"type", "query"},
                    {"name", "host"},
                    {"query", QJsonObject{{"query", "label_values(node_uname_info{job=~\"$job\"}, nodename)"}}}},
        QJsonObject{{"type", "query"},
                    {"name", "inst"},
                    {"query", "query_result(up{job=~\"$job\"})"},
                    {"regex", "/.*instance=\"([^\"]+)\".*/"}},
        QJsonObject{{"type", "query"},
                    {"name", "labels"},
                    {"query", "label_names()"},
                    {"current", QJsonObject{{"value", "job"}}}},
        QJsonObject{{"type", "custom"}, {"name", "env"}, {"query", "prod,staging\\,eu,Test : test"}},
        QJsonObject{{"type", "constant"}, {"name", "region"}, {"query", "eu"}},
        QJsonObject{{"type", "interval"}, {"name", "window"}, {"query", "auto,1m,10m,1h"}},
        QJsonObject{{"type", "textbox"}, {"name", "filter"}, {"query", "abc"}},
        QJsonObject{{"type", "adhoc"}, {"name", "filters"}},
    };
    const Imported result = importAndLoad(
        current({panel("graph", "G", {target("rate(up{job=~\"$job\",instance=~\"$inst\"}[$window])", "{{instance}}")},
                       {{"datasource", "$datasource"}})},
                variables));
    const Dashboard &dashboard = result.dashboard;
    QVERIFY(!variable(dashboard, "datasource"));
    QCOMPARE(dashboard.sources.size(), 1);
    QCOMPARE(dashboard.sources.first().name, QStringLiteral("prometheus"));
    QCOMPARE(variable(dashboard, "job")->kind, VariableSpec::Kind::LabelValues);
    QCOMPARE(variable(dashboard, "job")->metric, QStringLiteral("up{}"));
    QCOMPARE(variable(dashboard, "job")->label, QStringLiteral("job"));
    QVERIFY(variable(dashboard, "job")->multi);
    QCOMPARE(variable(dashboard, "host")->metric, QStringLiteral("node_uname_info{job=~\"$job\"}"));
    QCOMPARE(variable(dashboard, "inst")->kind, VariableSpec::Kind::Query);
    QCOMPARE(variable(dashboard, "inst")->label, QStringLiteral("instance"));
    QCOMPARE(variable(dashboard, "labels")->kind, VariableSpec::Kind::Custom);
    QCOMPARE(variable(dashboard, "labels")->options, QStringList{"job"});
    QCOMPARE(variable(dashboard, "env")->options, (QStringList{"prod", "staging,eu", "test"}));
    QCOMPARE(variable(dashboard, "region")->kind, VariableSpec::Kind::Constant);
    QCOMPARE(variable(dashboard, "region")->options, QStringList{"eu"});
    QCOMPARE(variable(dashboard, "window")->kind, VariableSpec::Kind::Interval);
    QCOMPARE(variable(dashboard, "window")->options, (QStringList{"1m", "10m", "1h"}));
    QCOMPARE(variable(dashboard, "filter")->options, QStringList{"abc"});
    QVERIFY(!variable(dashboard, "filters"));
    // label_names, the datasource and the adhoc filter each leave a note.
    QVERIFY(result.import.report.notes.size() >= 3);
    QCOMPARE(result.import.report.translated(), 1);
}

void TestGrafanaImport::variableAllAndDefaults()
{
    const QJsonArray variables{
        QJsonObject{{"type", "query"},
                    {"name", "job"},
                    {"query", "label_values(job)"},
                    {"includeAll", true},
                    {"multi", true},
                    {"allValue", ".+"},
                    {"current", QJsonObject{{"text", "All"}, {"value", QJsonArray{"$__all"}}}}},
        QJsonObject{{"type", "custom"},
                    {"name", "env"},
                    {"query", "a,b,c"},
                    {"multi", true},
                    {"current", QJsonObject{{"value", QJsonArray{"a", "c"}}}}},
        QJsonObject{{"type", "custom"}, {"name", "one"}, {"query", "x,y"}, {"current", QJsonObject{{"value", "gone"}}}},
    };
    const Imported result
        = importAndLoad(current({panel("stat", "S", {target("count(up{job=~\"$job\"})")})}, variables));
    const VariableSpec *job = variable(result.dashboard, "job");
    QVERIFY(job->includeAll);
    QCOMPARE(job->defaults, QStringList{VariableValues::allValue()});
    QCOMPARE(variable(result.dashboard, "env")->defaults, (QStringList{"a", "c"}));
    QVERIFY(variable(result.dashboard, "one")->defaults.isEmpty()); // "gone" is no option any more
    QVERIFY(std::any_of(result.import.report.notes.cbegin(), result.import.report.notes.cend(),
                        [](const LocalizedText &note) { return note.en.contains(".+"); }));
}

void TestGrafanaImport::severalDefaultsOutsideRegexNarrowed()
{
    // Grafana splices "a|b" into job="$job" too; Lotse takes several values only in a regex.
    const QJsonArray variables{QJsonObject{{"type", "custom"},
                                           {"name", "job"},
                                           {"query", "a,b"},
                                           {"multi", true},
                                           {"includeAll", true},
                                           {"current", QJsonObject{{"value", QJsonArray{"a", "b"}}}}}};
    const Imported result = importAndLoad(current({panel("graph", "G", {target("up{job=\"$job\"}")})}, variables));
    const VariableSpec *job = variable(result.dashboard, "job");
    QCOMPARE(job->defaults, QStringList{"a"});
    QVERIFY(!job->includeAll);
    QVERIFY(std::any_of(result.import.report.notes.cbegin(), result.import.report.notes.cend(),
                        [](const LocalizedText &note) { return note.en.startsWith("variable $job: one value"); }));
    QCOMPARE(result.import.report.translated(), 1);
}

void TestGrafanaImport::timeAndRefresh()
{
    const Imported result = importAndLoad(current({panel("graph", "G", {target("up[$__range]")})}));
    QCOMPARE(result.dashboard.range.span(), 6 * 3600);
    QCOMPARE(result.dashboard.refreshSeconds, 60);
    QCOMPARE(written(result.dashboard.charts.first().queries.first()), QStringLiteral("up[6h]"));
    QCOMPARE(result.import.id, QStringLiteral("current"));
}

void TestGrafanaImport::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("huge") << QByteArray(GrafanaJson::maxBytes + 10, ' ')
                          << GrafanaJson::tr(
                                 "the file is larger than %1 KiB, the most Lotse reads of a Grafana dashboard")
                                 .arg(GrafanaJson::maxBytes / 1024);
    QTest::newRow("deep") << QByteArray(100000, '[')
                          << GrafanaJson::tr("the JSON is nested deeper than %1 levels").arg(GrafanaJson::maxDepth);
    QTest::newRow("no dashboard") << QByteArray("{\"title\": \"x\"}")
                                  << GrafanaJson::tr("not a Grafana dashboard: no panels or rows");
    QTest::newRow("array") << QByteArray("[1, 2]") << GrafanaJson::tr("not a Grafana dashboard: no panels or rows");
    QTest::newRow("panels not a list") << QByteArray("{\"panels\": {}}")
                                       << GrafanaJson::tr("not a Grafana dashboard: no panels or rows");
    QTest::newRow("rows without panels") << QByteArray(
        "{\"rows\": [{\"title\": \"r\", \"panels\": []}], \"panels\": []}")
                                         << GrafanaJson::tr("not a Grafana dashboard: no panels or rows");
    QByteArray many = "{\"panels\": [";
    for (int i = 0; i <= 2000; ++i)
        many += "{\"type\":\"text\"},";
    many += "{}]}";
    QTest::newRow("too many panels") << many << GrafanaImporter::tr("the dashboard has more than %1 panels").arg(2000);
}

void TestGrafanaImport::hostileInputs()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto imported = GrafanaImporter::translate(json, QStringLiteral("x"));
    QVERIFY(!imported);
    QCOMPARE(imported.error().kind, Error::Kind::Invalid);
    QCOMPARE(imported.error().message, message);
    QVERIFY(!GrafanaImporter::translate("{\"panels\": [}", QStringLiteral("x")));
}

void TestGrafanaImport::wrongTypesStillImport()
{
    // Every value of the wrong type: the importer keeps going, and what it writes loads.
    const QByteArray json = R"({"title": 5, "panels": [1, "x", null, {"type": 7, "title": []},
        {"type": "stat", "targets": "no", "fieldConfig": {"defaults": {"unit": 3, "thresholds": {"steps": [1, "a"]}}}},
        {"type": "graph", "title": "ok", "targets": [{"expr": 12}, {"expr": "up", "legendFormat": {}}],
         "yaxes": "no"}],
        "templating": {"list": [5, {"name": "a b", "type": "custom"}, {"name": "v", "type": "query", "query": 3}]},
        "time": {"from": "now/d", "to": "now/d"}, "refresh": true})";
    const Imported result = importAndLoad(json);
    QCOMPARE(result.import.report.seen, 3);
    QCOMPARE(result.import.report.dropped(), 0);
    QCOMPARE(result.dashboard.range.span(), 3600);
    QCOMPARE(result.dashboard.refreshSeconds, 0);
}

QTEST_GUILESS_MAIN(TestGrafanaImport)
#include "tst_grafanaimport.moc"
