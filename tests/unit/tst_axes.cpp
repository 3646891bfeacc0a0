// Chart axes a reader can compare at a glance: value ticks on a 1/2/5 scale
// written in one scale per axis with the decimals the step needs, and time
// ticks on round instants of the local clock at every preset range and
// after any zoom.
#include "axes/timeaxis.h"
#include "axes/valueaxis.h"
#include "core/timerange.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using lotse::TimeAxis;
using lotse::TimeWindow;
using lotse::Unit;
using lotse::ValueAxis;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

QStringList labels(const ValueAxis &axis)
{
    QStringList out;
    for (const ValueAxis::Tick &tick : axis.ticks())
        out.append(tick.label);
    return out;
}

/// True when @p step is 1, 2 or 5 times a power of ten.
bool isRoundStep(double step)
{
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
    return std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6;
}

} // namespace

class TestAxes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallSharesKeepTheirDigits()
    {
        // 0.025 % once read "0.03 %" and 0.015 % vanished as its duplicate.
        const ValueAxis axis(0.01, 0.03, 4, Unit::Percent, kEnglish);
        QCOMPARE(labels(axis), (QStringList{"0.010 %", "0.015 %", "0.020 %", "0.025 %", "0.030 %"}));
    }

    void theLargestDoublesMakeAFewReadableTicks()
    {
        // A hostile answer of ±1.7e308: the span overflows, yet the axis stays a handful of short labels.
        for (const auto &[low, high] : {std::pair{-1.7e308, 1.7e308}, std::pair{0.0, 1.7e308}, std::pair{-1.7e308, 0.0}}) {
            const ValueAxis axis(low, high, 5, Unit::None, kEnglish);
            QVERIFY2(axis.ticks().size() >= 2 && axis.ticks().size() <= 12, qPrintable(QString::number(axis.ticks().size())));
            QVERIFY(std::isfinite(axis.low()) && std::isfinite(axis.high()) && axis.high() > axis.low());
            for (const QString &label : labels(axis))
                QVERIFY2(label.size() <= 12, qPrintable(label));
        }
        // Below the exponent's threshold, numbers are written out as before.
        QCOMPARE(labels(ValueAxis(0, 4e12, 4, Unit::None, kEnglish)).last(), QStringLiteral("4,000,000,000,000"));
    }

    void bytesStepInTheirOwnScale()
    {
        // 0 – 6,000 bytes: steps of whole KiB, not 1,000 bytes read as "0.98 KiB".
        const ValueAxis axis(0, 6000, 6, Unit::BytesPerSecond, kEnglish);
        QCOMPARE(axis.step(), 1024.0);
        QCOMPARE(labels(axis).first(), QStringLiteral("0 KiB/s"));
        QCOMPARE(labels(axis).last(), QStringLiteral("6 KiB/s"));
    }

    void nothingButZeroBytesIsNotAFraction()
    {
        const ValueAxis axis(0, 0, 5, Unit::Bytes, kEnglish);
        QCOMPARE(axis.step(), 1.0);
        QCOMPARE(labels(axis), (QStringList{"0 B", "1 B"}));
    }

    void secondsAreAllMillisecondsBelowOne()
    {
        const ValueAxis below(0, 0.8, 4, Unit::Seconds, kEnglish);
        QCOMPARE(labels(below), (QStringList{"0 ms", "200 ms", "400 ms", "600 ms", "800 ms"}));
        // Across one second the whole axis is in seconds: "0.5 s", never "500 ms" beside "1 s".
        const ValueAxis across(0, 2, 4, Unit::Seconds, kEnglish);
        QCOMPARE(labels(across), (QStringList{"0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s"}));
    }

    void everyStepIsRoundAndEveryLabelDistinct()
    {
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            const double low = random->bounded(1000.0) * std::pow(10.0, random->bounded(-6, 7));
            const double high = low + random->bounded(1000.0) * std::pow(10.0, random->bounded(-6, 7));
            for (Unit unit : {Unit::None, Unit::Percent, Unit::Ratio, Unit::Seconds, Unit::Bytes}) {
                const ValueAxis axis(low, high, 5, unit, kEnglish);
                QVERIFY2(axis.low() <= low && axis.high() >= high, qPrintable(QString::number(low)));
                const QStringList written = labels(axis);
                QCOMPARE(QSet<QString>(written.begin(), written.end()).size(), written.size());
                if (unit != Unit::Bytes)
                    QVERIFY2(isRoundStep(axis.step()), qPrintable(QString::number(axis.step())));
            }
        }
    }

    void timeTicksAreRoundAtEveryPresetRange()
    {
        const double now = double(QDateTime::currentSecsSinceEpoch()) + 17.3;
        for (qint64 span : lotse::TimeRange::presetSpans()) {
            const TimeWindow window{now - double(span), now};
            const TimeAxis axis(window, 8, kEnglish);
            verifyRound(axis, window);
        }
    }

    void timeTicksAreRoundAfterAZoom()
    {
        // A drag across the plot lands on any fraction of a second.
        auto *random = QRandomGenerator::global();
        const double now = double(QDateTime::currentSecsSinceEpoch());
        for (int i = 0; i < 500; ++i) {
            const double from = now - random->bounded(7 * 86400.0);
            const TimeWindow window{from, from + 20 + random->bounded(86400.0)};
            verifyRound(TimeAxis(window, 2 + int(random->bounded(10)), kEnglish), window);
        }
    }

    void midnightSaysItsDate()
    {
        const QDateTime midnight(QDate(2026, 12, 5), QTime(0, 0));
        const double at = double(midnight.toSecsSinceEpoch());
        const TimeAxis axis(TimeWindow{at - 3 * 3600, at + 3 * 3600}, 6, kEnglish);
        QStringList written;
        for (const TimeAxis::Tick &tick : axis.ticks())
            written.append(tick.label);
        QVERIFY2(written.contains(QStringLiteral("12/05")), qPrintable(written.join(QLatin1Char(','))));
        QVERIFY(written.contains(QStringLiteral("22:00")));
        // The date in the axis' own language, whatever the interface speaks: a German PDF reads 05.12.
        const TimeAxis germanAxis(TimeWindow{at - 3 * 3600, at + 3 * 3600}, 6,
                                  QLocale(QLocale::German, QLocale::Germany));
        QStringList german;
        for (const TimeAxis::Tick &tick : germanAxis.ticks())
            german.append(tick.label);
        QVERIFY2(german.contains(QStringLiteral("05.12.")), qPrintable(german.join(QLatin1Char(','))));
    }

private:
    static void verifyRound(const TimeAxis &axis, const TimeWindow &window)
    {
        const QList<double> steps{1,   2,    5,    10,   15,    30,    60,    120,   300,    600,
                                  900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800};
        QVERIFY2(steps.contains(axis.step()), qPrintable(QString::number(axis.step())));
        QVERIFY2(!axis.ticks().isEmpty(), qPrintable(QString::number(window.length())));
        QSet<QString> seen;
        for (const TimeAxis::Tick &tick : axis.ticks()) {
            QVERIFY(tick.seconds >= window.from && tick.seconds <= window.to);
            const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(tick.seconds)).toLocalTime();
            const double sinceMidnight = local.time().msecsSinceStartOfDay() / 1000.0;
            // Within a day, a tick is a whole multiple of its step on the local clock.
            if (axis.step() < 86400)
                QVERIFY2(std::fmod(sinceMidnight, axis.step()) == 0, qPrintable(local.toString(Qt::ISODate)));
            else
                QCOMPARE(sinceMidnight, 0.0);
            QVERIFY2(!seen.contains(tick.label), qPrintable(tick.label));
            seen.insert(tick.label);
        }
    }
};

QTEST_GUILESS_MAIN(TestAxes)
#include "tst_axes.moc"
