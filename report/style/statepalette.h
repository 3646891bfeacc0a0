#pragma once

#include "core/thresholds.h"

#include <QColor>
#include <QPalette>

namespace lotse {

/// The colours every widget uses for a state, so a card, its sparkline and the
/// threshold lines of a chart agree. Dark palettes get lighter tones.
class StatePalette final
{
public:
    /// Band and line colour of @p state.
    static QColor color(State state, const QPalette &palette);
    /// Text colour for a value in @p state: darker than color() on light
    /// backgrounds so that amber stays readable.
    static QColor textColor(State state, const QPalette &palette);
    /// A card without thresholds is neither good nor bad: it gets this accent.
    static QColor neutral(const QPalette &palette);
    static QColor warning(const QPalette &palette) { return color(State::Warning, palette); }
    static QColor critical(const QPalette &palette) { return color(State::Critical, palette); }
    /// @p color blended halfway into the background, for stale values.
    static QColor dimmed(const QColor &color, const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace lotse
