#include "charts/sparkline.h"

#include "style/statepalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lotse {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_color(StatePalette::neutral(palette()))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void Sparkline::setSeries(Series series)
{
    m_series = std::move(series);
    invalidate();
}

void Sparkline::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    invalidate();
}

void Sparkline::setWindow(const TimeWindow &window)
{
    m_window = window;
    invalidate();
}

void Sparkline::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    invalidate();
}

int Sparkline::deviceWidth() const
{
    return qRound(width() * devicePixelRatioF());
}

QSize Sparkline::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.averageCharWidth() * 20, qRound(metrics.height() * 2.2)};
}

QSize Sparkline::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 6, sizeHint().height()};
}

void Sparkline::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    Q_EMIT deviceWidthChanged(deviceWidth());
}

std::optional<Sparkline::Extent> Sparkline::extent() const
{
    Extent extent;
    bool any = false;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const double value = m_series.values[size_t(i)];
        if (!std::isfinite(value))
            continue;
        extent.low = any ? std::min(extent.low, value) : value;
        extent.high = any ? std::max(extent.high, value) : value;
        any = true;
    }
    if (!any)
        return std::nullopt;
    if (m_window.length() > 0) {
        extent.from = m_window.from;
        extent.to = m_window.to;
    } else {
        extent.from = m_series.times.front();
        extent.to = m_series.times.back();
    }
    // A flat line sits in the middle rather than on the floor.
    const double pad = extent.high > extent.low ? (extent.high / 2 - extent.low / 2) * 0.16
                                                : std::max(std::abs(extent.high) * 0.1, 1e-9);
    constexpr double kLargest = std::numeric_limits<double>::max();
    extent.low = std::max(extent.low - pad, -kLargest);
    extent.high = std::min(extent.high + pad, kLargest);
    if (extent.to <= extent.from)
        extent.to = extent.from + 1;
    return extent;
}

QPolygonF Sparkline::polyline(const Extent &extent, const QRectF &area) const
{
    QPolygonF points;
    points.reserve(m_series.size());
    const double xScale = area.width() / (extent.to - extent.from);
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const double value = m_series.values[size_t(i)];
        if (!std::isfinite(value))
            continue;
        const double x = area.left() + (m_series.times[size_t(i)] - extent.from) * xScale;
        points.append({std::clamp(x, area.left(), area.right()), area.bottom() - extent.height(value) * area.height()});
    }
    return points;
}

void Sparkline::paintThreshold(QPainter &painter, const Extent &extent, const QRectF &area, std::optional<double> value,
                               const QColor &color) const
{
    if (!value || *value < extent.low || *value > extent.high)
        return;
    const double y = area.bottom() - extent.height(*value) * area.height();
    QColor faint = color;
    faint.setAlphaF(0.55f);
    QPen pen(faint, 1, Qt::DashLine);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

void Sparkline::invalidate()
{
    m_image = QImage();
    update();
}

void Sparkline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        invalidate();
    QWidget::changeEvent(event);
}

void Sparkline::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_image.size() != size() * ratio || m_image.devicePixelRatio() != ratio) {
        m_image = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(ratio);
        m_image.fill(Qt::transparent);
        paintImage();
    }
    QPainter(this).drawImage(QPointF(0, 0), m_image);
}

void Sparkline::paintImage()
{
    const auto range = extent();
    if (!range)
        return;
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal inset = 1.5;
    const QRectF area = QRectF(rect()).adjusted(inset, inset, -inset, -inset);

    paintThreshold(painter, *range, area, m_thresholds.warning, StatePalette::warning(palette()));
    paintThreshold(painter, *range, area, m_thresholds.critical, StatePalette::critical(palette()));

    const QPolygonF line = polyline(*range, area);
    if (line.isEmpty())
        return;
    QPainterPath fill;
    fill.moveTo(line.first().x(), area.bottom());
    for (const QPointF &point : line)
        fill.lineTo(point);
    fill.lineTo(line.last().x(), area.bottom());
    fill.closeSubpath();
    QColor shade = m_color;
    shade.setAlphaF(0.16f);
    // The line covers the shade's edge: the shade needs no antialiasing, which costs more than the line.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillPath(fill, shade);
    painter.setRenderHint(QPainter::Antialiasing);

    // One device pixel wide, Qt draws the line directly; anything wider is
    // stroked into an outline and filled, which took a third of an idle
    // dashboard's CPU for 20 cards refreshing every 5 s. The shade below gives
    // the line its weight.
    QPen pen(m_color, 1);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawPolyline(line);
}

} // namespace lotse
