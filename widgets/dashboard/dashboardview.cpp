#include "dashboard/dashboardview.h"

#include "dashboard/dashboardsession.h"
#include "dashboard/kpicard.h"
#include "dashboard/sectionheader.h"
#include "core/localization.h"
#include "sources/sourceregistry.h"
#include "charts/timecursor.h"
#include "charts/timeserieschart.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <cmath>

namespace lotse {

namespace {

/// Cards narrower than this many average characters cut their titles badly.
constexpr int kCardMinimumChars = 32;
/// Two charts side by side need at least this many characters each.
constexpr int kChartMinimumChars = 70;

QScrollArea *scrollArea(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);
    return area;
}

void clearGrid(QGridLayout *grid)
{
    while (grid->count() > 0)
        delete grid->takeAt(0);
    for (int column = 0; column < grid->columnCount(); ++column)
        grid->setColumnStretch(column, 0);
}

} // namespace

DashboardView::DashboardView(DashboardSession *session, const SourceRegistry *sources, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_description(new QLabel)
    , m_timeCursor(new TimeCursor(this))
{
    setBackgroundRole(QPalette::Window);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette muted = m_description->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_description->setPalette(muted);

    const QFontMetrics metrics = fontMetrics();
    const int spacing = metrics.averageCharWidth() + metrics.averageCharWidth() / 2;
    // Cards and charts scroll as one page: on a small screen the charts keep
    // a usable height below the cards instead of the sliver left beside them.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(spacing);
    buildGroups(column, spacing);
    column->addStretch(1);
    m_area = scrollArea(content);

    auto *header = new QHBoxLayout;
    header->setSpacing(metrics.averageCharWidth() * 2);
    header->addWidget(m_title);
    header->addWidget(m_description, 1, Qt::AlignBaseline);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(spacing, spacing / 2, spacing, 0);
    layout->setSpacing(spacing);
    layout->addLayout(header);
    layout->addWidget(m_area, 1);

    buildCards(sources);
    buildCharts();
    connectSession();
    retranslate();
    // Scrolling, resizing and switching tabs come in bursts: one check after them.
    m_shownCheck.setSingleShot(true);
    m_shownCheck.setInterval(0);
    connect(&m_shownCheck, &QTimer::timeout, this, &DashboardView::checkShown);
    connect(m_area->verticalScrollBar(), &QScrollBar::valueChanged, &m_shownCheck, qOverload<>(&QTimer::start));
}

DashboardSession *DashboardView::session() const
{
    return m_session;
}

void DashboardView::buildGroups(QBoxLayout *column, int spacing)
{
    const QList<SectionSpec> &sections = m_session->dashboard().sections;
    for (int index = -1; index < sections.size(); ++index) {
        Group group;
        group.cardGrid = new QGridLayout;
        group.chartGrid = new QGridLayout;
        group.cardGrid->setSpacing(spacing);
        group.chartGrid->setSpacing(spacing);
        // The panels above every section stand in the page itself, as on a dashboard without sections.
        QBoxLayout *panels = column;
        if (index >= 0) {
            const SectionSpec &section = sections.at(index);
            group.header = new SectionHeader(section.collapsed);
            group.header->setObjectName(QStringLiteral("section_") + section.id);
            group.body = new QWidget;
            group.body->setVisible(!section.collapsed);
            panels = new QVBoxLayout(group.body);
            panels->setContentsMargins(0, 0, 0, 0);
            panels->setSpacing(spacing);
            column->addWidget(group.header);
            column->addWidget(group.body);
            connect(group.header, &SectionHeader::collapsedChanged, this, [this, body = group.body](bool collapsed) {
                body->setVisible(!collapsed);
                // At once when folded: a refresh right after must not read what went away.
                if (collapsed)
                    checkShown();
                else
                    m_shownCheck.start();
            });
        }
        panels->addLayout(group.cardGrid);
        panels->addLayout(group.chartGrid);
        m_groups.append(group);
    }
}

bool DashboardView::isSectionCollapsed(int section) const
{
    const SectionHeader *header = sectionHeader(section);
    return header && header->isCollapsed();
}

void DashboardView::setSectionCollapsed(int section, bool collapsed)
{
    if (SectionHeader *header = sectionHeader(section))
        header->setCollapsed(collapsed);
}

SectionHeader *DashboardView::sectionHeader(int section) const
{
    return section >= 0 && section + 1 < m_groups.size() ? m_groups.at(section + 1).header : nullptr;
}

void DashboardView::buildCards(const SourceRegistry *sources)
{
    KpiModel *model = m_session->kpis();
    for (int row = 0; row < model->rowCount(); ++row) {
        auto *card = new KpiCard(model, row);
        const QString name = model->spec(row).source;
        if (const Source *source = sources ? sources->find(name) : nullptr)
            card->setSourceText(tr("%1 — %2").arg(source->name(), source->location()));
        else
            card->setSourceText(name.isEmpty() ? tr("(default source)") : name);
        card->setMinimumWidth(fontMetrics().averageCharWidth() * kCardMinimumChars);
        card->setTimeCursor(m_timeCursor);
        connect(card, &KpiCard::diagnoseRequested, this, &DashboardView::diagnoseRequested);
        connect(card, &KpiCard::sparklineWidthChanged, this, &DashboardView::onSparklineWidth);
        m_cards.append(card);
        m_groups[model->spec(row).section + 1].cards.append(card);
    }
}

void DashboardView::buildCharts()
{
    const Dashboard &dashboard = m_session->dashboard();
    for (int index = 0; index < dashboard.charts.size(); ++index) {
        const ChartSpec &spec = dashboard.charts.at(index);
        auto *chart = new TimeSeriesChart;
        chart->setObjectName(QStringLiteral("chart_") + spec.id);
        chart->setUnit(spec.unit);
        chart->setThresholds(spec.thresholds);
        chart->setWindow(m_session->currentWindow());
        chart->setTimeCursor(m_timeCursor);
        const ChartData &data = m_session->chart(index);
        // Before the first answer the chart says it is loading, not that it is empty.
        if (!data.lines.isEmpty() || data.error)
            chart->setData(data);
        connect(chart, &TimeSeriesChart::zoomRequested, this, &DashboardView::zoomRequested);
        connect(chart, &TimeSeriesChart::zoomResetRequested, this, &DashboardView::zoomResetRequested);
        // The width is told once the layout has settled (checkShown): the first
        // widths of a chart being laid out are not the one it is drawn at.
        connect(chart, &TimeSeriesChart::plotWidthChanged, &m_shownCheck, qOverload<>(&QTimer::start));
        m_charts.append(chart);
        m_groups[spec.section + 1].charts.append(chart);
    }
}

void DashboardView::connectSession()
{
    connect(m_session, &DashboardSession::chartChanged, this, [this](int index) {
        if (m_session && index >= 0 && index < m_charts.size())
            m_charts.at(index)->setData(m_session->chart(index));
    });
    connect(m_session, &DashboardSession::refreshStarted, this, &DashboardView::onRefreshStarted);
    connect(m_session, &DashboardSession::refreshFinished, this, [this] {
        for (TimeSeriesChart *chart : std::as_const(m_charts))
            chart->setLoading(false);
    });
}

void DashboardView::onRefreshStarted()
{
    const TimeWindow window = m_session->currentWindow();
    for (KpiCard *card : std::as_const(m_cards))
        card->setTimeWindow(window);
    // The charts keep their window and lines until the answer: moving the axis
    // now would repaint every line once more before anything new has arrived.
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setLoading(true);
}

bool DashboardView::onScreen(const QWidget *panel) const
{
    if (!panel || !panel->isVisible())
        return false;
    const QWidget *viewport = m_area->viewport();
    return viewport->rect().intersects(QRect(panel->mapTo(viewport, QPoint(0, 0)), panel->size()));
}

bool DashboardView::isCardShown(int row) const
{
    return onScreen(m_cards.value(row));
}

bool DashboardView::isChartShown(int index) const
{
    // Before its layout a chart is not drawn yet, and its width not known.
    const TimeSeriesChart *chart = m_charts.value(index);
    return onScreen(chart) && chart->plotWidth() > 0;
}

void DashboardView::checkShown()
{
    for (int index = 0; index < m_charts.size(); ++index) {
        if (m_session && m_charts.at(index)->isVisible() && m_charts.at(index)->plotWidth() > 0)
            m_session->setChartWidth(index, m_charts.at(index)->plotWidth());
    }
    QList<bool> shown;
    for (int row = 0; row < m_cards.size(); ++row)
        shown.append(isCardShown(row));
    for (int index = 0; index < m_charts.size(); ++index)
        shown.append(isChartShown(index));
    if (shown == m_shown)
        return;
    m_shown = shown;
    Q_EMIT panelsShownChanged();
}

void DashboardView::onSparklineWidth(int pixels)
{
    // All cards share a width; the widest decides so no sparkline is starved.
    int widest = pixels;
    for (const KpiCard *card : std::as_const(m_cards))
        widest = std::max(widest, card->sparklineWidth());
    if (widest == m_sparklineWidth || !m_session)
        return;
    m_sparklineWidth = widest;
    m_session->setSparklineWidth(widest);
}

void DashboardView::setZoomed(bool zoomed)
{
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setZoomed(zoomed);
}

void DashboardView::retranslate()
{
    if (!m_session)
        return;
    const QString language = Localization::current();
    m_session->kpis()->setLanguage(language);
    const Dashboard &dashboard = m_session->dashboard();
    m_title->setText(dashboard.title.text(language));
    m_descriptionText = dashboard.description.text(language);
    m_description->setToolTip(m_descriptionText);
    elideDescription();
    for (int index = 0; index < m_charts.size(); ++index)
        m_charts.at(index)->setTitle(dashboard.charts.at(index).title.text(language));
    for (int index = 0; index < dashboard.sections.size(); ++index)
        sectionHeader(index)->setTitle(dashboard.sections.at(index).title.text(language));
}

void DashboardView::elideDescription()
{
    const int available = m_description->width();
    m_description->setText(available > 0
                               ? m_description->fontMetrics().elidedText(m_descriptionText, Qt::ElideRight, available)
                               : m_descriptionText);
}

int DashboardView::cardColumns(const Group &group) const
{
    if (group.cards.isEmpty())
        return 1;
    const int spacing = group.cardGrid->spacing();
    const int available = m_area->width() - m_area->verticalScrollBar()->sizeHint().width();
    const int widest = std::max(1, (available + spacing) / (group.cards.first()->minimumWidth() + spacing));
    // Balance the rows (eight cards on room for five become two rows of four),
    // but never give away more than a fifth of the room for it.
    const int count = int(group.cards.size());
    const int rows = int(std::ceil(double(count) / widest));
    const int balanced = int(std::ceil(double(count) / rows));
    return std::min({widest, count, std::max(balanced, int(widest * 0.8))});
}

int DashboardView::chartColumns(const Group &group) const
{
    const int needed = fontMetrics().averageCharWidth() * kChartMinimumChars * 2 + group.chartGrid->spacing();
    return group.charts.size() > 1 && m_area->width() >= needed ? 2 : 1;
}

void DashboardView::placeCards(Group &group, int columns)
{
    clearGrid(group.cardGrid);
    for (int i = 0; i < group.cards.size(); ++i)
        group.cardGrid->addWidget(group.cards.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        group.cardGrid->setColumnStretch(column, 1);
    group.placedCardColumns = columns;
}

void DashboardView::placeCharts(Group &group, int columns)
{
    clearGrid(group.chartGrid);
    for (int i = 0; i < group.charts.size(); ++i)
        group.chartGrid->addWidget(group.charts.at(i), i / columns, i % columns);
    for (int column = 0; column < columns; ++column)
        group.chartGrid->setColumnStretch(column, 1);
    group.placedChartColumns = columns;
}

int DashboardView::heightAboveCharts() const
{
    // The first group with panels opens the page; its cards stand above its charts.
    for (const Group &group : m_groups) {
        if (group.cards.isEmpty() && group.charts.isEmpty())
            continue;
        int height = group.header ? group.header->sizeHint().height() + m_groups.first().cardGrid->spacing() : 0;
        if (!group.cards.isEmpty()) {
            const int rows = int(std::ceil(double(group.cards.size()) / group.placedCardColumns));
            height += rows * group.cards.first()->sizeHint().height() + rows * group.cardGrid->spacing();
        }
        return height;
    }
    return 0;
}

void DashboardView::relayout()
{
    for (Group &group : m_groups) {
        if (const int columns = cardColumns(group); columns != group.placedCardColumns)
            placeCards(group, columns);
        if (const int columns = chartColumns(group); columns != group.placedChartColumns)
            placeCharts(group, columns);
    }
    // A row of charts fills the room below the cards, within sensible bounds;
    // where that room is too small, the page scrolls and the charts keep their
    // least height. The area has not been resized yet at this point: its
    // height is worked out from ours.
    const QMargins margins = layout()->contentsMargins();
    const int spacing = layout()->spacing();
    const int below
        = height() - margins.top() - margins.bottom() - m_title->sizeHint().height() - spacing - heightAboveCharts();
    const int line = fontMetrics().lineSpacing();
    const int chartHeight = std::clamp(below, line * 14, line * 22);
    for (TimeSeriesChart *chart : std::as_const(m_charts))
        chart->setFixedHeight(chartHeight);
    elideDescription();
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    m_shownCheck.start();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shownCheck.start();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // At once: a refresh right after the tab is left must not read what went away.
    checkShown();
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
