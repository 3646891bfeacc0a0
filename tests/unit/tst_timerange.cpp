#include "core/timerange.h"

#include <QTest>

using lotse::TimeRange;
using lotse::TimeWindow;

class TestTimeRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRelativeRanges()
    {
        QCOMPARE(TimeRange::parse(QStringLiteral("now-5m"))->span(), 300);
        QCOMPARE(TimeRange::parse(QStringLiteral("now-7d"))->span(), 7 * 86400);
        QVERIFY(!TimeRange::parse(QStringLiteral("now")));
        QVERIFY(!TimeRange::parse(QStringLiteral("now-0m")));
        QVERIFY(!TimeRange::parse(QStringLiteral("5m")));
        QCOMPARE(TimeRange::relative(3600).toString(), QStringLiteral("now-1h"));
        QCOMPARE(TimeRange::durationText(90), QStringLiteral("90s"));
    }

    void presetsSpanFiveMinutesToSevenDays()
    {
        QCOMPARE(TimeRange::presetSpans().first(), 300);
        QCOMPARE(TimeRange::presetSpans().last(), 7 * 86400);
    }

    void resolvesAgainstTheClock()
    {
        const QDateTime now = QDateTime::fromSecsSinceEpoch(1768478400, Qt::UTC);
        const TimeWindow window = TimeRange::relative(3600).resolve(now);
        QCOMPARE(window.to, 1768478400.0);
        QCOMPARE(window.from, 1768478400.0 - 3600);
        const TimeRange fixed = TimeRange::absolute(now.addSecs(-60), now);
        QCOMPARE(fixed.resolve(now.addDays(3)).from, 1768478400.0 - 60);
        QVERIFY(!fixed.isRelative());
    }

    void stepFollowsPixelsAndCapsPoints()
    {
        // One point per pixel.
        QCOMPARE(TimeRange::stepFor({0, 3600}, 1200), 3.0);
        // Never finer than a second.
        QCOMPARE(TimeRange::stepFor({0, 300}, 3000), 1.0);
        // Seven days on an 8K screen would be 7680 points: allowed. At one point per
        // pixel on 20000 pixels it would exceed 11,000 points and is capped.
        const TimeWindow week{0, 7 * 86400.0};
        const double step = TimeRange::stepFor(week, 20000);
        QVERIFY(week.length() / step + 1 <= 11000);
        // For every width, never more than 11,000 points.
        for (int pixels : {1, 100, 1920, 11000, 50000}) {
            const double s = TimeRange::stepFor(week, pixels);
            QVERIFY2(std::floor(week.length() / s) + 1 <= 11000, qPrintable(QString::number(pixels)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
