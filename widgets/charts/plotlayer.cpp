#include "charts/plotlayer.h"

#include <QFuture>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

namespace {

/// Where @p image's frame lies in @p now's frame, within @p area: the same
/// rectangle for an image painted for the current axes, moved and stretched for
/// an older one.
QRectF placement(const PlotFrame &image, const PlotFrame &now, const QRectF &area)
{
    const auto x = [&](double seconds) {
        return area.left() + (seconds - now.window.from) / now.window.length() * area.width();
    };
    const auto y = [&](double value) {
        return area.bottom() - (value - now.low) / (now.high - now.low) * area.height();
    };
    return QRectF(QPointF(x(image.window.from), y(image.high)), QPointF(x(image.window.to), y(image.low)));
}

} // namespace

PlotLayer::PlotLayer(QGraphicsItem *parent)
    : QGraphicsObject(parent)
{
    // Above the grid, below the threshold lines and the legend (Qt Charts'
    // series sit at 5): a threshold stays visible over a hundred lines.
    setZValue(4.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void PlotLayer::setArea(const QRectF &area)
{
    if (area == m_area)
        return;
    prepareGeometryChange();
    m_area = area;
}

void PlotLayer::setFrame(const PlotFrame &frame)
{
    if (frame == m_frame)
        return;
    m_frame = frame;
    update();
}

void PlotLayer::render(const ChartData &data, const QList<std::optional<QPen>> &pens)
{
    const PlotFrame frame = m_frame;
    const quint64 generation = ++m_asked;
    // The data's lists are shared, not copied: the worker reads what the chart holds.
    QtConcurrent::run([frame, data, pens] { return PlotRenderer::render(frame, data, pens); })
        .then(this, [this, generation, frame](const QImage &image) { take(generation, frame, image); });
}

void PlotLayer::take(quint64 generation, const PlotFrame &frame, const QImage &image)
{
    // Images finish in the order asked on one thread, not always on several: an older one never replaces a newer.
    if (generation <= m_shown)
        return;
    m_shown = generation;
    m_image = image;
    m_imageFrame = frame;
    update();
    Q_EMIT rendered();
}

QRectF PlotLayer::boundingRect() const
{
    return m_area;
}

void PlotLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_image.isNull() || !m_frame.isValid() || !m_imageFrame.isValid())
        return;
    painter->save();
    painter->setClipRect(m_area);
    const QRectF target = placement(m_imageFrame, m_frame, m_area);
    if (m_imageFrame == m_frame)
        painter->drawImage(target.topLeft(), m_image);
    else
        painter->drawImage(target, m_image);
    painter->restore();
}

} // namespace lotse
