// Real Grafana dashboards: the 13 of Debian's ceph-grafana-dashboards, each
// imported with `lotse import grafana`, accepted by `lotse check`, and opened
// in the window against a Prometheus holding a small Ceph cluster's history
// (scripts/history.py write --ceph). Prints the counts of the import report.
#include "support.h"

#include "charts/timeserieschart.h"
#include "core/localization.h"
#include "dashboard/dashboardsession.h"
#include "dashboard/dashboardview.h"
#include "dashboard/kpicard.h"
#include "grafana/grafanaimporter.h"
#include "window/grafanaimportcontroller.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QLineSeries>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace lotse::test;
using lotse::State;

namespace {

const char *const package = "ceph-grafana-dashboards";

/// The Ceph dashboards whose series the generated history does not hold: the
/// hosts' node_exporter series and multisite sync. Every other one shows data.
const QStringList withoutData = {QStringLiteral("host-details"), QStringLiteral("radosgw-sync-overview")};

} // namespace

class TestGrafanaCeph final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    QString m_end;
    QDir m_dashboards;
    QTemporaryDir m_out;
    lotse::Localization m_localization;
    int m_translated = 0;
    int m_placeholders = 0;
    int m_dropped = 0;
    int m_sections = 0;

    /// Cards that read a value and charts that drew lines, once the first refresh is in.
    static std::pair<int, int> shown(const lotse::MainWindow &window)
    {
        int cards = 0;
        for (const lotse::KpiCard *card : window.dashboardView()->cards())
            cards += !card->hasError()
                && (card->state() == State::Good || card->state() == State::Warning
                    || card->state() == State::Critical);
        int charts = 0;
        for (const lotse::TimeSeriesChart *chart : window.dashboardView()->charts()) {
            bool drawn = false;
            for (int line = 0; line < chart->lines().size(); ++line)
                drawn = drawn || chart->plottedPoints(line) > 1;
            charts += drawn;
        }
        return {cards, charts};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_CEPH_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Ceph Prometheus fixture did not start");
        m_end = qEnvironmentVariable("LOTSE_CEPH_END");
        m_dashboards.setPath(qEnvironmentVariable("LOTSE_CEPH_DASHBOARDS"));
        QVERIFY2(m_dashboards.entryList({QStringLiteral("*.json")}).size() == 13,
                 qPrintable(QStringLiteral("the 13 Ceph dashboards are missing: install %1").arg(package)));
        QVERIFY(m_out.isValid());
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void importCheckAndOpen_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList files
            = QDir(qEnvironmentVariable("LOTSE_CEPH_DASHBOARDS")).entryList({QStringLiteral("*.json")});
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void importCheckAndOpen()
    {
        QFETCH(QString, name);
        const QString json = m_dashboards.filePath(name + QLatin1String(".json"));
        const QString yaml = m_out.filePath(name + QLatin1String(".yaml"));
        const Run imported = run(
            lotseBinary(), {QStringLiteral("import"), QStringLiteral("grafana"), json, QStringLiteral("--out"), yaml});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const Run checked = run(lotseBinary(), {QStringLiteral("check"), yaml});
        QVERIFY2(checked.exitCode == 0, (checked.out + checked.err).constData());

        const auto report = lotse::GrafanaImporter::translateFile(json);
        QVERIFY(report);
        QCOMPARE(report->report.dropped(), 0);
        m_translated += report->report.translated();
        m_placeholders += report->report.placeholders();
        m_dropped += report->report.dropped();
        m_sections += report->report.sections;
        qInfo("%s: %d panels, %d translated, %d placeholders, %d dropped, %d sections", qPrintable(name),
              report->report.seen, report->report.translated(), report->report.placeholders(), report->report.dropped(),
              report->report.sections);

        lotse::MainWindow window(&m_localization);
        window.resize(1280, 800);
        window.show();
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--dashboard"),
                      yaml, QStringLiteral("--at"), m_end});
        // Variables read from the server come first: the dashboard opens once they are in.
        QTRY_VERIFY2_WITH_TIMEOUT(window.session(), "the imported dashboard did not open", 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
        QVERIFY(window.dashboardView()->cards().size() + window.dashboardView()->charts().size() > 0);
        // Every row that holds panels is a section, with its header on screen.
        QCOMPARE(window.session()->dashboard().sections.size(), qsizetype(report->report.sections));
        for (int section = 0; section < report->report.sections; ++section)
            QVERIFY(window.dashboardView()->sectionHeader(section));
        // A placeholder stays visible and says why ("n/a" and the reason), never as a failed query.
        const QList<lotse::KpiCard *> cardList = window.dashboardView()->cards();
        QCOMPARE(std::count_if(cardList.cbegin(), cardList.cend(),
                               [](const lotse::KpiCard *card) { return card->state() == State::NotApplicable; }),
                 qsizetype(report->report.placeholders()));
        const auto [cards, charts] = shown(window);
        qInfo("%s: %d cards and %d charts show data", qPrintable(name), cards, charts);
        if (!withoutData.contains(name))
            QVERIFY2(cards + charts > 0, "no card or chart shows the generated Ceph series");
    }

    /// File ▸ Import Grafana Dashboard…: saved among the user's dashboards,
    /// opened, the report shown; a second import of the same file replaces nothing.
    void windowImportsSavesAndOpens()
    {
        QTemporaryDir config;
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        lotse::MainWindow window(&m_localization);
        window.show();
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), m_url, QStringLiteral("--at"), m_end});
        const QString json = m_dashboards.filePath(QStringLiteral("ceph-cluster.json"));
        QSignalSpy imported(window.grafanaImport(), &lotse::GrafanaImportController::imported);
        window.grafanaImport()->importFile(json);
        QVERIFY(imported.wait(30000));
        const QString first = imported.at(0).at(0).toString();
        QCOMPARE(first, config.path() + QLatin1String("/lotse/dashboards/ceph-cluster.yaml"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->dashboard().id == QLatin1String("ceph-cluster"),
                                 10000);
        QTRY_VERIFY(window.grafanaImport()->reportDialog() && window.grafanaImport()->reportDialog()->isVisible());
        // ceph-cluster has heatmaps: the dialog names them among the placeholders.
        QVERIFY(window.grafanaImport()->reportDialog()->informativeText().contains(QLatin1String("heatmap")));
        QFile written(first);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray before = written.readAll();

        window.grafanaImport()->importFile(json);
        QVERIFY(imported.wait(30000));
        QCOMPARE(imported.at(1).at(0).toString(),
                 config.path() + QLatin1String("/lotse/dashboards/ceph-cluster-2.yaml"));
        QTRY_COMPARE(window.session()->dashboard().id, QStringLiteral("ceph-cluster-2"));
        written.seek(0);
        QCOMPARE(written.readAll(), before);

        QSignalSpy failed(&window, &lotse::MainWindow::fileFailed);
        window.grafanaImport()->importFile(config.filePath(QStringLiteral("missing.json")));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(imported.size(), 2);
        qunsetenv("XDG_CONFIG_HOME");
    }

    void cleanupTestCase()
    {
        qInfo("Ceph dashboards: %d panels translated, %d placeholders, %d dropped, %d sections", m_translated,
              m_placeholders, m_dropped, m_sections);
        QCOMPARE(m_dropped, 0);
        // Six of the dashboards have rows, nine in all, each with panels below it.
        QCOMPARE(m_sections, 9);
    }
};

QTEST_MAIN(TestGrafanaCeph)
#include "tst_grafanaceph.moc"
