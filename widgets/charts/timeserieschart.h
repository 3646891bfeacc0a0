#pragma once

#include "core/chartdata.h"
#include "core/thresholds.h"
#include "core/unit.h"

#include <QChartView>
#include <QTimer>

class QAction;
class QCategoryAxis;
class QLabel;
class QLineSeries;
class QRubberBand;
class QToolButton;

namespace lotse {

class ChartCursor;
class ChartLegend;
class LegendTable;
class PlotLayer;
class TimeCursor;

/// A time-series chart of one dashboard chart: one line per series of
/// ChartData, threshold lines, local-time axis and a value axis written in the
/// chart's unit. Dragging across the plot asks for a zoom; the chart itself
/// never changes the range, the session does. Says why it is empty when it is.
class TimeSeriesChart final : public QChartView
{
    Q_OBJECT

public:
    /// What the chart shows instead of, or on top of, its lines.
    enum class Overlay {
        None,
        Loading,
        NoData,
        Error
    };
    Q_ENUM(Overlay)

    explicit TimeSeriesChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    void setUnit(Unit unit);
    void setThresholds(const Thresholds &thresholds);
    /// Shows @p data; series objects are kept and their points replaced.
    void setData(const ChartData &data);
    /// The window the next data will cover: the time axis moves there at once.
    void setWindow(const TimeWindow &window);
    /// A refresh is under way; shown only if it takes a noticeable time.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    /// Enables "Reset zoom" while the range is a zoom.
    void setZoomed(bool zoomed);
    QAction *resetZoomAction() const { return m_resetZoom; }

    /// Width of the plot area in device pixels: the columns the data is thinned to.
    int plotWidth() const { return m_plotWidth; }
    /// One series a line, for its name, pen and visibility in the legend; the
    /// points are painted by the chart's PlotLayer and counted by plottedPoints().
    QList<QLineSeries *> lines() const { return m_lines; }
    /// The finite points of @p line that are drawn.
    qsizetype plottedPoints(int line) const;
    /// The lines painted are those of the data and the axes as they are now.
    bool isPlotCurrent() const;
    ChartLegend *legend() const { return m_legend; }
    /// Draws the crosshair of @p cursor, shared by every chart of a dashboard.
    void setTimeCursor(TimeCursor *cursor);
    ChartCursor *cursorLayer() const { return m_cursor; }
    /// The legend as a table, shown instead of the legend when there are many series.
    LegendTable *legendTable() const { return m_table; }
    /// The plot in viewport coordinates, and the instant at a viewport x and back.
    QRectF plotRect() const;
    double secondsAt(double x) const;
    double xAt(double seconds) const;
    /// The viewport y of @p value on the value axis.
    double yAt(double value) const;
    /// The time axis' labels and the Unix seconds each stands at.
    QList<std::pair<QString, double>> timeLabels() const;
    /// The value axis' labels, bottom first.
    QStringList valueLabels() const;
    Overlay overlay() const { return m_overlayKind; }
    /// When the lines shown were read, if they are kept because the latest read failed.
    QDateTime keptFrom() const { return m_keptFrom; }
    QString overlayText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user dragged across the plot from @p fromSeconds to @p toSeconds (Unix seconds).
    void zoomRequested(double fromSeconds, double toSeconds);
    void zoomResetRequested();
    void plotWidthChanged(int pixels);
    /// The lines are painted for the data and axes as they are now.
    void plotRendered();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Extent
    {
        double low = 0;
        double high = 1;
        bool any = false;
    };

    void syncLineCount(qsizetype count);
    void widenExtent(const Series &shown);
    /// Tells the plot layer the axes and area; paints the lines again when they or @p linesChanged.
    void syncPlot(bool linesChanged);
    /// Tells the plot layer the plot area and the axes' frame; whether the frame moved.
    bool placePlot();
    void renderLines();
    QLineSeries *createLine();
    void styleLine(int index);
    void styleThresholdLine(QLineSeries *line, const QColor &color);
    void hideThresholdMarkers();
    void updateXAxis();
    void updateYAxis();
    void updateThresholdLines();
    void updateOverlay();
    void placeOverlay();
    void applyLook();
    void retranslate();
    void onPlotAreaChanged(const QRectF &area);
    void updateLegendTable(const ChartData &data);
    void placeLegendTable();
    void toggleFromTable(int line, bool isolate);
    std::pair<double, double> valueRange(double step) const;

    QChart *m_chart;
    QCategoryAxis *m_xAxis;
    QCategoryAxis *m_yAxis;
    QList<QLineSeries *> m_lines;
    QLineSeries *m_warningLine;
    QLineSeries *m_criticalLine;
    QLabel *m_overlay;
    QLabel *m_busy;
    QToolButton *m_notice;
    QRubberBand *m_rubberBand;
    QAction *m_resetZoom;
    ChartLegend *m_legend;
    ChartCursor *m_cursor;
    LegendTable *m_table;
    PlotLayer *m_plot;
    QTimer m_loadingDelay;
    QList<int> m_bases; ///< per line: -1, or a compare line's base line (-2: it has none)

    Unit m_unit = Unit::None;
    Thresholds m_thresholds;
    ChartData m_data; ///< shared with the plot's worker, never copied deep
    TimeWindow m_window;
    std::optional<Error> m_error;
    QStringList m_warnings;
    QDateTime m_keptFrom; ///< the lines shown were last read then; this read failed
    Extent m_extent;
    Overlay m_overlayKind = Overlay::Loading;
    QStringList m_overlayLines; ///< the overlay's text, plain, headline first
    bool m_loaded = false;
    bool m_loading = false;
    bool m_zoomed = false;
    bool m_thinLines = false;
    bool m_renderQueued = false;
    int m_plotWidth = 0;
    std::optional<int> m_dragFrom;
};

} // namespace lotse
