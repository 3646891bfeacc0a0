// The time cursor and the legend table on the offscreen platform, on the KATO
// dashboard over a real Prometheus serving the project's own history: the
// crosshair stands at one instant on every chart, the tooltip's values are
// Prometheus's own at that instant, a pinned cursor is what diagnosis reads,
// and a chart of many series gets a legend table whose clicks hide series.
#include "chartwindow.h"

#include "charts/chartcursor.h"
#include "charts/legendtable.h"
#include "charts/legendtablemodel.h"
#include "charts/timecursor.h"
#include "common/timetext.h"
#include "core/localization.h"
#include "dashboard/kpicard.h"
#include "dashboard/kpidetailsdialog.h"
#include "dashboard/reduce.h"
#include "diagnosis/diagnosissession.h"
#include "diagnosis/diagnosiswizard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineSeries>
#include <QPushButton>
#include <QTemporaryDir>

using namespace lotse::test;

class TestTimeCursor final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    lotse::Localization m_localization;

    std::unique_ptr<lotse::MainWindow> openKato(const QString &name)
    {
        auto window = openAtCase(&m_localization, m_url, QStringLiteral("kato"), name);
        return settled(*window) ? std::move(window) : nullptr;
    }

    /// The chart's step, read from the points Prometheus gave it (all on one grid).
    static double gridStep(const lotse::ChartData &data)
    {
        for (const lotse::ChartLine &line : data.lines) {
            if (line.fetched && line.fetched->size() >= 2)
                return line.fetched->times[1] - line.fetched->times[0];
        }
        return 0;
    }

    /// Each series of @p spec at @p seconds by the legend name, from instant queries to Prometheus.
    QHash<QString, double> valuesAt(const lotse::ChartSpec &spec, double seconds) const
    {
        QHash<QString, double> values;
        for (const lotse::ChartQuery &query : spec.queries) {
            const QJsonObject data
                = prometheusData(m_url, QStringLiteral("query"),
                                 QUrlQuery{{QStringLiteral("query"), query.query},
                                           {QStringLiteral("time"), QString::number(seconds, 'f', 3)}});
            for (const QJsonValue &series : data.value(QStringLiteral("result")).toArray()) {
                const QJsonObject object = series.toObject();
                // A NaN is no value: the chart draws no point for it, and the tooltip lists none.
                const double value = object.value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
                if (std::isfinite(value))
                    values.insert(
                        lotse::LegendTemplate::render(query.legend.text(QStringLiteral("en")), labelsOf(object)),
                        value);
            }
        }
        return values;
    }

    /// Moves the pointer onto @p chart's plot at @p seconds.
    static void hover(lotse::TimeSeriesChart *chart, double seconds)
    {
        const QPointF at(chart->xAt(seconds), chart->plotRect().center().y());
        QTest::mouseMove(chart->viewport(), at.toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void crosshairOnEveryChartWithPrometheusValues()
    {
        const auto window = openKato(QStringLiteral("kato-latency-database"));
        QVERIFY(window);
        const QList<lotse::TimeSeriesChart *> charts = window->dashboardView()->charts();
        QVERIFY(charts.size() >= 2);
        lotse::TimeSeriesChart *latency = charts.first();
        const lotse::TimeWindow shown = window->session()->chart(0).window;
        hover(latency, shown.from + shown.length() * 0.6);

        lotse::TimeCursor *cursor = window->dashboardView()->timeCursor();
        QVERIFY(cursor->seconds().has_value());
        QVERIFY(!cursor->isPinned());
        const double seconds = *cursor->seconds();
        // One instant on every chart: each draws its crosshair where that instant is on its own axis.
        for (lotse::TimeSeriesChart *chart : charts) {
            QWidget *crosshair = chart->cursorLayer()->crosshair();
            QVERIFY2(crosshair->isVisible(), qPrintable(chart->title()));
            QCOMPARE(crosshair->x(), qRound(chart->xAt(seconds)));
            QCOMPARE(crosshair->height(), qRound(chart->plotRect().height()));
        }
        // The tooltip shows on the chart under the pointer only.
        QVERIFY(latency->cursorLayer()->tip()->isVisible());
        for (lotse::TimeSeriesChart *chart : charts.mid(1))
            QVERIFY(!chart->cursorLayer()->tip()->isVisible());

        // Prometheus evaluates a range query at start + k·step: the point at or
        // before the cursor is an instant query at that grid time.
        const double step = gridStep(window->session()->chart(0));
        QVERIFY(step > 0);
        const double grid = shown.from + std::floor((seconds - shown.from) / step) * step;
        const QHash<QString, double> expected = valuesAt(window->session()->dashboard().charts.first(), grid);
        QVERIFY(!expected.isEmpty());
        const QList<lotse::CursorTip::Row> rows = latency->cursorLayer()->tip()->rows();
        QCOMPARE(rows.size(), expected.size());
        for (int index = 0; index < rows.size(); ++index) {
            const lotse::CursorTip::Row &row = rows.at(index);
            QVERIFY2(expected.contains(row.name), qPrintable(row.name));
            QVERIFY2(
                qFuzzyCompare(row.value, expected.value(row.name)),
                qPrintable(QStringLiteral("%1: %2 vs %3").arg(row.name).arg(row.value).arg(expected.value(row.name))));
            QVERIFY(!row.valueText.isEmpty());
            // Sorted by value, largest first; each row wears its line's colour.
            if (index > 0)
                QVERIFY(rows.at(index - 1).value >= row.value);
            const auto line = std::find_if(latency->lines().cbegin(), latency->lines().cend(),
                                           [&row](const QLineSeries *series) { return series->name() == row.name; });
            QVERIFY(line != latency->lines().cend());
            QCOMPARE(row.color, (*line)->pen().color());
        }

        // Leaving the chart takes the crosshair away everywhere.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(latency, &leave);
        QVERIFY(!cursor->seconds().has_value());
        for (lotse::TimeSeriesChart *chart : charts)
            QVERIFY(!chart->cursorLayer()->crosshair()->isVisible());
    }

    void pinnedCursorStepsAndIsWhatDiagnosisReads()
    {
        const auto window = openKato(QStringLiteral("kato-latency-database"));
        QVERIFY(window);
        lotse::TimeSeriesChart *chart = window->dashboardView()->charts().first();
        lotse::TimeCursor *cursor = window->dashboardView()->timeCursor();
        const lotse::TimeWindow shown = window->session()->chart(0).window;
        const QPoint at(qRound(chart->xAt(shown.from + shown.length() * 0.5)), qRound(chart->plotRect().center().y()));
        QTest::mouseMove(chart->viewport(), at);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QVERIFY(cursor->isPinned());
        const double pinned = *cursor->seconds();
        // Hovering elsewhere leaves a pinned cursor where it is.
        hover(chart, shown.from + shown.length() * 0.2);
        QCOMPARE(*cursor->seconds(), pinned);

        // Arrow keys move it by the chart's step, the distance between Prometheus's points.
        const double step = gridStep(window->session()->chart(0));
        QVERIFY(step > 0);
        chart->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(*cursor->seconds(), pinned + step);
        QTest::keyClick(chart, Qt::Key_Left);
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(*cursor->seconds(), pinned - step);
        QCOMPARE(chart->cursorLayer()->crosshair()->x(), qRound(chart->xAt(pinned - step)));
        const QDateTime instant = cursor->pinnedAt();
        QCOMPARE(instant.toMSecsSinceEpoch(), qint64(std::llround((pinned - step) * 1000)));

        // The details of a card in trouble show that instant, and its Diagnose reads there.
        lotse::KpiCard *p95 = nullptr;
        for (lotse::KpiCard *card : window->dashboardView()->cards()) {
            if (card->kpiId() == QLatin1String("p95_latency"))
                p95 = card;
        }
        QVERIFY(p95);
        p95->showDetails();
        lotse::KpiDetailsDialog *details = p95->detailsDialog();
        QVERIFY(details);
        QVERIFY2(details->cursorText().contains(lotse::TimeText::dateAndClock(instant.toLocalTime())),
                 qPrintable(details->cursorText()));
        QVERIFY(details->diagnoseButton()->isVisible());
        QSignalSpy started(window.get(), &lotse::MainWindow::diagnosisStarted);
        details->diagnoseButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 30000);
        QCOMPARE(window->diagnosisWizard()->session()->at(), instant);
        window->diagnosisWizard()->close();

        // Esc lets it go; diagnosis reads at the range's end again.
        QTest::keyClick(chart, Qt::Key_Escape);
        QVERIFY(!cursor->isPinned());
    }

    void manySeriesGetALegendTable()
    {
        // A chart of every bucket of every instance: more series than a legend can list.
        QTemporaryDir directory;
        const QString file = writeDashboard(
            directory,
            "id: buckets\ntitle: {en: Buckets, de: Buckets}\nrange: now-1h\nrefresh: off\n"
            "charts:\n  - id: buckets\n    title: {en: Buckets, de: Buckets}\n    unit: reqps\n    queries:\n"
            "      - query: rate(kato_request_duration_seconds_bucket{job=\"kato\"}[5m])\n"
            "        legend: \"{{instance}} le={{le}}\"\n"
            "  - id: total\n    title: {en: Total, de: Gesamt}\n    unit: reqps\n    queries:\n"
            "      - query: sum(rate(kato_requests_total{job=\"kato\"}[5m]))\n");
        QVERIFY(!file.isEmpty());
        const auto window = openAtCase(&m_localization, m_url, file, QStringLiteral("kato-healthy"));
        QVERIFY(settled(*window));
        lotse::TimeSeriesChart *many = window->dashboardView()->charts().at(0);
        lotse::TimeSeriesChart *one = window->dashboardView()->charts().at(1);
        QVERIFY2(many->lines().size() > 8, qPrintable(QString::number(many->lines().size())));
        QTRY_VERIFY(many->legendTable()->isVisible());
        QVERIFY(!many->chart()->legend()->isVisible());
        QVERIFY(!one->legendTable()->isVisible());
        QVERIFY(one->chart()->legend()->isVisible());

        lotse::LegendTableModel *model = many->legendTable()->entries();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(many->lines().size()));
        // The figures are those of the points read for the window.
        const lotse::ChartData &data = window->session()->chart(0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const lotse::Series &series = *data.lines.at(row).fetched;
            double last = std::nan("");
            double largest = -std::numeric_limits<double>::infinity();
            for (size_t p = 0; p < series.times.size(); ++p) {
                if (series.times[p] < data.window.from || series.times[p] > data.window.to)
                    continue;
                last = series.values[p];
                largest = std::max(largest, series.values[p]);
            }
            QCOMPARE(model->entry(row).name, data.lines.at(row).name);
            QCOMPARE(model->entry(row).stats.last, last);
            QCOMPARE(model->entry(row).stats.max, largest);
        }

        // Sorted by the largest mean, a click on the top row hides that series.
        many->legendTable()->sortByColumn(lotse::LegendTableModel::Mean, Qt::DescendingOrder);
        const int top = many->legendTable()->lineAt(0);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->entry(top).stats.mean >= model->entry(many->legendTable()->lineAt(row)).stats.mean);
        const QModelIndex cell = many->legendTable()->model()->index(0, 0);
        QTest::mouseClick(many->legendTable()->viewport(), Qt::LeftButton, {},
                          many->legendTable()->visualRect(cell).center());
        QVERIFY(!many->lines().at(top)->isVisible());
        QVERIFY(model->entry(top).hidden);
        for (int line = 0; line < many->lines().size(); ++line)
            QCOMPARE(many->lines().at(line)->isVisible(), line != top);
        // A click again shows it again.
        QTest::mouseClick(many->legendTable()->viewport(), Qt::LeftButton, {},
                          many->legendTable()->visualRect(cell).center());
        QVERIFY(many->lines().at(top)->isVisible());
    }
};

QTEST_MAIN(TestTimeCursor)
#include "tst_timecursor.moc"
