#include "common/scaledfont.h"

namespace lotse {

QFont scaledFont(const QFont &base, qreal scale, bool bold)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * scale);
    font.setBold(bold);
    return font;
}

} // namespace lotse
