#include "dashboard/cardframeimage.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace lotse {

void CardFrameImage::paint(QPainter &painter, const Look &look)
{
    if (m_image.isNull() || look != m_look)
        render(look);
    painter.drawImage(QPointF(0, 0), m_image);
}

void CardFrameImage::render(const Look &look)
{
    m_look = look;
    ++m_renders;
    const QSize pixels(int(std::ceil(look.size.width() * look.ratio)), int(std::ceil(look.size.height() * look.ratio)));
    m_image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(look.ratio);
    m_image.fill(Qt::transparent);
    if (look.size.isEmpty())
        return;
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(QPointF(0, 0), QSizeF(look.size)).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(frame, look.radius, look.radius);
    painter.fillPath(outline, look.base);

    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(frame.left(), frame.top(), look.band, frame.height()), look.accent);
    painter.restore();

    painter.setPen(QPen(look.border, look.borderWidth));
    painter.drawPath(outline);
}

} // namespace lotse
