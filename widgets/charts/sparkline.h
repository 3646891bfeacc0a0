#pragma once

#include "core/series.h"
#include "core/thresholds.h"
#include "core/timerange.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <optional>

namespace lotse {

/// A small line of a KPI's recent values, painted with QPainter: the series
/// scaled to the widget, the threshold bands as faint lines where they fall
/// inside the values' range. No axes, no labels: the card carries the number.
class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    void setSeries(Series series);
    const Series &series() const { return m_series; }
    void setThresholds(const Thresholds &thresholds);
    /// The visible range the series covers; without one the series' own extent is used.
    void setWindow(const TimeWindow &window);
    void setColor(const QColor &color);

    /// Width in device pixels: how many columns the session should thin to.
    int deviceWidth() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void deviceWidthChanged(int pixels);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Extent
    {
        double from = 0;
        double to = 0;
        double low = 0;
        double high = 0;

        /// How far up @p value is, 0 at low and 1 at high. Taken in halves:
        /// between the largest doubles the span itself overflows.
        double height(double value) const { return (value / 2 - low / 2) / (high / 2 - low / 2); }
    };

    std::optional<Extent> extent() const;
    /// Paints the line, its shade and the thresholds into m_image.
    void paintImage();
    void invalidate();
    QPolygonF polyline(const Extent &extent, const QRectF &area) const;
    void paintThreshold(QPainter &painter, const Extent &extent, const QRectF &area, std::optional<double> value,
                        const QColor &color) const;

    Series m_series;
    Thresholds m_thresholds;
    TimeWindow m_window;
    QColor m_color;
    /// What was painted last: a card repaints for its text and state far more
    /// often than its values change, and stroking the line was half the CPU a
    /// dashboard of 20 cards took while idle.
    QImage m_image;
};

} // namespace lotse
