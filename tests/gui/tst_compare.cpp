// The compare overlay on the offscreen platform, on the KATO dashboard over a
// real Prometheus serving the project's own history (whose KATO cases lie six
// hours apart, so one day earlier is another KATO case): the dashed lines are
// exactly what Prometheus answers with `offset 1d`, in their line's colour,
// and the tooltip shows now, then and the difference.
#include "chartwindow.h"

#include "charts/chartcursor.h"
#include "charts/timecursor.h"
#include "core/localization.h"
#include "dashboard/compareperiod.h"
#include "dashboard/comparepicker.h"
#include "dashboard/seriesprobe.h"

#include <QComboBox>
#include <QLineSeries>
#include <QLocale>

using namespace lotse::test;

class TestCompare final : public QObject
{
    Q_OBJECT

private:
    QString m_url;
    lotse::Localization m_localization;

    /// Chooses @p seconds in the toolbar as a user does, and waits for the charts.
    static bool choose(lotse::MainWindow &window, qint64 seconds)
    {
        QComboBox *choices = window.comparePicker()->choices();
        const int index = choices->findData(seconds);
        if (index < 0 || !choices->isEnabled())
            return false;
        QSignalSpy finished(window.session(), &lotse::DashboardSession::refreshFinished);
        choices->setCurrentIndex(index);
        Q_EMIT choices->activated(index);
        return finished.wait(30000) && settled(window);
    }

