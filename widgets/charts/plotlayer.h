#pragma once

#include "charts/plotrenderer.h"

#include <QGraphicsObject>

namespace lotse {

/// The lines of a TimeSeriesChart: an image of them, painted by PlotRenderer
/// on a worker thread and laid over the chart's plot area. The GUI thread only
/// copies the image onto the screen. Until a new image is in, the last one is
/// drawn moved and scaled to the current axes, so the lines never jump away
/// from their values while the axes have already changed.
class PlotLayer final : public QGraphicsObject
{
    Q_OBJECT

public:
    explicit PlotLayer(QGraphicsItem *parent);

    /// The plot area, in the parent's coordinates.
    void setArea(const QRectF &area);
    /// The axes now: the image shown is placed in it, even one painted for other axes.
    void setFrame(const PlotFrame &frame);
    /// Paints @p data's lines with @p pens (none for a hidden line) into the frame, on a worker.
    void render(const ChartData &data, const QList<std::optional<QPen>> &pens);
    /// The image shown is the one asked for last.
    bool isCurrent() const { return m_shown == m_asked; }
    /// The frame the lines are drawn into now.
    PlotFrame frame() const { return m_frame; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    /// A rendered image is shown; isCurrent() says whether it is the last one asked for.
    void rendered();

private:
    void take(quint64 generation, const PlotFrame &frame, const QImage &image);

    QRectF m_area;
    QImage m_image;
    PlotFrame m_imageFrame; ///< the frame m_image was painted for
    PlotFrame m_frame;      ///< the frame the axes show now
    quint64 m_asked = 0;
    quint64 m_shown = 0;
};

} // namespace lotse
