#include "core/timerange.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

} // namespace

const QList<qint64> &TimeRange::presetSpans()
{
    static const QList<qint64> spans{5 * kMinute, 15 * kMinute, 30 * kMinute, kHour,    3 * kHour,
                                     6 * kHour,   12 * kHour,   kDay,         2 * kDay, kWeek};
    return spans;
}

TimeRange TimeRange::relative(qint64 seconds)
{
    TimeRange range;
    range.m_relative = true;
    range.m_span = std::max<qint64>(1, seconds);
    return range;
}

TimeRange TimeRange::absolute(const QDateTime &from, const QDateTime &to)
{
    TimeRange range;
    range.m_relative = false;
    range.m_from = from;
    range.m_to = to;
    range.m_span = from.secsTo(to);
    return range;
}

std::optional<qint64> TimeRange::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d+)\\s*([smhdw])\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    switch (match.captured(2).at(0).toLatin1()) {
    case 's': return amount;
    case 'm': return amount * kMinute;
    case 'h': return amount * kHour;
    case 'd': return amount * kDay;
    case 'w': return amount * kWeek;
    default: return std::nullopt;
    }
}

std::optional<TimeRange> TimeRange::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("now-")))
        return std::nullopt;
    const auto seconds = parseDuration(trimmed.mid(4));
    if (!seconds || *seconds <= 0)
        return std::nullopt;
    return relative(*seconds);
}

QString TimeRange::durationText(qint64 seconds)
{
    static const std::pair<qint64, char> units[] = {{kWeek, 'w'}, {kDay, 'd'}, {kHour, 'h'}, {kMinute, 'm'}};
    for (const auto &[size, suffix] : units) {
        if (seconds >= size && seconds % size == 0)
            return QString::number(seconds / size) + QLatin1Char(suffix);
    }
    return QString::number(seconds) + QLatin1Char('s');
}

TimeWindow TimeRange::resolve(const QDateTime &now) const
{
    if (m_relative) {
        const double to = double(now.toMSecsSinceEpoch()) / 1000.0;
        return {to - double(m_span), to};
    }
    return {double(m_from.toMSecsSinceEpoch()) / 1000.0, double(m_to.toMSecsSinceEpoch()) / 1000.0};
}

QString TimeRange::toString() const
{
    if (m_relative)
        return QStringLiteral("now-") + durationText(m_span);
    return m_from.toString(Qt::ISODate) + QStringLiteral(" – ") + m_to.toString(Qt::ISODate);
}

double TimeRange::stepFor(const TimeWindow &window, int pixels, double minimumStep, int maxPoints)
{
    const double length = std::max(1.0, window.length());
    double step = length / std::max(1, pixels);
    step = std::max(step, length / std::max(1, maxPoints - 1));
    step = std::max(step, minimumStep);
    // Whole seconds keep steps aligned between refreshes, so points do not wobble.
    return std::max(1.0, std::ceil(step));
}

} // namespace lotse
