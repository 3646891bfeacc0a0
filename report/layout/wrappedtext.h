#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>

#include <limits>
#include <memory>

class QPainter;
class QPaintDevice;
class QTextLayout;

namespace lotse {

/// Plain text broken into lines for a width, measured on the device it will be
/// painted on. Lines break between words, and inside a word only when the word
/// alone is wider than a line (a PromQL query, a URL), so nothing runs past
/// the edge. Copies share the layout.
class WrappedText final
{
public:
    WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                Qt::Alignment alignment = Qt::AlignLeft);

    qreal height() const { return m_height; }
    /// The widest line.
    qreal naturalWidth() const { return m_naturalWidth; }
    int lineCount() const;
    /// Where each line ends, from the top: the places a page may cut the text.
    QList<qreal> lineBottoms() const;

    /// Draws the lines that lie within @p from … @p to (own coordinates) at @p origin.
    void draw(QPainter &painter, const QPointF &origin, const QColor &color,
              qreal from = -std::numeric_limits<qreal>::infinity(),
              qreal to = std::numeric_limits<qreal>::infinity()) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
    qreal m_naturalWidth = 0;
};

} // namespace lotse
