#include "layout/textblocks.h"

#include "layout/wrappedtext.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace lotse {

namespace {

/// Code blocks up to this tall stay whole on a page.
constexpr qreal kWholeCodeMm = 70;

} // namespace

TextBlocks::TextBlocks(const ReportStyle &style, qreal width)
    : m_style(style)
    , m_width(width)
{
}

ReportBlock TextBlocks::paragraph(const QString &text, ReportStyle::Font font, const QColor &color, qreal indent) const
{
    const WrappedText lines(text, m_style.font(font), m_width - indent, m_style.device());
    ReportBlock block;
    block.height = lines.height();
    block.breaks = lines.lineBottoms();
    block.gapAfter = m_style.pt(4);
    block.paint = [lines, color, indent](QPainter &painter, const QPointF &origin, qreal from, qreal to) {
        lines.draw(painter, origin + QPointF(indent, 0), color, from, to);
    };
    return block;
}

ReportBlock TextBlocks::heading(const QString &text, ReportStyle::Font font) const
{
    ReportBlock block = paragraph(text, font, ReportStyle::ink());
    // A little air above, so a heading groups with what follows rather than what precedes.
    const qreal above = m_style.pt(font == ReportStyle::Font::Heading ? 8 : 4);
    block.height += above;
    block.breaks.clear();
    block.keepWithNext = true;
    block.gapAfter = m_style.pt(3);
    const ReportBlock::Painter inner = block.paint;
    block.paint = [inner, above](QPainter &painter, const QPointF &origin, qreal from, qreal to) {
        inner(painter, origin + QPointF(0, above), from - above, to - above);
    };
    return block;
}

ReportBlock TextBlocks::facts(const QList<Fact> &facts) const
{
    const QFont labelFont = m_style.font(ReportStyle::Font::Strong);
    qreal labelWidth = 0;
    for (const Fact &fact : facts)
        labelWidth = std::max(labelWidth, WrappedText(fact.first, labelFont, m_width, m_style.device()).naturalWidth());
    labelWidth = std::min(labelWidth, m_width * 0.3);
    const qreal gutter = m_style.pt(10);
    struct Row
    {
        WrappedText label;
        WrappedText value;
        qreal top;
    };
    std::vector<Row> rows;
    qreal top = 0;
    for (const Fact &fact : facts) {
        Row row{WrappedText(fact.first, labelFont, labelWidth, m_style.device()),
                WrappedText(fact.second, m_style.font(ReportStyle::Font::Body), m_width - labelWidth - gutter,
                            m_style.device()),
                top};
        top += std::max(row.label.height(), row.value.height()) + m_style.pt(2.5);
        rows.push_back(std::move(row));
    }
    ReportBlock block;
    block.height = top;
    block.gapAfter = m_style.pt(6);
    block.paint = [rows, labelWidth, gutter](QPainter &painter, const QPointF &origin, qreal, qreal) {
        for (const Row &row : rows) {
            row.label.draw(painter, origin + QPointF(0, row.top), ReportStyle::muted());
            row.value.draw(painter, origin + QPointF(labelWidth + gutter, row.top), ReportStyle::ink());
        }
    };
    return block;
}

ReportBlock TextBlocks::markdown(const QString &markdown, qreal indent) const
{
    auto document = std::make_shared<QTextDocument>();
    document->documentLayout()->setPaintDevice(m_style.device());
    document->setDefaultFont(m_style.font(ReportStyle::Font::Body));
    document->setDocumentMargin(0);
    document->setMarkdown(markdown);
    document->setTextWidth(m_width - indent);
    ReportBlock block;
    block.height = document->size().height();
    block.gapAfter = m_style.pt(4);
    for (QTextBlock paragraph = document->begin(); paragraph.isValid(); paragraph = paragraph.next()) {
        const qreal top = document->documentLayout()->blockBoundingRect(paragraph).top();
        const QTextLayout *layout = paragraph.layout();
        for (int i = 0; i < layout->lineCount(); ++i)
            block.breaks.append(top + layout->lineAt(i).y() + layout->lineAt(i).height());
    }
    std::sort(block.breaks.begin(), block.breaks.end());
    block.paint = [document, indent](QPainter &painter, const QPointF &origin, qreal from, qreal to) {
        painter.save();
        painter.translate(origin + QPointF(indent, 0));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ReportStyle::ink());
        // Shrunk by a hair: a line ending exactly at the cut belongs to the page above.
        context.clip = QRectF(0, from + 0.5, document->textWidth(), std::max<qreal>(0, to - from - 1));
        document->documentLayout()->draw(&painter, context);
        painter.restore();
    };
    return block;
}

ReportBlock TextBlocks::code(const QString &text, qreal indent) const
{
    const qreal pad = m_style.pt(4);
    const WrappedText lines(text, m_style.font(ReportStyle::Font::Mono), m_width - indent - 2 * pad, m_style.device());
    ReportBlock block;
    block.height = lines.height() + 2 * pad;
    // A command is read as a whole: only one too long to move to the next page is cut.
    if (block.height > m_style.mm(kWholeCodeMm)) {
        for (qreal bottom : lines.lineBottoms())
            block.breaks.append(bottom + pad);
        block.breaks.removeLast(); // the last line ends with the panel
    }
    block.gapAfter = m_style.pt(5);
    const qreal width = m_width - indent;
    block.paint = [lines, pad, indent, width, height = block.height](QPainter &painter, const QPointF &origin,
                                                                     qreal from, qreal to) {
        const qreal top = std::max<qreal>(0, from);
        const qreal bottom = std::min(height, to);
        painter.fillRect(QRectF(origin.x() + indent, origin.y() + top, width, bottom - top), ReportStyle::panel());
        painter.fillRect(QRectF(origin.x() + indent, origin.y() + top, pad / 2, bottom - top), ReportStyle::rule());
        lines.draw(painter, origin + QPointF(indent + pad, pad), ReportStyle::ink(), from - pad, to - pad);
    };
    return block;
}

ReportBlock TextBlocks::rule() const
{
    ReportBlock block;
    block.height = m_style.pt(1);
    block.gapAfter = m_style.pt(4);
    block.paint
        = [width = m_width, thickness = m_style.pt(0.6)](QPainter &painter, const QPointF &origin, qreal, qreal) {
              painter.fillRect(QRectF(origin.x(), origin.y(), width, thickness), ReportStyle::rule());
          };
    return block;
}

} // namespace lotse
