#include "common/cardframe.h"

#include <QPainter>
#include <QPainterPath>

namespace lotse {

CardFrame::CardFrame(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
}

void CardFrame::setAccent(const QColor &color)
{
    if (m_accent == color)
        return;
    m_accent = color;
    update();
}

int CardFrame::bandWidth() const
{
    return m_accent.isValid() ? std::max(3, fontMetrics().height() / 4) : 0;
}

QMargins CardFrame::cardMargins() const
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() + metrics.averageCharWidth() / 2;
    return {bandWidth() + padding, padding * 3 / 4, padding, padding * 3 / 4};
}

void CardFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = fontMetrics().height() * 0.35;
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath outline;
    outline.addRoundedRect(frame, radius, radius);
    painter.fillPath(outline, palette().base());
    if (m_accent.isValid()) {
        painter.save();
        painter.setClipPath(outline);
        painter.fillRect(QRectF(frame.left(), frame.top(), bandWidth(), frame.height()), m_accent);
        painter.restore();
    }
    QColor border = palette().color(QPalette::Mid);
    border.setAlphaF(0.45f);
    painter.setPen(QPen(border, 1.0));
    painter.drawPath(outline);
}

} // namespace lotse
