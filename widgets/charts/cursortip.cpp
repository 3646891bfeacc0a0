#include "charts/cursortip.h"

#include <QPainter>

#include <algorithm>

namespace lotse {

namespace {

/// Names longer than this many average characters are elided in the middle.
constexpr int kNameChars = 44;

} // namespace

CursorTip::CursorTip(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Opaque: when it moves, only the strip it uncovers is painted again.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    hide();
}

void CursorTip::setContent(const QString &title, const QList<Row> &rows, int more)
{
    m_title = title;
    m_rows = rows;
    m_more = more;
    const Columns widths = columns();
    const int gap = fontMetrics().averageCharWidth() * 2;
    int width = widths.swatch + widths.name + gap + widths.value;
    if (widths.then > 0)
        width += gap + widths.then + gap + widths.difference;
    width = std::max(width, fontMetrics().horizontalAdvance(m_title));
    const int lines = int(m_rows.size()) + 1 + (m_more > 0 ? 1 : 0);
    const int padding = fontMetrics().averageCharWidth();
    resize(width + 2 * padding, lines * fontMetrics().lineSpacing() + 2 * padding);
    update();
}

QString CursorTip::moreText() const
{
    return m_more > 0 ? tr("%n more", nullptr, m_more) : QString();
}

CursorTip::Columns CursorTip::columns() const
{
    const QFontMetrics metrics = fontMetrics();
    Columns widths;
    widths.swatch = metrics.height();
    for (const Row &row : m_rows) {
        widths.name = std::max(widths.name,
                               metrics.horizontalAdvance(metrics.elidedText(row.name, Qt::ElideMiddle,
                                                                            metrics.averageCharWidth() * kNameChars)));
        widths.value = std::max(widths.value, metrics.horizontalAdvance(row.valueText));
        widths.then = std::max(widths.then, metrics.horizontalAdvance(row.thenText));
        widths.difference = std::max(widths.difference, metrics.horizontalAdvance(row.differenceText));
    }
    return widths;
}

void CursorTip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette colors = palette();
    painter.fillRect(rect(), colors.toolTipBase());
    painter.setPen(colors.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    const QFontMetrics metrics = fontMetrics();
    const Columns widths = columns();
    const int padding = metrics.averageCharWidth();
    const int gap = metrics.averageCharWidth() * 2;
    const int line = metrics.lineSpacing();
    QFont bold = font();
    bold.setBold(true);
    painter.setPen(colors.color(QPalette::ToolTipText));
    painter.setFont(bold);
    painter.drawText(QRect(padding, padding, width() - 2 * padding, line), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setFont(font());
    int top = padding + line;
    for (const Row &row : std::as_const(m_rows)) {
        const int swatch = metrics.height() * 2 / 3;
        painter.fillRect(QRect(padding, top + (line - swatch) / 2, swatch, swatch), row.color);
        int x = padding + widths.swatch;
        const QString name = metrics.elidedText(row.name, Qt::ElideMiddle, metrics.averageCharWidth() * kNameChars);
        painter.drawText(QRect(x, top, widths.name, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += widths.name + gap;
        painter.drawText(QRect(x, top, widths.value, line), Qt::AlignRight | Qt::AlignVCenter, row.valueText);
        if (widths.then > 0) {
            x += widths.value + gap;
            painter.drawText(QRect(x, top, widths.then, line), Qt::AlignRight | Qt::AlignVCenter, row.thenText);
            x += widths.then + gap;
            painter.drawText(QRect(x, top, widths.difference, line), Qt::AlignRight | Qt::AlignVCenter,
                             row.differenceText);
        }
        top += line;
    }
    if (m_more > 0)
        painter.drawText(QRect(padding, top, width() - 2 * padding, line), Qt::AlignLeft | Qt::AlignVCenter,
                         moreText());
}

} // namespace lotse
