#pragma once

#include "core/unit.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace lotse {

/// A chart's value axis: round ticks on a 1/2/5 scale, all written in one
/// scale (every label in ms or every label in s, KiB or MiB) with as many
/// decimals as the step needs, so that neighbouring labels never repeat and
/// never round away the difference between them ("0.015 %", "0.020 %").
class ValueAxis final
{
public:
    struct Tick
    {
        double value = 0;
        QString label;
    };

    /// An axis over at least [@p low, @p high] with about @p ticks steps.
    ValueAxis(double low, double high, int ticks, Unit unit, const QLocale &locale = QLocale());

    double low() const { return m_low; }
    double high() const { return m_high; }
    double step() const { return m_step; }
    const QList<Tick> &ticks() const { return m_ticks; }

    /// 1, 2 or 5 times a power of ten, at least @p raw.
    static double roundStep(double raw);

private:
    /// How one axis writes its numbers: value × factor, then the suffix.
    struct Scale
    {
        double factor = 1;
        QString pattern;     ///< "%1 ms"
        double smallest = 0; ///< the finest step that means something (1 byte)
    };
    static Scale scaleFor(Unit unit, double largest);
    void place(double low, double high, int ticks, const Scale &scale);

    double m_low = 0;
    double m_high = 1;
    double m_step = 1;
    QList<Tick> m_ticks;
};

} // namespace lotse
