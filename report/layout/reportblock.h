#pragma once

#include <QList>
#include <QPointF>

#include <functional>

class QPainter;

namespace lotse {

/// One piece of a report that ReportDocument flows onto pages: a KPI row, a
/// chart, a paragraph. A block stays whole on one page unless it lists break
/// points (lines of a long text), where it may be cut across pages.
struct ReportBlock
{
    /// Paints the block with its top-left corner at @p origin. Only the part
    /// from @p from to @p to (block coordinates) is on this page: a block cut
    /// across pages draws nothing outside it, so no text is painted twice.
    using Painter = std::function<void(QPainter &painter, const QPointF &origin, qreal from, qreal to)>;

    qreal height = 0;
    Painter paint;
    QList<qreal> breaks;       ///< ascending offsets where a page may end; empty: never cut
    bool keepWithNext = false; ///< a heading starts a page with what follows it
    qreal gapAfter = 0;        ///< space below, dropped at the end of a page

    /// For a table whose breaks follow each row: drops the cut at the
    /// block's end and the one before its last row, so the last row never
    /// goes to a page alone, without the header or a row above it.
    void keepLastRowWithPrevious();

    /// @p blocks side by side, each @p columnWidth wide with @p gap between:
    /// one block as tall as the tallest, never cut.
    static ReportBlock besides(const QList<ReportBlock> &blocks, qreal columnWidth, qreal gap);
};

} // namespace lotse
