#pragma once

#include "dashboard/kpimodel.h"
#include "layout/reportblock.h"
#include "style/reportstyle.h"
#include "layout/reporttext.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace lotse {

/// A KPI card as a report prints it, copied out of the KpiModel so that a
/// refresh during a page-by-page export does not change what is printed.
struct ReportKpi
{
    QString title;
    Unit unit = Unit::None;
    Thresholds thresholds;
    KpiValue value;
    TimeWindow window; ///< what the sparkline spans
};

/// Paints KPI cards for a report as the dashboard shows them: a band in the
/// state's colour, the title, the value in the report's locale, the state and
/// its bands in words (so a grey printout still says "critical"), the cause
/// when the value is unknown, and the sparkline as a vector line.
class KpiCardPainter final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::KpiCardPainter)

public:
    KpiCardPainter(const ReportStyle &style, const ReportText &text);

    /// One row of @p cards, laid out as @p columns equal cards across @p width;
    /// the cards of a row share their height, and their values line up.
    ReportBlock row(const QList<ReportKpi> &cards, int columns, qreal width) const;

private:
    struct Layout;

    Layout layOut(const QList<ReportKpi> &cards, qreal cardWidth) const;
    void paintCard(QPainter &painter, const ReportKpi &card, const Layout &layout, int index, const QRectF &rect) const;
    void paintFrame(QPainter &painter, const ReportKpi &card, const Layout &layout, const QRectF &rect) const;
    /// The state in words beside a dot of its colour; returns the height it took.
    qreal paintState(QPainter &painter, const ReportKpi &card, const QPointF &at) const;
    void paintSparkline(QPainter &painter, const ReportKpi &card, const QRectF &area) const;
    /// The finite values' span, padded; nothing when there is no finite value.
    static std::optional<std::pair<double, double>> valueRange(const Series &series);
    QString valueText(const ReportKpi &card) const;
    QString stateText(const ReportKpi &card) const;
    QString text(const char *source, int n = -1) const { return m_text.translate("lotse::KpiCardPainter", source, n); }

    const ReportStyle *m_style;
    ReportText m_text;
};

} // namespace lotse
