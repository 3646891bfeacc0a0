#pragma once

#include "core/chartdata.h"
#include "layout/reportblock.h"
#include "style/reportstyle.h"
#include "layout/reporttext.h"
#include "core/thresholds.h"
#include "core/unit.h"

#include <QCoreApplication>

namespace lotse {

/// What a printed chart shows: a dashboard chart or a check's history.
struct ReportChart
{
    QString title;
    Unit unit = Unit::None;
    Thresholds thresholds;
    ChartData data;
    bool compact = false; ///< a small multiple: a smaller title
};

/// Paints charts as vectors for a report: the title and bands, a value axis
/// in the chart's unit, a time axis on the local clock, the threshold lines,
/// one line per series (thinned to the plot's width, first/min/max per column,
/// so spikes survive), and a legend. An empty chart says why it is empty.
class ReportChartPainter final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ReportChartPainter)

public:
    ReportChartPainter(const ReportStyle &style, const ReportText &text);

    /// @p chart as a block @p width wide, its plot @p plotHeight tall.
    ReportBlock block(ReportChart chart, qreal width, qreal plotHeight) const;

private:
    struct Legend;
    struct Frame;

    Legend legend(const ReportChart &chart, qreal width) const;
    void paint(QPainter &painter, const ReportChart &chart, const Frame &frame) const;
    void paintAxes(QPainter &painter, const ReportChart &chart, const Frame &frame) const;
    void paintThresholds(QPainter &painter, const ReportChart &chart, const Frame &frame) const;
    void paintLines(QPainter &painter, const ReportChart &chart, const Frame &frame) const;
    void paintEmpty(QPainter &painter, const ReportChart &chart, const Frame &frame) const;
    void paintLegend(QPainter &painter, const Legend &legend, const QPointF &origin) const;
    QString text(const char *source, int n = -1) const
    {
        return m_text.translate("lotse::ReportChartPainter", source, n);
    }

    const ReportStyle *m_style;
    ReportText m_text;
};

} // namespace lotse