    static int chartIndex(const lotse::MainWindow &window, const QString &id)
    {
        const QList<lotse::ChartSpec> &charts = window.session()->dashboard().charts;
        for (int index = 0; index < charts.size(); ++index) {
            if (charts.at(index).id == id)
                return index;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = readLine(qEnvironmentVariable("LOTSE_ENGINE_URL_FILE"));
        QVERIFY2(!m_url.isEmpty(), "the Prometheus fixture did not start");
        m_localization.setLanguage(QStringLiteral("en"));
    }

    void overlayEqualsTheOffsetQuery()
    {
        const auto window = openAtCase(&m_localization, m_url, QStringLiteral("kato"), QStringLiteral("kato-cpu-kato"));
        QVERIFY(settled(*window));
        const int index = chartIndex(*window, QStringLiteral("throughput"));
        QVERIFY(index >= 0);
        const int current = int(window->session()->chart(index).lines.size());
        QVERIFY(current > 0);
        QVERIFY(choose(*window, lotse::ComparePeriod::Day));
        QCOMPARE(window->session()->comparePeriod(index), lotse::ComparePeriod::Day);

        const lotse::ChartData &data = window->session()->chart(index);
        const lotse::ChartLine *total = nullptr;
        const lotse::ChartLine *totalThen = nullptr;
        for (const lotse::ChartLine &line : data.lines) {
            if (line.name == QLatin1String("total"))
                total = &line;
            if (line.name == QLatin1String("total (1 day ago)"))
                totalThen = &line;
        }
        QVERIFY(total && totalThen);
        QCOMPARE(totalThen->shift, lotse::ComparePeriod::Day);
        QCOMPARE(totalThen->base, int(total - data.lines.constData()));
        QVERIFY(!totalThen->fetched->isEmpty());

        // What Prometheus gives for the same query with `offset 1d` on its
        // selector, over the same window and step, point for point.
        const lotse::ChartQuery &query = window->session()->dashboard().charts.at(index).queries.first();
        QString offsetQuery = query.query;
        QVERIFY(offsetQuery.contains(QLatin1String("[5m]")));
        offsetQuery.replace(QLatin1String("[5m]"), QLatin1String("[5m] offset 1d"));
        const double step = total->fetched->times[1] - total->fetched->times[0];
        const QJsonObject answer
            = prometheusData(m_url, QStringLiteral("query_range"),
                             QUrlQuery{{QStringLiteral("query"), offsetQuery},
                                       {QStringLiteral("start"), QString::number(data.window.from, 'f', 3)},
                                       {QStringLiteral("end"), QString::number(data.window.to, 'f', 3)},
                                       {QStringLiteral("step"), QString::number(step, 'f', 3)}});
        const QJsonArray result = answer.value(QStringLiteral("result")).toArray();
        QCOMPARE(result.size(), 1);
        const QJsonArray points = result.first().toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(qsizetype(points.size()), totalThen->fetched->size());
        for (int p = 0; p < points.size(); ++p) {
            const QJsonArray point = points.at(p).toArray();
            QCOMPARE(totalThen->fetched->times[size_t(p)], point.at(0).toDouble());
            QCOMPARE(totalThen->fetched->values[size_t(p)], point.at(1).toString().toDouble());
        }
        // The day before is another case, not the same line again.
        QVERIFY(total->fetched->values != totalThen->fetched->values);

        // Drawn dashed, in the colour of the line it is compared with.
        lotse::TimeSeriesChart *chart = window->dashboardView()->charts().at(index);
        const int then = int(totalThen - data.lines.constData());
        QCOMPARE(chart->lines().at(then)->pen().style(), Qt::DashLine);
        QCOMPARE(chart->lines().at(then)->pen().color(), chart->lines().at(totalThen->base)->pen().color());
        QCOMPARE(chart->lines().at(totalThen->base)->pen().style(), Qt::SolidLine);
        QCOMPARE(chart->lines().at(then)->name(), QStringLiteral("total (1 day ago)"));

        // The tooltip: now, then and the difference, at the instant hovered.
        const double seconds = data.window.from + data.window.length() * 0.7;
        QTest::mouseMove(chart->viewport(), QPointF(chart->xAt(seconds), chart->plotRect().center().y()).toPoint());
        const double at = *window->dashboardView()->timeCursor()->seconds();
        const auto now = lotse::SeriesProbe::at(*total->fetched, at, step);
        const auto before = lotse::SeriesProbe::at(*totalThen->fetched, at, step);
        QVERIFY(now && before);
        const lotse::UnitFormatter units{QLocale()};
        bool found = false;
        for (const lotse::CursorTip::Row &row : chart->cursorLayer()->tip()->rows()) {
            QVERIFY2(!row.name.endsWith(QLatin1String("ago)")), qPrintable(row.name));
            if (row.name != QLatin1String("total"))
                continue;
            found = true;
            QCOMPARE(row.value, now->value);
            QVERIFY2(row.thenText.endsWith(units.format(before->value, lotse::Unit::RequestsPerSecond)),
                     qPrintable(row.thenText));
            const double difference = now->value - before->value;
            QVERIFY2(row.differenceText.endsWith(units.format(std::abs(difference), lotse::Unit::RequestsPerSecond)),
                     qPrintable(row.differenceText));
            QCOMPARE(row.differenceText.startsWith(QLatin1Char('+')), difference > 0);
        }
        QVERIFY(found);

        // Off again: only the lines of the window.
        QVERIFY(choose(*window, 0));
        QCOMPARE(int(window->session()->chart(index).lines.size()), current);
        for (const lotse::ChartLine &line : window->session()->chart(index).lines)
            QCOMPARE(line.shift, 0);
    }

    void yamlComparesAndTheToolbarShowsIt()
    {
        // The dashboard's `compare: 1w`, overruled by one chart's `compare: 1d`.
        QTemporaryDir directory;
        const QString file = writeDashboard(
            directory,
            "id: compare\ntitle: {en: Compare, de: Vergleich}\nrange: now-1h\nrefresh: off\ncompare: 1w\n"
            "charts:\n  - id: week\n    title: {en: Week, de: Woche}\n    unit: reqps\n    queries:\n"
            "      - query: sum(rate(kato_requests_total{job=\"kato\"}[5m]))\n"
            "  - id: day\n    title: {en: Day, de: Tag}\n    unit: reqps\n    compare: 1d\n    queries:\n"
            "      - query: sum(rate(kato_requests_total{job=\"kato\"}[5m]))\n");
        QVERIFY(!file.isEmpty());
        const auto window = openAtCase(&m_localization, m_url, file, QStringLiteral("kato-cpu-kato"));
        QVERIFY(settled(*window));
        QCOMPARE(window->comparePicker()->period(), lotse::ComparePeriod::Week);
        QCOMPARE(window->session()->comparePeriod(0), lotse::ComparePeriod::Week);
        QCOMPARE(window->session()->comparePeriod(1), lotse::ComparePeriod::Day);
        // A week before this case the history has no KATO samples: no earlier line, and no error.
        QVERIFY(!window->session()->chart(0).error);
        const lotse::ChartData &day = window->session()->chart(1);
        QCOMPARE(day.lines.size(), 2);
        QCOMPARE(day.lines.at(1).shift, lotse::ComparePeriod::Day);
        QVERIFY(!day.lines.at(1).fetched->isEmpty());
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
