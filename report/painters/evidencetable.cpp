#include "painters/evidencetable.h"

#include "layout/wrappedtext.h"

#include <QPainter>

namespace lotse {

namespace {

/// Column shares of the width: check, value, bands, state.
constexpr qreal kColumns[] = {0.40, 0.17, 0.27, 0.16};

} // namespace

struct EvidenceTable::Cells
{
    QList<WrappedText> cells; ///< one per column
    WrappedText detail;       ///< the query, or why it could not be read
    QColor stateColor;
    qreal top = 0;
    qreal height = 0;
};

EvidenceTable::EvidenceTable(const ReportStyle &style, const ReportText &text)
    : m_style(&style)
    , m_text(text)
{
}

EvidenceTable::Cells EvidenceTable::cells(const Row &row, const QList<qreal> &columns) const
{
    const ReportStyle &style = *m_style;
    const Reading &reading = row.reading;
    const qreal pad = style.pt(4);
    const auto cell = [&](const QString &content, ReportStyle::Font font, int column) {
        return WrappedText(content, style.font(font), columns.at(column) - pad, style.device());
    };
    QString detail = reading.query;
    if (reading.error)
        detail = text(QT_TR_NOOP("Could not be read: %1")).arg(reading.error->message);
    else if (reading.absent)
        detail = text(QT_TR_NOOP("Skipped: the source has no such series, and the runbook reads it only where it is."));
    else if (reading.skipped)
        detail = text(QT_TR_NOOP("Skipped: its source is not configured, and the runbook reads it only when it is."));
    else if (reading.state == State::NotApplicable)
        detail = reading.reason.text(m_text.language());
    Cells laid{{cell(row.title, ReportStyle::Font::Body, 0),
                cell(reading.state == State::NotApplicable ? m_text.stateName(reading.state)
                                                           : m_text.units().format(reading.value, reading.unit),
                     ReportStyle::Font::Strong, 1),
                cell(m_text.thresholds(reading.thresholds, reading.unit), ReportStyle::Font::Small, 2),
                cell(reading.skipped ? text(QT_TR_NOOP("skipped")) : m_text.stateName(reading.state),
                     ReportStyle::Font::Strong, 3)},
               WrappedText(detail,
                           style.font(reading.error || reading.skipped || reading.state == State::NotApplicable
                                          ? ReportStyle::Font::Small
                                          : ReportStyle::Font::MonoSmall),
                           columns.at(0) + columns.at(1) + columns.at(2) + columns.at(3) - style.pt(10),
                           style.device()),
               ReportStyle::stateText(reading.state)};
    qreal top = 0;
    for (const WrappedText &cell : laid.cells)
        top = std::max(top, cell.height());
    laid.height = top + style.pt(1.5) + laid.detail.height() + 2 * style.pt(3);
    return laid;
}

ReportBlock EvidenceTable::block(const QList<Row> &rows, qreal width) const
{
    const ReportStyle &style = *m_style;
    QList<qreal> columns;
    for (qreal share : kColumns)
        columns.append(width * share);
    const QFont small = style.font(ReportStyle::Font::Small);
    const QList<WrappedText> header{
        WrappedText(text(QT_TR_NOOP("Check")), small, columns.at(0), style.device()),
        WrappedText(text(QT_TR_NOOP("Value")), small, columns.at(1), style.device()),
        WrappedText(text(QT_TR_NOOP("Threshold")), small, columns.at(2), style.device()),
        WrappedText(text(QT_TR_NOOP("State")), small, columns.at(3), style.device()),
    };
    qreal y = header.first().height() + style.pt(2);
    QList<Cells> laid;
    ReportBlock block;
    for (const Row &row : rows) {
        Cells cellsOfRow = cells(row, columns);
        cellsOfRow.top = y;
        y += cellsOfRow.height;
        block.breaks.append(y);
        laid.append(std::move(cellsOfRow));
    }
    block.keepLastRowWithPrevious();
    block.height = y;
    block.gapAfter = style.pt(6);
    block.paint = [header, laid, columns, width, style = m_style](QPainter &painter, const QPointF &origin, qreal from,
                                                                  qreal to) {
        const auto columnLeft = [&columns](int column) {
            qreal left = 0;
            for (int i = 0; i < column; ++i)
                left += columns.at(i);
            return left;
        };
        if (from <= 0) {
            for (int column = 0; column < header.size(); ++column)
                header.at(column).draw(painter, origin + QPointF(columnLeft(column), 0), ReportStyle::muted());
        }
        const qreal hairline = style->pt(0.5);
        for (const Cells &row : laid) {
            // Rows are whole on a page: those a cut put on the other page are skipped.
            if (row.top < from - 0.5 || row.top + row.height > to + 0.5)
                continue;
            const QPointF top = origin + QPointF(0, row.top);
            painter.fillRect(QRectF(top.x(), top.y(), width, hairline), ReportStyle::rule());
            const qreal cellTop = style->pt(3);
            qreal tallest = 0;
            for (int column = 0; column < row.cells.size(); ++column) {
                const QColor color = column == 1 || column == 3 ? row.stateColor : ReportStyle::ink();
                row.cells.at(column).draw(painter, top + QPointF(columnLeft(column), cellTop), color);
                tallest = std::max(tallest, row.cells.at(column).height());
            }
            row.detail.draw(painter, top + QPointF(style->pt(10), cellTop + tallest + style->pt(1.5)),
                            ReportStyle::muted());
        }
    };
    return block;
}

} // namespace lotse
