#include "common/badge.h"

#include "style/statepalette.h"

#include <QEvent>
#include <QPainter>

namespace lotse {

Badge::Badge(QWidget *parent)
    : QLabel(parent)
    , m_color(StatePalette::neutral(palette()))
{
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    small.setBold(true);
    setFont(small);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void Badge::setColor(const QColor &color)
{
    m_state.reset();
    m_color = color;
    update();
}

void Badge::setState(State state)
{
    m_state = state;
    m_color = StatePalette::color(state, palette());
    update();
}

QSize Badge::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(text()) + metrics.height(), metrics.height() + metrics.height() / 4};
}

QSize Badge::minimumSizeHint() const
{
    return sizeHint();
}

QColor Badge::textColor() const
{
    // Perceived brightness (ITU-R BT.601): amber and light greens need dark text.
    const double luma = 0.299 * m_color.redF() + 0.587 * m_color.greenF() + 0.114 * m_color.blueF();
    return luma > 0.62 ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

void Badge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = pill.height() / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_color);
    painter.drawRoundedRect(pill, radius, radius);
    painter.setPen(textColor());
    painter.setFont(font());
    painter.drawText(rect(), Qt::AlignCenter, text());
}

void Badge::changeEvent(QEvent *event)
{
    // A state's colour is lighter on dark palettes: follow a palette switch.
    if (event->type() == QEvent::PaletteChange && m_state)
        m_color = StatePalette::color(*m_state, palette());
    QLabel::changeEvent(event);
}

} // namespace lotse
