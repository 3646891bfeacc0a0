#include "layout/wrappedtext.h"

#include <QPainter>
#include <QTextLayout>

namespace lotse {

namespace {

/// Lines that end or start this close to a cut belong to the other page.
constexpr qreal kCutSlack = 0.5;

} // namespace

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device,
                         Qt::Alignment alignment)
{
    QString flowing = text;
    // QTextLayout is one paragraph: line feeds become forced line breaks.
    flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
    m_layout = std::make_shared<QTextLayout>(flowing, font, device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    // An empty text has no lines and takes no room (QTextLayout would give it one).
    for (QTextLine line = flowing.isEmpty() ? QTextLine() : m_layout->createLine(); line.isValid();
         line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
    }
    m_layout->endLayout();
}

int WrappedText::lineCount() const
{
    return m_layout->lineCount();
}

QList<qreal> WrappedText::lineBottoms() const
{
    QList<qreal> bottoms;
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        bottoms.append(line.y() + line.height());
    }
    return bottoms;
}

void WrappedText::draw(QPainter &painter, const QPointF &origin, const QColor &color, qreal from, qreal to) const
{
    painter.save();
    painter.setPen(color);
    for (int i = 0; i < m_layout->lineCount(); ++i) {
        const QTextLine line = m_layout->lineAt(i);
        if (line.y() + kCutSlack < from || line.y() + line.height() - kCutSlack > to)
            continue;
        line.draw(&painter, origin);
    }
    painter.restore();
}

} // namespace lotse
