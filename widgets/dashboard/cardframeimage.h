#pragma once

#include <QColor>
#include <QImage>
#include <QSize>

class QPainter;

namespace lotse {

/// A KPI card's background, accent band and border. Drawn into an image once
/// and copied from there until any part of it changes: its antialiased
/// rounded outline, clipped band and border had been half of what twenty
/// cards cost to repaint on every refresh (callgrind on an idle dashboard).
class CardFrameImage final
{
public:
    struct Look
    {
        QSize size;
        qreal ratio = 1;  ///< device pixels per logical pixel
        qreal radius = 0; ///< of the rounded corners
        int band = 0;     ///< width of the accent band on the left
        QColor base;
        QColor accent;
        QColor border;
        qreal borderWidth = 1;

        bool operator==(const Look &) const = default;
    };

    /// Paints @p look at the origin of @p painter, drawing it anew only when
    /// it differs from the look last painted.
    void paint(QPainter &painter, const Look &look);
    /// How many times the frame was drawn anew, for tests of the cache.
    int renders() const { return m_renders; }

private:
    void render(const Look &look);

    Look m_look;
    QImage m_image;
    int m_renders = 0;
};

} // namespace lotse
