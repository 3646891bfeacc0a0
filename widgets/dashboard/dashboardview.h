#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace lotse {

class DashboardSession;
class KpiCard;
class SourceRegistry;
class TimeCursor;
class TimeSeriesChart;

/// A dashboard on screen: its title, the KPI cards in as many columns as fit,
/// and the charts below, two a row when there is room. Shows what the session
/// holds and tells it how wide charts and sparklines are drawn.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    /// @p sources only names where each KPI is read from in its details.
    DashboardView(DashboardSession *session, const SourceRegistry *sources, QWidget *parent = nullptr);

    DashboardSession *session() const;
    QList<KpiCard *> cards() const { return m_cards; }
    QList<TimeSeriesChart *> charts() const { return m_charts; }
    /// The instant every chart draws its crosshair at; pinned, what diagnosis reads.
    TimeCursor *timeCursor() const { return m_timeCursor; }

    /// Enables "Reset zoom" on the charts while the range is a zoom.
    void setZoomed(bool zoomed);
    /// Whether the card of KPI @p row, or chart @p index, is on screen: not on a
    /// hidden tab, not scrolled away. What is not need not be read.
    bool isCardShown(int row) const;
    bool isChartShown(int index) const;

Q_SIGNALS:
    /// A chart was dragged across from @p fromSeconds to @p toSeconds (Unix seconds).
    void zoomRequested(double fromSeconds, double toSeconds);
    void zoomResetRequested();
    void diagnoseRequested(const QString &runbook, const QString &node);
    /// A card or a chart came on screen or left it (isCardShown(), isChartShown()).
    void panelsShownChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildCards(const SourceRegistry *sources);
    void buildCharts();
    void connectSession();
    void retranslate();
    void relayout();
    void placeCards(int columns);
    void placeCharts(int columns);
    void elideDescription();
    int cardColumns() const;
    int chartColumns() const;
    void onRefreshStarted();
    void onSparklineWidth(int pixels);
    void checkShown();
    bool onScreen(const QWidget *panel) const;

    QPointer<DashboardSession> m_session;
    QLabel *m_title;
    QLabel *m_description;
    QScrollArea *m_area;
    QGridLayout *m_cardGrid;
    QGridLayout *m_chartGrid;
    QList<KpiCard *> m_cards;
    QList<TimeSeriesChart *> m_charts;
    TimeCursor *m_timeCursor;
    QList<bool> m_shown; ///< cards, then charts, as last told
    QTimer m_shownCheck;
    QString m_descriptionText;
    int m_placedCardColumns = 0;
    int m_placedChartColumns = 0;
    int m_sparklineWidth = 0;
};

} // namespace lotse
