#include "core/decimator.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using lotse::Decimator;
using lotse::Series;

namespace {

Series wave(int points, double from, double step)
{
    Series series;
    for (int i = 0; i < points; ++i) {
        series.times.push_back(from + i * step);
        series.values.push_back(std::sin(i * 0.01) * 10);
    }
    return series;
}

} // namespace

class TestDecimator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundsTheOutput()
    {
        const Series input = wave(11000, 0, 1);
        const Series out = Decimator::decimate(input, 0, 11000, 200);
        QVERIFY(out.size() <= 3 * 200 + 2);
        QVERIFY(out.size() >= 200);
        QVERIFY(std::is_sorted(out.times.begin(), out.times.end()));
    }

    void keepsExtremes()
    {
        Series input = wave(11000, 0, 1);
        input.values[4321] = 1e6;  // a spike
        input.values[9876] = -1e6; // a dip
        const Series out = Decimator::decimate(input, 0, 11000, 100);
        QCOMPARE(*std::max_element(out.values.begin(), out.values.end()), 1e6);
        QCOMPARE(*std::min_element(out.values.begin(), out.values.end()), -1e6);
        // And at the right time.
        const auto spike = std::find(out.values.begin(), out.values.end(), 1e6) - out.values.begin();
        QCOMPARE(out.times[size_t(spike)], 4321.0);
    }

    void keepsEveryColumnsMinAndMax()
    {
        const Series input = wave(5000, 0, 1);
        const int columns = 50;
        const Series out = Decimator::decimate(input, 0, 5000, columns);
        for (int c = 0; c < columns; ++c) {
            const auto begin = input.values.begin() + c * 100;
            const double low = *std::min_element(begin, begin + 100);
            const double high = *std::max_element(begin, begin + 100);
            QVERIFY(std::find(out.values.begin(), out.values.end(), low) != out.values.end());
            QVERIFY(std::find(out.values.begin(), out.values.end(), high) != out.values.end());
        }
    }

    void smallSeriesPassThrough()
    {
        const Series input = wave(10, 0, 10);
        const Series out = Decimator::decimate(input, 0, 100, 1000);
        QCOMPARE(out.times, input.times);
        QCOMPARE(out.values, input.values);
    }

    void dropsNaNAndKeepsNeighbours()
    {
        Series input = wave(100, 0, 1);
        input.values[50] = std::numeric_limits<double>::quiet_NaN();
        const Series out = Decimator::decimate(input, 10, 20, 1000);
        QVERIFY(std::none_of(out.values.begin(), out.values.end(), [](double v) { return std::isnan(v); }));
        QCOMPARE(out.times.front(), 9.0); // the point just before the window
        QCOMPARE(out.times.back(), 21.0); // and just after it
    }

    void degenerateInput()
    {
        QVERIFY(Decimator::decimate(Series{}, 0, 1, 100).isEmpty());
        QVERIFY(Decimator::decimate(wave(10, 0, 1), 5, 5, 100).isEmpty());
        QVERIFY(Decimator::decimate(wave(10, 0, 1), 0, 10, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
