#pragma once

#include "core/chartdata.h"

#include <QImage>
#include <QPen>

#include <optional>

namespace lotse {

/// Where a plot's lines are drawn: the time window across, the values from
/// low to high up, on an image of @p pixels device pixels.
struct PlotFrame
{
    TimeWindow window;
    double low = 0;
    double high = 1;
    QSize pixels;
    qreal ratio = 1; ///< device pixels per logical pixel

    bool operator==(const PlotFrame &other) const
    {
        return window.from == other.window.from && window.to == other.window.to && low == other.low
            && high == other.high && pixels == other.pixels && ratio == other.ratio;
    }
    bool isValid() const { return window.length() > 0 && high > low && !pixels.isEmpty(); }
    /// The logical size of the plot.
    QSizeF size() const { return QSizeF(pixels) / ratio; }
};

/// Paints a chart's lines into an image, off the GUI thread: Qt Charts kept a
/// stroked outline of every line (about 240 MB for 100 × 11,000 points) and
/// rebuilt it on the GUI thread at every refresh. Each line is one polyline of
/// its thinned points; a value that is not a number breaks the line, because
/// there is nothing to draw between its neighbours.
class PlotRenderer final
{
public:
    /// @p pens holds a pen for each line of @p data, none for a hidden one.
    static QImage render(const PlotFrame &frame, const ChartData &data, const QList<std::optional<QPen>> &pens);
};

} // namespace lotse
