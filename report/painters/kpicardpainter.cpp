#include "painters/kpicardpainter.h"

#include "layout/wrappedtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <optional>

namespace lotse {

namespace {

/// A value too wide for its card shrinks to fit, down to this size in points.
constexpr qreal kSmallestValuePoints = 9;

/// A card with bands (or one that could not be read) is judged; one without is neutral.
bool isJudged(const ReportKpi &card)
{
    return !card.thresholds.isEmpty() || card.value.state == State::Unknown;
}

QColor accentOf(const ReportKpi &card)
{
    return isJudged(card) ? ReportStyle::stateColor(card.value.state) : ReportStyle::neutral();
}

} // namespace

struct KpiCardPainter::Layout
{
    struct Card
    {
        WrappedText title;
        WrappedText bands;
        std::optional<WrappedText> error;
        QFont valueFont;
    };
    std::vector<Card> cards;
    qreal pad = 0;
    qreal band = 0;
    qreal titleHeight = 0;
    qreal valueHeight = 0;
    qreal stateHeight = 0;
    qreal sparkHeight = 0;
    qreal height = 0;
};

KpiCardPainter::KpiCardPainter(const ReportStyle &style, const ReportText &text)
    : m_style(&style)
    , m_text(text)
{
}

QString KpiCardPainter::valueText(const ReportKpi &card) const
{
    return m_text.units().format(card.value.value, card.unit);
}

QString KpiCardPainter::stateText(const ReportKpi &card) const
{
    QString state = isJudged(card) ? m_text.stateName(card.value.state) : text(QT_TR_NOOP("no thresholds"));
    if (card.value.stale)
        state = text(QT_TR_NOOP("%1, stale")).arg(state);
    return state;
}

KpiCardPainter::Layout KpiCardPainter::layOut(const QList<ReportKpi> &cards, qreal cardWidth) const
{
    const ReportStyle &style = *m_style;
    Layout layout;
    layout.pad = style.pt(6);
    layout.band = style.pt(4);
    const qreal inner = cardWidth - layout.band - 2 * layout.pad;
    const QFont small = style.font(ReportStyle::Font::Small);
    qreal metaHeight = 0;
    for (const ReportKpi &card : cards) {
        Layout::Card laid{WrappedText(card.title, style.font(ReportStyle::Font::Strong), inner, style.device()),
                          WrappedText(m_text.thresholds(card.thresholds, card.unit, QStringLiteral("\n")), small, inner,
                                      style.device()),
                          std::nullopt, style.font(ReportStyle::Font::Value)};
        if (card.value.error)
            laid.error = WrappedText(card.value.error->message, small, inner, style.device());
        // A long value ("$12,345.67") shrinks rather than runs past the card.
        while (laid.valueFont.pointSizeF() > kSmallestValuePoints
               && QFontMetricsF(laid.valueFont, style.device()).horizontalAdvance(valueText(card)) > inner)
            laid.valueFont.setPointSizeF(laid.valueFont.pointSizeF() - 1);
        layout.titleHeight = std::max(layout.titleHeight, laid.title.height());
        metaHeight = std::max(metaHeight, laid.bands.height() + (laid.error ? laid.error->height() + style.pt(2) : 0));
        layout.cards.push_back(std::move(laid));
    }
    layout.valueHeight = style.lineHeight(ReportStyle::Font::Value);
    layout.stateHeight = QFontMetricsF(small, style.device()).lineSpacing();
    layout.sparkHeight = style.mm(9);
    layout.height = 2 * layout.pad + layout.titleHeight + style.pt(2) + layout.valueHeight + layout.stateHeight
        + metaHeight + style.pt(4) + layout.sparkHeight;
    return layout;
}

ReportBlock KpiCardPainter::row(const QList<ReportKpi> &cards, int columns, qreal width) const
{
    const qreal gap = m_style->pt(8);
    const qreal cardWidth = (width - gap * (columns - 1)) / columns;
    Layout layout = layOut(cards, cardWidth);
    ReportBlock block;
    block.height = layout.height;
    block.gapAfter = gap;
    block.paint = [this_ = *this, cards, layout = std::move(layout), cardWidth,
                   gap](QPainter &painter, const QPointF &origin, qreal, qreal) {
        for (int i = 0; i < cards.size(); ++i) {
            const QRectF rect(origin.x() + i * (cardWidth + gap), origin.y(), cardWidth, layout.height);
            this_.paintCard(painter, cards.at(i), layout, i, rect);
        }
    };
    return block;
}

void KpiCardPainter::paintFrame(QPainter &painter, const ReportKpi &card, const Layout &layout,
                                const QRectF &rect) const
{
    const qreal radius = m_style->pt(4);
    QPainterPath outline;
    outline.addRoundedRect(rect, radius, radius);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(rect.left(), rect.top(), layout.band, rect.height()), accentOf(card));
    painter.restore();
    painter.setPen(QPen(ReportStyle::rule(), m_style->pt(0.6)));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
}

