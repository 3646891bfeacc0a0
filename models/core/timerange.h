#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lotse {

/// A window in absolute time, in Unix seconds.
struct TimeWindow
{
    double from = 0;
    double to = 0;

    double length() const { return to - from; }
};

/// What the user picked in the time-range bar: a span back from now
/// ("now-1h"), which moves along on every refresh, or fixed from/to.
class TimeRange final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::TimeRange)

public:
    /// The presets of the time-range bar, in seconds: 5m … 7d.
    static const QList<qint64> &presetSpans();

    static TimeRange relative(qint64 seconds);
    static TimeRange absolute(const QDateTime &from, const QDateTime &to);
    /// Parses "now-5m", "now-1h", "now-7d" (s, m, h, d, w).
    static std::optional<TimeRange> parse(const QString &text);
    /// Parses a duration such as "30s", "5m", "1h" into seconds.
    static std::optional<qint64> parseDuration(const QString &text);
    /// "5m", "1h", "7d": the shortest exact form of @p seconds.
    static QString durationText(qint64 seconds);

    bool isRelative() const { return m_relative; }
    qint64 span() const { return m_span; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }

    /// The window this range covers when the clock shows @p now.
    TimeWindow resolve(const QDateTime &now) const;
    /// "now-1h" or the absolute bounds, for display and persistence.
    QString toString() const;

    /// Seconds between points of a range query drawn on @p pixels columns: one
    /// point per pixel, never finer than @p minimumStep, and never more than
    /// @p maxPoints points in the window (Prometheus refuses more than 11,000).
    static double stepFor(const TimeWindow &window, int pixels, double minimumStep = 1, int maxPoints = 11000);

    bool operator==(const TimeRange &other) const = default;

private:
    bool m_relative = true;
    qint64 m_span = 3600;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace lotse
