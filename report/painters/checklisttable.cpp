#include "painters/checklisttable.h"

#include "layout/wrappedtext.h"

#include <QPainter>
#include <QPolygonF>

namespace lotse {

namespace {

/// The share of the width the box or state takes; the item's text has the rest.
constexpr qreal kMarkShare = 0.2;

} // namespace

struct ChecklistTable::Cells
{
    bool manual = false;
    bool ticked = false;
    WrappedText mark; ///< "ticked", "not ticked", or the live state
    WrappedText text;
    WrappedText detail;
    QColor color;
    qreal top = 0; ///< and height, set once the row is laid out
    qreal height = 0;
};

ChecklistTable::Cells ChecklistTable::cells(const Row &row, qreal markWidth, qreal textWidth) const
{
    const ReportStyle &style = *m_style;
    const qreal box = style.pt(9);
    // A manual item's word sits beside its box; a live item's state fills the column.
    const QString mark = row.manual ? (row.ticked ? text(QT_TR_NOOP("ticked")) : text(QT_TR_NOOP("not ticked")))
                                    : m_text.stateName(row.state);
    Cells laid{row.manual,
               row.ticked,
               WrappedText(mark, style.font(ReportStyle::Font::Strong),
                           markWidth - (row.manual ? box + style.pt(4) : 0), style.device()),
               WrappedText(row.text, style.font(ReportStyle::Font::Body), textWidth, style.device()),
               WrappedText(row.detail, style.font(ReportStyle::Font::Small), textWidth, style.device()),
               row.manual ? ReportStyle::ink() : ReportStyle::stateText(row.state)};
    laid.height = std::max(laid.mark.height(), laid.text.height() + (row.detail.isEmpty() ? 0 : laid.detail.height()))
        + 2 * style.pt(3);
    return laid;
}

ReportBlock ChecklistTable::block(const QList<Row> &rows, qreal width, qreal pageHeight) const
{
    const ReportStyle &style = *m_style;
    const qreal markWidth = width * kMarkShare;
    const qreal textWidth = width - markWidth;
    QList<Cells> laid;
    ReportBlock block;
    qreal y = 0;
    for (const Row &row : rows) {
        Cells cellsOfRow = cells(row, markWidth, textWidth);
        cellsOfRow.top = y;
        y += cellsOfRow.height;
        block.breaks.append(y);
        laid.append(std::move(cellsOfRow));
    }
    // Whole on a page when it fits there, so no item stands apart from its
    // section's heading; else cut between rows, never before the last.
    if (y <= pageHeight * 0.9)
        block.breaks.clear();
    block.keepLastRowWithPrevious();
    block.height = y;
    block.gapAfter = style.pt(6);
    block.paint
        = [laid, markWidth, width, style = m_style](QPainter &painter, const QPointF &origin, qreal from, qreal to) {
              const qreal pad = style->pt(3);
              const qreal box = style->pt(9);
              for (const Cells &row : laid) {
                  if (row.top < from - 0.5 || row.top + row.height > to + 0.5)
                      continue;
                  const QPointF top = origin + QPointF(0, row.top);
                  painter.fillRect(QRectF(top.x(), top.y(), width, style->pt(0.5)), ReportStyle::rule());
                  qreal markLeft = 0;
                  if (row.manual) {
                      const QRectF square(top.x(), top.y() + pad + style->pt(1), box, box);
                      painter.setPen(QPen(ReportStyle::ink(), style->pt(0.8)));
                      painter.setBrush(Qt::NoBrush);
                      painter.drawRect(square);
                      if (row.ticked) {
                          painter.setPen(QPen(ReportStyle::ink(), style->pt(1.4)));
                          painter.drawPolyline(QPolygonF{square.topLeft() + QPointF(box * 0.2, box * 0.55),
                                                         square.topLeft() + QPointF(box * 0.42, box * 0.8),
                                                         square.topLeft() + QPointF(box * 0.82, box * 0.22)});
                      }
                      markLeft = box + style->pt(4);
                  }
                  row.mark.draw(painter, top + QPointF(markLeft, pad), row.color);
                  row.text.draw(painter, top + QPointF(markWidth, pad), ReportStyle::ink());
                  row.detail.draw(painter, top + QPointF(markWidth, pad + row.text.height()), ReportStyle::muted());
              }
          };
    return block;
}

} // namespace lotse
