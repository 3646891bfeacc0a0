#include "axes/timeaxis.h"

#include "axes/axisticks.h"

#include <QDateTime>

namespace lotse {

namespace {

constexpr double kDay = 86400;

} // namespace

TimeAxis::TimeAxis(const TimeWindow &window, int ticks, const QLocale &locale)
{
    const double span = window.length();
    if (span <= 0)
        return;
    m_step = AxisTicks::timeStep(span, std::max(1, ticks));
    // One offset for the window: a tick lands on the local clock's round minute or hour.
    const int offset = QDateTime::fromSecsSinceEpoch(qint64(window.to)).toLocalTime().offsetFromUtc();
    for (double tick : AxisTicks::timeTicks(window, m_step, offset))
        m_ticks.append({tick, label(tick, span, m_step, locale)});
}

QString TimeAxis::label(double seconds, double span, double step, const QLocale &locale)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(qint64(seconds)).toLocalTime();
    // The date as the locale's language writes it, so a German report reads 05.12. whatever the UI speaks.
    const bool german = locale.language() == QLocale::German;
    const QString date = locale.toString(local, german ? QStringLiteral("dd.MM.") : QStringLiteral("MM/dd"));
    const bool midnight = local.time() == QTime(0, 0);
    if (step >= kDay || (midnight && step >= 60))
        return date;
    const QString time = locale.toString(local, step < 60 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    // Longer than a day, the same clock time comes twice: the date tells them apart.
    return span > kDay ? date + QLatin1Char(' ') + time : time;
}

QString TimeAxis::widestLabel(const TimeWindow &window, const QLocale &locale)
{
    const double span = window.length();
    return label(window.to - 3600 - 1, span, span > kDay ? 3600 : span < 600 ? 1 : 60, locale);
}

} // namespace lotse
