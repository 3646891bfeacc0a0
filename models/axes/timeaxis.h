#pragma once

#include "core/timerange.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace lotse {

/// A chart's time axis on the local clock: ticks on round instants (1, 2, 5,
/// 10, 15, 30 seconds or minutes, hours, days) at every range and after every
/// zoom, labelled "14:30"; a tick at midnight says its date instead, and
/// ranges longer than a day give every label its date.
class TimeAxis final
{
public:
    struct Tick
    {
        double seconds = 0; ///< Unix seconds
        QString label;
    };

    /// About @p ticks labels across @p window.
    TimeAxis(const TimeWindow &window, int ticks, const QLocale &locale = QLocale());

    double step() const { return m_step; }
    const QList<Tick> &ticks() const { return m_ticks; }
    /// The widest label this axis could write for @p window, to size the tick count by.
    static QString widestLabel(const TimeWindow &window, const QLocale &locale = QLocale());

private:
    static QString label(double seconds, double span, double step, const QLocale &locale);

    double m_step = 60;
    QList<Tick> m_ticks;
};

} // namespace lotse
