// What the time cursor and the legend table read from a series, and how the
// compare overlay's lines find the lines they are compared with.
#include "dashboard/compareperiod.h"
#include "dashboard/seriesprobe.h"

#include <QTest>

#include <cmath>

using lotse::ChartLine;
using lotse::ComparePeriod;
using lotse::Series;
using lotse::SeriesProbe;

namespace {

/// Points every 15 s from 1000 s on, with a gap (no point at 1060 s) and a NaN at 1090 s.
Series gappy()
{
    Series series;
    series.times = {1000, 1015, 1030, 1045, 1075, 1090, 1105};
    series.values = {1, 4, 2, 8, 5, std::nan(""), 3};
    return series;
}

ChartLine line(const QString &name, qint64 shift)
{
    ChartLine made;
    made.name = name;
    made.shift = shift;
    return made;
}

} // namespace

class TestSeriesProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleAtOrBeforeWithinOneStep()
    {
        const Series series = gappy();
        QCOMPARE(SeriesProbe::stepOf(series), 15.0);
        QVERIFY(!SeriesProbe::at(series, 999, 15));
        QCOMPARE(SeriesProbe::at(series, 1000, 15)->value, 1.0);
        QCOMPARE(SeriesProbe::at(series, 1029.9, 15)->time, 1015.0);
        QCOMPARE(SeriesProbe::at(series, 1060, 15)->value, 8.0);
        // Past one step after the last point before a gap, there is no value.
        QVERIFY(!SeriesProbe::at(series, 1061, 15));
        // A NaN is no value either, and not the value before it.
        QVERIFY(!SeriesProbe::at(series, 1095, 15));
        QCOMPARE(SeriesProbe::at(series, 1200, 100)->value, 3.0);
    }

    void statsOverTheWindowOnly()
    {
        const SeriesProbe::Stats stats = SeriesProbe::stats(gappy(), {1015, 1090});
        QVERIFY(stats.any);
        QCOMPARE(stats.last, 5.0);
        QCOMPARE(stats.min, 2.0);
        QCOMPARE(stats.max, 8.0);
        QCOMPARE(stats.mean, (4.0 + 2 + 8 + 5) / 4);
        QVERIFY(!SeriesProbe::stats(gappy(), {2000, 3000}).any);
    }

    void compareLinesFindTheirBase()
    {
        QCOMPARE(ComparePeriod::parse(QStringLiteral("1w")).value_or(-1), ComparePeriod::Week);
        QCOMPARE(ComparePeriod::parse(QStringLiteral("off")).value_or(-1), 0);
        QVERIFY(!ComparePeriod::parse(QStringLiteral("2d")));
        const lotse::TimeWindow window = ComparePeriod::shifted({100000, 103600}, ComparePeriod::Day);
        QCOMPARE(window.from, 100000.0 - 86400);
        QCOMPARE(window.to, 103600.0 - 86400);
        Series earlier = gappy();
        ComparePeriod::restamp(earlier, ComparePeriod::Day);
        QCOMPARE(earlier.times.front(), 1000.0 + 86400);

        QList<ChartLine> lines{line(QStringLiteral("a"), 0), line(QStringLiteral("b"), 0),
                               line(QStringLiteral("b"), ComparePeriod::Day),
                               line(QStringLiteral("gone"), ComparePeriod::Day)};
        ComparePeriod::link(lines);
        QCOMPARE(lines.at(0).base, -1);
        QCOMPARE(lines.at(2).base, 1);
        QCOMPARE(lines.at(2).name, ComparePeriod::lineName(QStringLiteral("b"), ComparePeriod::Day));
        QVERIFY(lines.at(2).name != QLatin1String("b"));
        // A series that is not there now has no line to be compared with.
        QCOMPARE(lines.at(3).base, -1);
    }
};

QTEST_MAIN(TestSeriesProbe)
#include "tst_seriesprobe.moc"
