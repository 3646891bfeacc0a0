#pragma once

#include "charts/cursortip.h"
#include "charts/timecursor.h"
#include "core/chartdata.h"
#include "core/unit.h"

#include <QObject>
#include <QPointer>

class QKeyEvent;

namespace lotse {

class TimeSeriesChart;

/// One chart's view of the dashboard's TimeCursor: a one-pixel crosshair at the
/// cursor's instant and, on the chart the pointer is on, the tooltip with every
/// series' value there. Both are small opaque widgets over the plot, so moving
/// the cursor repaints them and the strips they leave, never the lines.
class ChartCursor final : public QObject
{
    Q_OBJECT

public:
    explicit ChartCursor(TimeSeriesChart *chart);

    void setTimeCursor(TimeCursor *cursor);
    TimeCursor *timeCursor() const { return m_cursor; }
    /// Keeps the lines to read values from; nothing is copied but pointers.
    void setData(const ChartData &data);
    void setUnit(Unit unit);
    /// Seconds between the chart's points: what an arrow key moves a pinned cursor by.
    double step() const { return m_step; }

    /// The pointer is at @p position of the chart's viewport (or left the plot).
    void hoverAt(const QPointF &position);
    void leave();
    /// A click at @p position: pins the cursor there or lets it go.
    void clickAt(const QPointF &position);
    /// Left and Right move a pinned cursor one step, Esc lets it go.
    bool handleKey(QKeyEvent *event);
    /// Puts the crosshair and the tooltip where the cursor is now.
    void place();

    QWidget *crosshair() const { return m_crosshair; }
    CursorTip *tip() const { return m_tip; }

private:
    struct Line
    {
        std::shared_ptr<const Series> series;
        qint64 shift = 0;
        int base = -1;
    };

    QList<CursorTip::Row> rowsAt(double seconds) const;
    CursorTip::Row rowOf(int index, double value, double seconds) const;
    void fillTip(double seconds);
    void placeTip(int x);

    TimeSeriesChart *m_chart;
    QPointer<TimeCursor> m_cursor;
    QWidget *m_crosshair;
    CursorTip *m_tip;
    QList<Line> m_lines;
    TimeWindow m_window;
    double m_step = 0;
    Unit m_unit = Unit::None;
};

} // namespace lotse
