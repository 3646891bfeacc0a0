#include "diagnosis/checkview.h"

#include "common/badge.h"
#include "diagnosis/diagnosisreport.h"
#include "dashboard/kpidetailsdialog.h"
#include "core/localization.h"
#include "style/statepalette.h"
#include "charts/timeserieschart.h"

#include <QChart>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>

namespace lotse {

namespace {

/// The chart is a glance at the trend, not the dashboard's big chart.
constexpr int kChartLines = 8;
/// Layout settles in a few passes; the chart asks for data once it has.
constexpr int kWidthSettleMs = 150;

} // namespace

CheckView::CheckView(CheckSpec spec, QWidget *parent)
    : CardFrame(parent)
    , m_spec(std::move(spec))
    , m_state(new Badge)
    , m_title(new QLabel)
    , m_role(new Badge)
    , m_value(new QLabel)
    , m_chart(new TimeSeriesChart)
{
    setObjectName(QStringLiteral("check_") + m_spec.id);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_value->setTextFormat(Qt::PlainText);
    m_value->setWordWrap(true);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_role->hide();

    m_chart->setUnit(m_spec.unit);
    m_chart->setThresholds(m_spec.thresholds);
    m_chart->setFixedHeight(m_chart->fontMetrics().lineSpacing() * kChartLines);
    m_chart->setMinimumWidth(m_chart->fontMetrics().averageCharWidth() * 28);
    // One line needs no legend: the card's title names it.
    m_chart->chart()->legend()->hide();
    // Without a title above it, the top axis label needs room of its own.
    const QMargins margins = m_chart->chart()->margins();
    m_chart->chart()->setMargins(
        {margins.left(), m_chart->fontMetrics().height() / 2, margins.right(), margins.bottom()});

    m_widthSettled.setSingleShot(true);
    m_widthSettled.setInterval(kWidthSettleMs);
    connect(&m_widthSettled, &QTimer::timeout, this, &CheckView::askForHistory);
    connect(m_chart, &TimeSeriesChart::plotWidthChanged, this, &CheckView::onPlotWidthChanged);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(cardMargins());
    layout->setHorizontalSpacing(fontMetrics().averageCharWidth());
    layout->setVerticalSpacing(fontMetrics().height() / 4);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_role, 0, 1, Qt::AlignTop);
    layout->addWidget(m_state, 0, 2, Qt::AlignTop);
    layout->addWidget(m_value, 1, 0, 1, 3);
    layout->addWidget(m_chart, 2, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    showReading();
}

State CheckView::state() const
{
    // Unread or unreadable is unknown, never good.
    if (!m_reading || m_reading->error)
        return State::Unknown;
    return m_reading->state;
}

bool CheckView::hasError() const
{
    return m_reading && m_reading->error.has_value();
}

QString CheckView::valueText() const
{
    return m_value->text();
}

void CheckView::setReading(const Reading *reading)
{
    if (reading && reading->done)
        m_reading = *reading;
    else
        m_reading.reset();
    showReading();
}

void CheckView::setWindow(const TimeWindow &window)
{
    m_chart->setWindow(window);
}

void CheckView::setHistory(const ChartData &history)
{
    ChartData named = history;
    // An unlabeled line is the check itself: name it as the card does.
    for (ChartLine &line : named.lines) {
        if (line.name == m_spec.id)
            line.name = m_spec.title.text(Localization::current());
    }
    m_chart->chart()->legend()->setVisible(named.lines.size() > 1);
    m_chart->setData(named);
    // When neither the value nor its history could be read, the card already
    // says why; an empty chart repeating it adds nothing.
    m_chart->setVisible(!(hasError() && named.error && named.lines.isEmpty()));
}

void CheckView::setRole(const QString &role)
{
    m_role->setText(role);
    m_role->setVisible(!role.isEmpty());
}

void CheckView::showReading()
{
    const QString language = Localization::current();
    const State state = this->state();
    m_title->setText(m_spec.title.text(language));
    m_state->setText(m_reading ? KpiDetailsDialog::stateText(state) : tr("Reading…"));
    m_state->setState(state);
    setAccent(StatePalette::color(state, palette()));

    QString text = tr("Reading…");
    QColor color = palette().color(QPalette::PlaceholderText);
    if (m_reading) {
        text = DiagnosisReport::describe(*m_reading, QLocale());
        color = StatePalette::textColor(m_reading->error ? State::Critical : state, palette());
    }
    m_value->setText(text);
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, color);
    m_value->setPalette(valuePalette);

    const QString source = m_reading && !m_reading->source.isEmpty() ? m_reading->source : m_spec.source;
    setToolTip(tr("%1\nQuery: %2\nSource: %3").arg(m_spec.id, m_spec.query, source));
    setAccessibleName(tr("%1: %2").arg(m_title->text(), text));
}

void CheckView::onPlotWidthChanged(int pixels)
{
    m_wantedPixels = pixels;
    m_widthSettled.start();
}

void CheckView::askForHistory()
{
    // Small changes of width are not worth a new query: the chart stretches.
    if (m_askedPixels > 0 && std::abs(m_wantedPixels - m_askedPixels) * 4 < m_askedPixels)
        return;
    m_askedPixels = m_wantedPixels;
    Q_EMIT historyWanted(m_wantedPixels);
}

void CheckView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        showReading();
    CardFrame::changeEvent(event);
}

} // namespace lotse
