#include "dashboard/timerangebar.h"

#include "dashboard/absoluterangedialog.h"
#include "common/timetext.h"
#include "common/paletteicon.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

#include <algorithm>
#include <array>

namespace lotse {

namespace {

struct Preset
{
    qint64 seconds;
    const char *text;
};

constexpr std::array<Preset, 10> kPresets{{
    {5 * 60, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 5 minutes")},
    {15 * 60, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 15 minutes")},
    {30 * 60, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 30 minutes")},
    {3600, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 1 hour")},
    {3 * 3600, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 3 hours")},
    {6 * 3600, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 6 hours")},
    {12 * 3600, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 12 hours")},
    {86400, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 24 hours")},
    {2 * 86400, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 2 days")},
    {7 * 86400, QT_TRANSLATE_NOOP("lotse::TimeRangeBar", "Last 7 days")},
}};

/// @p text with the action's shortcut in brackets, as tooltips show it.
QString withShortcut(const QString &text, const QAction *action)
{
    return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

TimeRangeBar::TimeRangeBar(QWidget *parent)
    : QWidget(parent)
    , m_rangeButton(new QToolButton)
    , m_rangeMenu(new QMenu(this))
    , m_presets(new QActionGroup(this))
    , m_absolute(new QAction(this))
    , m_intervalLabel(new QLabel)
    , m_interval(new QComboBox)
    , m_refresh(new QAction(this))
    , m_pause(new QAction(this))
    , m_resetZoom(new QAction(this))
{
    m_refresh->setIcon(PaletteIcon::themedOr(QStringLiteral("view-refresh"), QStringLiteral("refresh")));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_resetZoom->setIcon(PaletteIcon::named(QStringLiteral("zoom-reset")));
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_resetZoom->setEnabled(false);
    connect(m_refresh, &QAction::triggered, this, &TimeRangeBar::refreshRequested);
    connect(m_pause, &QAction::triggered, this, [this](bool paused) {
        showPaused();
        Q_EMIT pausedToggled(paused);
    });
    connect(m_resetZoom, &QAction::triggered, this, &TimeRangeBar::zoomResetRequested);

    m_rangeButton->setIcon(PaletteIcon::named(QStringLiteral("clock")));
    m_rangeButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rangeButton->setAutoRaise(true);
    // The menu is popped up by hand rather than set on the button: the style's
    // arrow sits below the text's baseline and a ▾ in the text reads better,
    // and a style sheet hiding the arrow would pin the button to the palette
    // it was polished with, black text on the dark theme.
    connect(m_rangeButton, &QToolButton::clicked, this,
            [this] { m_rangeMenu->popup(m_rangeButton->mapToGlobal(QPoint(0, m_rangeButton->height()))); });
    buildRangeMenu();
    m_interval->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_intervalLabel->setBuddy(m_interval);
    connect(m_interval, &QComboBox::activated, this, &TimeRangeBar::onIntervalActivated);

    const int gap = fontMetrics().averageCharWidth();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(gap / 2);
    layout->addWidget(m_rangeButton);
    layout->addWidget(toolButton(m_resetZoom));
    layout->addSpacing(gap * 3);
    layout->addWidget(m_intervalLabel);
    layout->addWidget(m_interval);
    layout->addWidget(toolButton(m_pause));
    layout->addWidget(toolButton(m_refresh));
    layout->addStretch(1); // room beyond the icons goes here, not to the picker
    // At most its hint: the stretch must not make the toolbar hand it all its room.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    retranslate();
    fillIntervals();
    showPaused();
    showRange();
}

QToolButton *TimeRangeBar::toolButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    m_textButtons.append(button);
    return button;
}

int TimeRangeBar::buttonTextWidths() const
{
    // As QToolButton::sizeHint adds a text beside its icon.
    int widths = 0;
    for (const QToolButton *button : m_textButtons) {
        const QFontMetrics metrics = button->fontMetrics();
        widths += metrics.size(Qt::TextShowMnemonic, button->text()).width()
            + metrics.horizontalAdvance(QLatin1Char(' ')) * 2 + 4;
    }
    return widths;
}

// The bar is one widget in the window's toolbar, which can fold away whole
// items but not shrink one: in German its texts made the window wider than a
// 1024 px screen. Without room the buttons keep their icons and tooltips.
QSize TimeRangeBar::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    if (m_compact)
        hint.rwidth() += buttonTextWidths();
    return hint;
}

QSize TimeRangeBar::minimumSizeHint() const
{
    QSize least = QWidget::minimumSizeHint();
    if (!m_compact)
        least.rwidth() -= buttonTextWidths();
    return least;
}

void TimeRangeBar::resizeEvent(QResizeEvent *event)
{
    fitButtons();
    QWidget::resizeEvent(event);
}

bool TimeRangeBar::event(QEvent *event)
{
    const bool handled = QWidget::event(event);
    // A longer range text asks for more room than the toolbar may give.
    if (event->type() == QEvent::LayoutRequest)
        fitButtons();
    return handled;
}

void TimeRangeBar::fitButtons()
{
    const bool compact = width() < sizeHint().width();
    if (m_compact == compact)
        return;
    m_compact = compact;
    for (QToolButton *button : std::as_const(m_textButtons))
        button->setToolButtonStyle(compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon);
}

const QList<qint64> &TimeRangeBar::refreshChoices()
{
    static const QList<qint64> choices{0, 5, 10, 30, 60, 300};
    return choices;
}

QString TimeRangeBar::rangeText(const TimeRange &range)
{
    if (!range.isRelative()) {
        const bool sameDay = range.from().toLocalTime().date() == range.to().toLocalTime().date();
        return tr("%1 – %2").arg(TimeText::dateAndClock(range.from()),
                                 sameDay ? TimeText::clock(range.to()) : TimeText::dateAndClock(range.to()));
    }
    for (const Preset &preset : kPresets) {
        if (preset.seconds == range.span())
            return tr(preset.text);
    }
    return tr("Last %1").arg(TimeRange::durationText(range.span()));
}

QString TimeRangeBar::intervalText(qint64 seconds)
{
    if (seconds <= 0)
        return tr("Off");
    if (seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

void TimeRangeBar::buildRangeMenu()
{
    for (const qint64 seconds : TimeRange::presetSpans()) {
        QAction *action = m_rangeMenu->addAction(QString());
        action->setData(seconds);
        action->setCheckable(true);
        m_presets->addAction(action);
        connect(action, &QAction::triggered, this, [this, seconds] { choosePreset(seconds); });
    }
    m_rangeMenu->addSeparator();
    m_absolute->setCheckable(true);
    m_presets->addAction(m_absolute);
    m_rangeMenu->addAction(m_absolute);
    connect(m_absolute, &QAction::triggered, this, &TimeRangeBar::chooseAbsolute);
}

void TimeRangeBar::fillIntervals()
{
    QList<qint64> choices = refreshChoices();
    // A dashboard may ask for an interval the picker does not offer: offer it too.
    if (!choices.contains(m_refreshSeconds)) {
        choices.append(m_refreshSeconds);
        std::sort(choices.begin(), choices.end());
    }
    m_interval->clear();
    for (const qint64 seconds : std::as_const(choices))
        m_interval->addItem(intervalText(seconds), seconds);
    m_interval->setCurrentIndex(m_interval->findData(m_refreshSeconds));
}

void TimeRangeBar::retranslate()
{
    for (QAction *action : m_presets->actions()) {
        if (action != m_absolute)
            action->setText(rangeText(TimeRange::relative(action->data().toLongLong())));
    }
    m_absolute->setText(tr("Absolute…"));
    m_rangeButton->setToolTip(tr("Time range shown"));
    m_intervalLabel->setText(tr("Auto-refresh:"));
    m_interval->setToolTip(tr("How often the dashboard is read again"));
    m_refresh->setText(tr("Refresh now"));
    m_refresh->setToolTip(withShortcut(tr("Read every KPI and chart now"), m_refresh));
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(withShortcut(tr("Back to the range before zooming"), m_resetZoom));
    fillIntervals();
    showPaused();
    showRange();
}

void TimeRangeBar::setTimeRange(const TimeRange &range)
{
    m_range = range;
    showRange();
}

void TimeRangeBar::showRange()
{
    m_rangeButton->setText(rangeText(m_range) + QStringLiteral(" ▾"));
    for (QAction *action : m_presets->actions()) {
        const bool preset = m_range.isRelative() && action->data().toLongLong() == m_range.span();
        action->setChecked(action == m_absolute ? !m_range.isRelative() : preset);
    }
    // A fixed range never moves, so automatic refresh and pause mean nothing for it.
    const bool live = m_range.isRelative();
    m_interval->setEnabled(live);
    m_intervalLabel->setEnabled(live);
    m_pause->setEnabled(live);
}

void TimeRangeBar::setRefreshInterval(qint64 seconds)
{
    m_refreshSeconds = seconds;
    fillIntervals();
}

qint64 TimeRangeBar::refreshInterval() const
{
    return m_refreshSeconds;
}

void TimeRangeBar::setPaused(bool paused)
{
    m_pause->setChecked(paused);
    showPaused();
}

bool TimeRangeBar::isPaused() const
{
    return m_pause->isChecked();
}

void TimeRangeBar::showPaused()
{
    const bool paused = m_pause->isChecked();
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(paused ? PaletteIcon::themedOr(QStringLiteral("media-playback-start"), QStringLiteral("play"))
                            : PaletteIcon::themedOr(QStringLiteral("media-playback-pause"), QStringLiteral("pause")));
    m_pause->setToolTip(withShortcut(paused ? tr("Resume automatic refresh") : tr("Pause automatic refresh"), m_pause));
}

void TimeRangeBar::setZoomed(bool zoomed)
{
    m_resetZoom->setEnabled(zoomed);
}

void TimeRangeBar::choosePreset(qint64 seconds)
{
    m_range = TimeRange::relative(seconds);
    showRange();
    Q_EMIT rangeChosen(m_range);
}

void TimeRangeBar::chooseAbsolute()
{
    showRange(); // the menu checked "Absolute…" before anything was chosen
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const TimeWindow window = m_range.resolve(QDateTime::currentDateTimeUtc());
    m_dialog = new AbsoluteRangeDialog(QDateTime::fromMSecsSinceEpoch(qint64(window.from * 1000)),
                                       QDateTime::fromMSecsSinceEpoch(qint64(window.to * 1000)), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (!m_dialog)
            return;
        m_range = TimeRange::absolute(m_dialog->from(), m_dialog->to());
        showRange();
        Q_EMIT rangeChosen(m_range);
    });
    m_dialog->open();
}

void TimeRangeBar::onIntervalActivated(int index)
{
    m_refreshSeconds = m_interval->itemData(index).toLongLong();
    Q_EMIT refreshIntervalChosen(m_refreshSeconds);
}

void TimeRangeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lotse
