#include "charts/plotrenderer.h"

#include <QPainter>
#include <QPolygonF>

#include <cmath>

namespace lotse {

namespace {

/// Draws the runs of finite values of @p series as polylines.
void paintSeries(QPainter &painter, const Series &series, const PlotFrame &frame)
{
    const QSizeF size = frame.size();
    const double xScale = size.width() / frame.window.length();
    const double yScale = size.height() / (frame.high - frame.low);
    QPolygonF run;
    run.reserve(qsizetype(series.times.size()));
    const auto flush = [&painter, &run] {
        if (run.size() == 1)
            painter.drawPoint(run.constFirst());
        else if (run.size() > 1)
            painter.drawPolyline(run);
        run.clear();
    };
    for (size_t p = 0; p < series.times.size(); ++p) {
        const double value = series.values[p];
        if (!std::isfinite(value)) {
            flush();
            continue;
        }
        run.append({(series.times[p] - frame.window.from) * xScale, size.height() - (value - frame.low) * yScale});
    }
    flush();
}

} // namespace

QImage PlotRenderer::render(const PlotFrame &frame, const ChartData &data, const QList<std::optional<QPen>> &pens)
{
    if (!frame.isValid())
        return {};
    QImage image(frame.pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(frame.ratio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < data.lines.size() && i < pens.size(); ++i) {
        if (!pens.at(i))
            continue;
        painter.setPen(*pens.at(i));
        paintSeries(painter, data.lines.at(i).shown, frame);
    }
    return image;
}

} // namespace lotse