qreal KpiCardPainter::paintState(QPainter &painter, const ReportKpi &card, const QPointF &at) const
{
    const QFont small = m_style->font(ReportStyle::Font::Small);
    const QFontMetricsF metrics(small, m_style->device());
    const qreal dot = m_style->pt(5);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accentOf(card));
    painter.drawEllipse(QRectF(at.x(), at.y() + (metrics.height() - dot) / 2, dot, dot));
    painter.setFont(small);
    painter.setPen(isJudged(card) ? ReportStyle::stateText(card.value.state) : ReportStyle::muted());
    painter.drawText(QPointF(at.x() + dot + m_style->pt(3), at.y() + metrics.ascent()), stateText(card));
    return metrics.lineSpacing();
}

void KpiCardPainter::paintCard(QPainter &painter, const ReportKpi &card, const Layout &layout, int index,
                               const QRectF &rect) const
{
    const ReportStyle &style = *m_style;
    const Layout::Card &laid = layout.cards.at(size_t(index));
    paintFrame(painter, card, layout, rect);
    const qreal left = rect.left() + layout.band + layout.pad;
    qreal y = rect.top() + layout.pad;
    laid.title.draw(painter, QPointF(left, y), ReportStyle::muted());
    // Values start at the same height across a row, however the titles wrap.
    y += layout.titleHeight + style.pt(2);
    painter.setFont(laid.valueFont);
    painter.setPen(isJudged(card) ? ReportStyle::stateText(card.value.state) : ReportStyle::ink());
    painter.drawText(QPointF(left, y + QFontMetricsF(laid.valueFont, style.device()).ascent()), valueText(card));
    y += layout.valueHeight;
    y += paintState(painter, card, QPointF(left, y));
    laid.bands.draw(painter, QPointF(left, y), ReportStyle::muted());
    y += laid.bands.height();
    if (laid.error)
        laid.error->draw(painter, QPointF(left, y + style.pt(2)), ReportStyle::stateText(State::Critical));
    paintSparkline(painter, card,
                   QRectF(left, rect.bottom() - layout.pad - layout.sparkHeight, rect.right() - layout.pad - left,
                          layout.sparkHeight));
}

void KpiCardPainter::paintSparkline(QPainter &painter, const ReportKpi &card, const QRectF &area) const
{
    const Series &series = card.value.sparkline;
    const auto range = valueRange(series);
    if (!range)
        return;
    // Named, not bound: clang 14 cannot capture a structured binding in yOf.
    const double low = range->first;
    const double high = range->second;
    const TimeWindow window
        = card.window.length() > 0 ? card.window : TimeWindow{series.times.front(), series.times.back() + 1};
    const auto yOf = [&](double value) {
        return area.bottom() - (value - low) / (high - low) * area.height();
    };
    for (const auto &[band, state] :
         {std::pair{card.thresholds.warning, State::Warning}, std::pair{card.thresholds.critical, State::Critical}}) {
        if (!band || *band < low || *band > high)
            continue;
        QColor faint = ReportStyle::stateColor(state);
        faint.setAlphaF(0.6f);
        painter.setPen(QPen(faint, m_style->pt(0.6), Qt::DashLine));
        painter.drawLine(QPointF(area.left(), yOf(*band)), QPointF(area.right(), yOf(*band)));
    }
    QPolygonF line;
    for (size_t i = 0; i < series.times.size(); ++i) {
        if (!std::isfinite(series.values[i]))
            continue;
        const double x = area.left() + (series.times[i] - window.from) / window.length() * area.width();
        line.append({std::clamp(x, area.left(), area.right()), yOf(series.values[i])});
    }
    // Shaded below, as the card on screen draws it.
    QPainterPath fill;
    fill.moveTo(line.first().x(), area.bottom());
    for (const QPointF &point : line)
        fill.lineTo(point);
    fill.lineTo(line.last().x(), area.bottom());
    QColor shade = accentOf(card);
    shade.setAlphaF(0.16f);
    painter.fillPath(fill, shade);
    QPen pen(accentOf(card), m_style->pt(1));
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.drawPolyline(line);
}

std::optional<std::pair<double, double>> KpiCardPainter::valueRange(const Series &series)
{
    std::optional<std::pair<double, double>> range;
    for (double value : series.values) {
        if (std::isfinite(value))
            range = range ? std::pair{std::min(range->first, value), std::max(range->second, value)}
                          : std::pair{value, value};
    }
    if (!range)
        return range;
    // A flat line sits in the middle rather than on the floor.
    auto &[low, high] = *range;
    const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(high) * 0.1, 1e-9);
    low -= pad;
    high += pad;
    return range;
}

} // namespace lotse
