#pragma once

#include "common/cardframe.h"
#include "core/chartdata.h"
#include "diagnosis/diagnosissession.h"

#include <QTimer>

#include <optional>

class QLabel;

namespace lotse {

class Badge;
class TimeSeriesChart;

/// One check as evidence on a wizard step: its title, a badge in the state's
/// colour, the value with its threshold (DiagnosisReport::describe), the
/// cause when it could not be read (never shown as good), and a compact chart
/// of its query over the hour before the diagnosis with the threshold lines.
/// Shows what it is given; it asks for the chart's data by signal.
class CheckView final : public CardFrame
{
    Q_OBJECT

public:
    explicit CheckView(CheckSpec spec, QWidget *parent = nullptr);

    QString checkId() const { return m_spec.id; }
    /// The check's state; Unknown while it is read and when it could not be.
    State state() const;
    bool isRead() const { return m_reading.has_value(); }
    bool hasError() const;
    /// The value text as shown ("599 ms (critical, threshold 100 ms)").
    QString valueText() const;
    TimeSeriesChart *chart() const { return m_chart; }

    /// @p reading as the session holds it; nullptr while it is still being read.
    void setReading(const Reading *reading);
    /// The span the chart shows; the x axis moves there before the data arrives.
    void setWindow(const TimeWindow &window);
    void setHistory(const ChartData &history);
    /// A word on what the check is for on this step ("verify"), or empty.
    void setRole(const QString &role);

Q_SIGNALS:
    /// The chart is @p pixels device pixels wide and wants data thinned to that.
    void historyWanted(int pixels);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReading();
    void onPlotWidthChanged(int pixels);
    void askForHistory();

    CheckSpec m_spec;
    std::optional<Reading> m_reading;
    Badge *m_state;
    QLabel *m_title;
    Badge *m_role;
    QLabel *m_value;
    TimeSeriesChart *m_chart;
    QTimer m_widthSettled;
    int m_wantedPixels = 0;
    int m_askedPixels = 0;
};

} // namespace lotse
