#pragma once

#include <QFont>

namespace lotse {

/// @p base at @p scale times its point size, bold or not: headings follow
/// the user's font size instead of a fixed one, so they grow with high-DPI and
/// accessibility settings.
QFont scaledFont(const QFont &base, qreal scale, bool bold);

} // namespace lotse
