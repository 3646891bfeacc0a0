#include "charts/chartcursor.h"

#include "charts/timecursor.h"
#include "charts/timeserieschart.h"
#include "common/timetext.h"
#include "dashboard/compareperiod.h"
#include "dashboard/seriesprobe.h"

#include <QKeyEvent>
#include <QLineSeries>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// The tooltip lists the largest values; a hundred rows would hide the chart.
constexpr int kTipRows = 15;

} // namespace

ChartCursor::ChartCursor(TimeSeriesChart *chart)
    : QObject(chart)
    , m_chart(chart)
    , m_crosshair(new QWidget(chart->viewport()))
    , m_tip(new CursorTip(chart->viewport()))
{
    m_crosshair->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_crosshair->setAutoFillBackground(true);
    m_crosshair->hide();
}

void ChartCursor::setTimeCursor(TimeCursor *cursor)
{
    if (m_cursor)
        disconnect(m_cursor, nullptr, this, nullptr);
    m_cursor = cursor;
    if (cursor)
        connect(cursor, &TimeCursor::moved, this, &ChartCursor::place);
    place();
}

void ChartCursor::setData(const ChartData &data)
{
    m_lines.clear();
    m_step = 0;
    for (const ChartLine &line : data.lines) {
        m_lines.append({line.fetched, line.shift, line.base});
        if (m_step <= 0 && line.fetched)
            m_step = SeriesProbe::stepOf(*line.fetched);
    }
    m_window = data.window;
    if (m_step <= 0 && m_chart->plotWidth() > 0)
        m_step = m_window.length() / m_chart->plotWidth();
    place();
}

void ChartCursor::setUnit(Unit unit)
{
    m_unit = unit;
}

void ChartCursor::hoverAt(const QPointF &position)
{
    if (!m_cursor)
        return;
    if (m_chart->plotRect().contains(position) && m_window.length() > 0)
        m_cursor->hover(m_chart->secondsAt(position.x()), m_chart);
    else
        m_cursor->leave(m_chart);
}

void ChartCursor::leave()
{
    if (m_cursor)
        m_cursor->leave(m_chart);
}

void ChartCursor::clickAt(const QPointF &position)
{
    if (m_cursor && m_chart->plotRect().contains(position) && m_window.length() > 0)
        m_cursor->click(m_chart->secondsAt(position.x()), m_chart);
}

bool ChartCursor::handleKey(QKeyEvent *event)
{
    if (!m_cursor || !m_cursor->isPinned())
        return false;
    switch (event->key()) {
    case Qt::Key_Left: m_cursor->move(-1, m_step); return true;
    case Qt::Key_Right: m_cursor->move(1, m_step); return true;
    case Qt::Key_Escape: m_cursor->unpin(); return true;
    default: return false;
    }
}

void ChartCursor::place()
{
    const std::optional<double> seconds = m_cursor ? m_cursor->seconds() : std::nullopt;
    const QRectF plot = m_chart->plotRect();
    if (!seconds || m_window.length() <= 0 || *seconds < m_window.from || *seconds > m_window.to) {
        m_crosshair->hide();
        m_tip->hide();
        return;
    }
    const int x = qRound(m_chart->xAt(*seconds));
    // A pinned cursor stands out in the highlight colour; a hovering one is quiet.
    const QColor color = m_chart->palette().color(m_cursor->isPinned() ? QPalette::Highlight : QPalette::Mid);
    if (m_crosshair->palette().color(QPalette::Window) != color) {
        QPalette colors = m_crosshair->palette();
        colors.setColor(QPalette::Window, color);
        m_crosshair->setPalette(colors);
    }
    m_crosshair->setGeometry(x, qRound(plot.top()), 1, qRound(plot.height()));
    m_crosshair->show();
    m_crosshair->raise();
    if (m_cursor->owner() != m_chart) {
        m_tip->hide();
        return;
    }
    fillTip(*seconds);
    placeTip(x);
}

void ChartCursor::fillTip(double seconds)
{
    QList<CursorTip::Row> rows = rowsAt(seconds);
    std::stable_sort(rows.begin(), rows.end(),
                     [](const CursorTip::Row &a, const CursorTip::Row &b) { return a.value > b.value; });
    const int more = std::max(0, int(rows.size()) - kTipRows);
    rows.resize(std::min<qsizetype>(rows.size(), kTipRows));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000)));
    m_tip->setContent(m_window.length() > 86400 ? TimeText::dateAndClock(at) : TimeText::clock(at), rows, more);
}

void ChartCursor::placeTip(int x)
{
    if (m_tip->rows().isEmpty()) {
        m_tip->hide();
        return;
    }
    const QRectF plot = m_chart->plotRect();
    const int gap = m_chart->fontMetrics().averageCharWidth() * 2;
    // Beside the crosshair, on the side with room, so the values never hide it.
    int left = x + gap;
    if (left + m_tip->width() > plot.right())
        left = std::max(int(plot.left()), x - gap - m_tip->width());
    m_tip->move(left, qRound(plot.top()) + gap / 2);
    m_tip->show();
    m_tip->raise();
}

QList<CursorTip::Row> ChartCursor::rowsAt(double seconds) const
{
    const QList<QLineSeries *> series = m_chart->lines();
    QList<CursorTip::Row> rows;
    for (int index = 0; index < m_lines.size() && index < series.size(); ++index) {
        const Line &line = m_lines.at(index);
        // Earlier lines show beside the line they are compared with, not on their own.
        if (line.shift > 0 && line.base >= 0)
            continue;
        if (!line.series || !series.at(index)->isVisible())
            continue;
        if (const auto sample = SeriesProbe::at(*line.series, seconds, m_step))
            rows.append(rowOf(index, sample->value, seconds));
    }
    return rows;
}

CursorTip::Row ChartCursor::rowOf(int index, double value, double seconds) const
{
    const UnitFormatter units{QLocale()};
    QLineSeries *series = m_chart->lines().at(index);
    CursorTip::Row row{series->pen().color(), series->name(), value, units.format(value, m_unit), {}, {}};
    for (const Line &other : m_lines) {
        if (other.base != index || !other.series)
            continue;
        // The earlier line was moved onto the window: its value "then" is read at the same instant.
        const auto then = SeriesProbe::at(*other.series, seconds, m_step);
        row.thenText = tr("%1 ago: %2")
                           .arg(ComparePeriod::text(other.shift),
                                then ? units.format(then->value, m_unit) : QStringLiteral("—"));
        if (then) {
            const double difference = value - then->value;
            row.differenceText = (difference > 0 ? QStringLiteral("+") : QString()) + units.format(difference, m_unit);
        }
        break;
    }
    return row;
}

} // namespace lotse
