#pragma once

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace lotse {

class DashboardSession;
class KpiCard;
class SectionHeader;
class SourceRegistry;
class TimeCursor;
class TimeSeriesChart;

/// A dashboard on screen: its title, the KPI cards in as many columns as fit,
/// and the charts below, two a row when there is room; then each section's
/// cards and charts the same way below its header, which folds them away.
/// Shows what the session holds and tells it how wide charts and sparklines are drawn.
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
    /// Whether section @p section (an index into Dashboard::sections) is folded;
    /// false for -1, the panels above every section.
    bool isSectionCollapsed(int section) const;
    /// Folds or unfolds a section, as a click on its header does.
    void setSectionCollapsed(int section, bool collapsed);
    /// The header of section @p section, nullptr for none.
    SectionHeader *sectionHeader(int section) const;

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
    /// The panels above every section (the first group), or one section's.
    struct Group
    {
        SectionHeader *header = nullptr; ///< none above the sections
        QWidget *body = nullptr;         ///< a section's panels, hidden while it is folded
        QGridLayout *cardGrid = nullptr;
        QGridLayout *chartGrid = nullptr;
        QList<KpiCard *> cards;
        QList<TimeSeriesChart *> charts;
        int placedCardColumns = 0;
        int placedChartColumns = 0;
    };

    void buildGroups(QBoxLayout *column, int spacing);
    void buildCards(const SourceRegistry *sources);
    void buildCharts();
    void connectSession();
    void retranslate();
    void relayout();
    void placeCards(Group &group, int columns);
    void placeCharts(Group &group, int columns);
    void elideDescription();
    int cardColumns(const Group &group) const;
    int chartColumns(const Group &group) const;
    /// The height of what stands above the first charts on the page, within the scroll area.
    int heightAboveCharts() const;
    void onRefreshStarted();
    void onSparklineWidth(int pixels);
    void checkShown();
    bool onScreen(const QWidget *panel) const;

    QPointer<DashboardSession> m_session;
    QLabel *m_title;
    QLabel *m_description;
    QScrollArea *m_area;
    QList<Group> m_groups;
    QList<KpiCard *> m_cards;
    QList<TimeSeriesChart *> m_charts;
    TimeCursor *m_timeCursor;
    QList<bool> m_shown; ///< cards, then charts, as last told
    QTimer m_shownCheck;
    QString m_descriptionText;
    int m_sparklineWidth = 0;
};

} // namespace lotse
