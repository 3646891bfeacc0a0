#include "layout/reportblock.h"

namespace lotse {

ReportBlock ReportBlock::besides(const QList<ReportBlock> &blocks, qreal columnWidth, qreal gap)
{
    ReportBlock row;
    for (const ReportBlock &block : blocks) {
        row.height = std::max(row.height, block.height);
        row.gapAfter = std::max(row.gapAfter, block.gapAfter);
    }
    row.paint = [blocks, columnWidth, gap](QPainter &painter, const QPointF &origin, qreal, qreal) {
        for (qsizetype i = 0; i < blocks.size(); ++i)
            blocks.at(i).paint(painter, origin + QPointF(qreal(i) * (columnWidth + gap), 0), 0, blocks.at(i).height);
    };
    return row;
}

void ReportBlock::keepLastRowWithPrevious()
{
    for (int i = 0; i < 2 && !breaks.isEmpty(); ++i)
        breaks.removeLast();
}

} // namespace lotse
