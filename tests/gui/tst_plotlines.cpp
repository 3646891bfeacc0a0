// The lines a chart shows are painted by Lotse (PlotRenderer on a worker,
// PlotLayer over the plot): what is painted where, gaps, hidden lines, and
// the chart's pixels on screen after data, a legend click and a range move.
#include "charts/plotlayer.h"
#include "charts/plotrenderer.h"
#include "charts/sparkline.h"
#include "charts/timeserieschart.h"

#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace lotse;

namespace {

constexpr double kFrom = 1'700'000'000;

Series series(std::vector<double> times, std::vector<double> values)
{
    Series made;
    made.times = std::move(times);
    made.values = std::move(values);
    return made;
}

ChartData lineData(const QList<Series> &lines)
{
    ChartData data;
    data.window = {kFrom, kFrom + 100};
    for (qsizetype i = 0; i < lines.size(); ++i)
        data.lines.append({QStringLiteral("line %1").arg(i), nullptr, lines.at(i), 0, -1});
    return data;
}

PlotFrame frame100()
{
    return {{kFrom, kFrom + 100}, 0, 100, QSize(100, 100), 1};
}

bool inked(const QImage &image, int x, int y)
{
    return qAlpha(image.pixel(x, y)) > 100;
}

/// Whether any pixel of @p image within @p rect is near @p color.
bool anyNear(const QImage &image, const QRect &rect, const QColor &color)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) + std::abs(pixel.green() - color.green())
                    + std::abs(pixel.blue() - color.blue())
                < 40)
                return true;
        }
    }
    return false;
}

} // namespace

class PlotLinesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLineIsPaintedWhereItsValuesAre()
    {
        // A level line at 25 (a quarter up) over the whole window.
        const ChartData data = lineData({series({kFrom, kFrom + 100}, {25, 25})});
        const QImage image = PlotRenderer::render(frame100(), data, {QPen(Qt::red, 1)});
        QCOMPARE(image.size(), QSize(100, 100));
        QVERIFY(inked(image, 50, 75));
        QVERIFY(!inked(image, 50, 25));
        QVERIFY(!inked(image, 50, 60));
        QCOMPARE(image.pixelColor(50, 75).red(), 255);
    }

    void aValueThatIsNotANumberBreaksTheLine()
    {
        const double gap = std::numeric_limits<double>::quiet_NaN();
        const ChartData data
            = lineData({series({kFrom, kFrom + 10, kFrom + 50, kFrom + 90, kFrom + 100}, {50, 50, gap, 50, 50})});
        const QImage image = PlotRenderer::render(frame100(), data, {QPen(Qt::red, 1)});
        QVERIFY(inked(image, 5, 50));
        QVERIFY(inked(image, 95, 50));
        QVERIFY2(!inked(image, 50, 50), "the line was drawn across the missing value");
    }

    void aHiddenLineIsNotPainted()
    {
        const ChartData data = lineData({series({kFrom, kFrom + 100}, {25, 25}), series({kFrom, kFrom + 100}, {75, 75})});
        const QImage image = PlotRenderer::render(frame100(), data, {std::nullopt, QPen(Qt::blue, 1)});
        QVERIFY(!inked(image, 50, 75));
        QVERIFY(inked(image, 50, 25));
    }

    void aHighDensityScreenGetsAnImageOfItsPixels()
    {
        const ChartData data = lineData({series({kFrom, kFrom + 100}, {25, 25})});
        const QImage image = PlotRenderer::render({{kFrom, kFrom + 100}, 0, 100, QSize(200, 200), 2}, data,
                                                  {QPen(Qt::red, 1)});
        QCOMPARE(image.size(), QSize(200, 200));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QVERIFY(inked(image, 100, 150));
        QVERIFY(!inked(image, 100, 50));
    }

    void theChartShowsItsLinesAndALegendClickHidesOne()
    {
        TimeSeriesChart chart;
        chart.resize(640, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QSignalSpy rendered(&chart, &TimeSeriesChart::plotRendered);
        // Two level lines, far apart: 10 and 90 of 0..100.
        ChartData data = lineData({series({kFrom, kFrom + 50, kFrom + 100}, {10, 10, 10}),
                                   series({kFrom, kFrom + 50, kFrom + 100}, {90, 90, 90})});
        chart.setData(data);
        QVERIFY(!chart.isPlotCurrent());
        QTRY_VERIFY(chart.isPlotCurrent());
        QVERIFY(rendered.count() >= 1);
        QCOMPARE(chart.plottedPoints(0), 3);

        const QColor first = chart.lines().at(0)->pen().color();
        const QColor second = chart.lines().at(1)->pen().color();
        const auto band = [&chart](double value) {
            return QRect(qRound(chart.xAt(kFrom + 40)), qRound(chart.yAt(value)) - 3, 3, 7);
        };
        QImage shot = chart.grab().toImage();
        QVERIFY2(anyNear(shot, band(90), second), "the upper line is not where its values are");
        QVERIFY2(anyNear(shot, band(10), first), "the lower line is not where its values are");

        chart.lines().at(1)->setVisible(false);
        QTRY_VERIFY(chart.isPlotCurrent());
        shot = chart.grab().toImage();
        QVERIFY2(!anyNear(shot, band(90), second), "a hidden line is still painted");
        QVERIFY(anyNear(shot, band(10), first));

        // A new window moves the lines with the axes: the upper line now ends at the middle.
        data.window = {kFrom + 50, kFrom + 150};
        data.lines[1].shown = series({kFrom + 50, kFrom + 100}, {90, 90});
        chart.lines().at(1)->setVisible(true);
        chart.setData(data);
        QTRY_VERIFY(chart.isPlotCurrent());
        shot = chart.grab().toImage();
        const QRect late(qRound(chart.xAt(kFrom + 130)), qRound(chart.yAt(90)) - 3, 3, 7);
        QVERIFY2(!anyNear(shot, late, second), "the line was drawn past its last point");
        QVERIFY(anyNear(shot, QRect(qRound(chart.xAt(kFrom + 70)), qRound(chart.yAt(90)) - 3, 3, 7), second));
    }

    void valuesAtTheEdgeOfDoublesPaintWithoutHarm()
    {
        // A hostile or broken server may answer with the largest doubles: the
        // span overflows to infinity, and no point may reach the painter as NaN.
        constexpr double kHuge = 1.7e308;
        const ChartData data = lineData({series({kFrom, kFrom + 50, kFrom + 100}, {-kHuge, 0, kHuge}),
                                         series({kFrom, kFrom + 100}, {4.9e-324, -4.9e-324})});
        const QImage image = PlotRenderer::render({{kFrom, kFrom + 100}, -kHuge, kHuge, QSize(100, 100), 1}, data,
                                                  {QPen(Qt::red, 1), QPen(Qt::blue, 2)});
        QCOMPARE(image.size(), QSize(100, 100));

        TimeSeriesChart chart;
        chart.resize(640, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setData(data);
        QTRY_VERIFY(chart.isPlotCurrent());
        QCOMPARE(chart.overlay(), TimeSeriesChart::Overlay::None);
        QVERIFY(!chart.grab().isNull());

        Sparkline sparkline;
        sparkline.resize(200, 40);
        sparkline.setColor(Qt::blue);
        sparkline.setSeries(data.lines.at(0).shown);
        QVERIFY(anyNear(sparkline.grab().toImage(), QRect(0, 0, 200, 40), Qt::blue));
    }

    void aSparklinePaintsAgainWhenItsDataOrColourChanges()
    {
        // The sparkline keeps what it painted; every change must reach the screen all the same.
        Sparkline sparkline;
        sparkline.resize(200, 40);
        sparkline.setColor(Qt::blue);
        sparkline.setSeries(series({kFrom, kFrom + 50, kFrom + 100}, {1, 5, 1}));
        const QImage rising = sparkline.grab().toImage();
        QCOMPARE(sparkline.grab().toImage(), rising);
        sparkline.setSeries(series({kFrom, kFrom + 50, kFrom + 100}, {5, 1, 5}));
        const QImage falling = sparkline.grab().toImage();
        QVERIFY2(falling != rising, "new values were not painted");
        sparkline.setColor(Qt::red);
        const QImage red = sparkline.grab().toImage();
        QVERIFY2(red != falling, "a new colour was not painted");
        QVERIFY(anyNear(red, red.rect(), Qt::red));
        QVERIFY(!anyNear(red, red.rect(), Qt::blue));
        sparkline.resize(300, 40);
        QCOMPARE(sparkline.grab().toImage().width(), 300);
    }
};

QTEST_MAIN(PlotLinesTest)
#include "tst_plotlines.moc"
