#include "dashboard/kpicard.h"

#include "dashboard/kpidetailsdialog.h"
#include "charts/timecursor.h"
#include "dashboard/kpimodel.h"
#include "charts/sparkline.h"
#include "style/statepalette.h"
#include "common/timetext.h"

#include <QEvent>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lotse {

namespace {

/// The value is the card's headline: this much larger than the body text.
constexpr qreal kValueScale = 1.9;
/// The smallest the value shrinks to when a long text must fit.
constexpr qreal kValueMinimumScale = 1.15;

} // namespace

KpiCard::KpiCard(KpiModel *model, int row, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_row(row)
    , m_title(new QLabel)
    , m_badge(new QLabel)
    , m_errorIcon(new QToolButton)
    , m_value(new QLabel)
    , m_stateLabel(new QLabel)
    , m_sparkline(new Sparkline)
{
    setObjectName(QStringLiteral("KpiCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);

    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_title->setTextFormat(Qt::PlainText);
    m_badge->setObjectName(QStringLiteral("staleBadge"));
    m_badge->hide();
    m_errorIcon->setIcon(QIcon(QStringLiteral(":/icons/warning.svg")));
    m_errorIcon->setAutoRaise(true);
    m_errorIcon->setFocusPolicy(Qt::NoFocus);
    m_errorIcon->hide();
    m_value->setTextFormat(Qt::PlainText);
    // The value shrinks to fit the card (fitValueFont); it must not widen it.
    m_value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *header = new QHBoxLayout;
    header->setSpacing(fontMetrics().averageCharWidth());
    header->addWidget(m_title, 1);
    header->addWidget(m_badge, 0, Qt::AlignTop);
    header->addWidget(m_errorIcon, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    // The state in words beside the value: colour alone says nothing to a colour-blind reader.
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_stateLabel, 0, Qt::AlignVCenter);
    layout->addLayout(valueRow);
    layout->addWidget(m_sparkline);

    connect(m_errorIcon, &QToolButton::clicked, this, &KpiCard::showDetails);
    connect(m_sparkline, &Sparkline::deviceWidthChanged, this, &KpiCard::sparklineWidthChanged);
    if (m_model) {
        connect(m_model, &KpiModel::dataChanged, this, &KpiCard::onDataChanged);
        connect(m_model, &KpiModel::modelReset, this, &KpiCard::readAll);
        m_sparkline->setThresholds(m_model->spec(m_row).thresholds);
    }
    applyMetrics();
    retranslate();
    readAll();
}

QString KpiCard::kpiId() const
{
    return m_model ? m_model->spec(m_row).id : QString();
}

bool KpiCard::isJudged() const
{
    return m_model && !m_model->spec(m_row).thresholds.isEmpty();
}

void KpiCard::setTimeWindow(const TimeWindow &window)
{
    m_sparkline->setWindow(window);
}

int KpiCard::sparklineWidth() const
{
    return m_sparkline->deviceWidth();
}

void KpiCard::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (m_row < topLeft.row() || m_row > bottomRight.row())
        return;
    // The sparkline is the one part worth not copying when it did not change.
    const bool sparkline = roles.isEmpty() || roles.contains(KpiModel::SparklineRole);
    const bool value = roles.isEmpty() || roles.size() > 1 || !sparkline;
    if (value)
        readValue();
    if (sparkline)
        readSparkline();
}

void KpiCard::readAll()
{
    readValue();
    readSparkline();
}

void KpiCard::readValue()
{
    if (!m_model)
        return;
    const QModelIndex index = m_model->index(m_row);
    m_title->setText(index.data(KpiModel::TitleRole).toString());
    m_error = index.data(KpiModel::ErrorRole).toString();
    // A value that could not be read is never shown in a state colour.
    m_state = m_error.isEmpty() ? index.data(KpiModel::StateRole).value<State>() : State::Unknown;
    // The last value read stays, dimmed and dated, while reads fail: never as current, never in a state colour.
    const QString last = index.data(KpiModel::LastTextRole).toString();
    m_keptValue = !m_error.isEmpty() && !last.isEmpty();
    m_valueText
        = m_error.isEmpty() ? index.data(KpiModel::TextRole).toString() : (m_keptValue ? last : QStringLiteral("—"));
    m_readAt = index.data(KpiModel::ReadAtRole).toDateTime();
    m_stale = index.data(KpiModel::StaleRole).toBool();
    m_value->setText(m_valueText);
    applyLook();
    fitValueFont();
}

void KpiCard::readSparkline()
{
    if (m_model)
        m_sparkline->setSeries(m_model->value(m_row).sparkline);
}

bool KpiCard::isNeutral() const
{
    // Without thresholds every number counts as good; the card must not claim so in green.
    return m_model && isNeutral(m_state, m_model->spec(m_row).thresholds);
}

int KpiCard::bandWidth() const
{
    return std::max(3, fontMetrics().height() / 4);
}

QColor KpiCard::accentColor() const
{
    QColor color = isNeutral() ? StatePalette::neutral(palette()) : StatePalette::color(m_state, palette());
    return isDated() ? StatePalette::dimmed(color, palette()) : color;
}

QString KpiCard::stateText() const
{
    return m_stateLabel->text();
}

QString KpiCard::stateSymbol(State state)
{
    // Shapes that differ without their colour.
    switch (state) {
    case State::Good: return QStringLiteral("✔");
    case State::Warning: return QStringLiteral("▲");
    case State::Critical: return QStringLiteral("✖");
    case State::NotApplicable: return QStringLiteral("–");
    case State::Unknown: break;
    }
    return QStringLiteral("?");
}

QString KpiCard::staleText() const
{
    return tr("No new data since %1").arg(TimeText::clock(m_readAt));
}

void KpiCard::applyLook()
{
    QColor valueColor = isNeutral() ? palette().color(QPalette::Text) : StatePalette::textColor(m_state, palette());
    QColor titleColor = palette().color(QPalette::Text);
    if (isDated()) {
        valueColor = StatePalette::dimmed(valueColor, palette());
        titleColor = StatePalette::dimmed(titleColor, palette());
    }
    QPalette valuePalette = m_value->palette();
    valuePalette.setColor(QPalette::WindowText, valueColor);
    m_value->setPalette(valuePalette);
    QPalette titlePalette = m_title->palette();
    titlePalette.setColor(QPalette::WindowText, titleColor);
    m_title->setPalette(titlePalette);
    m_sparkline->setColor(accentColor());
    m_stateLabel->setText(isJudged() ? stateSymbol(m_state) + QLatin1Char(' ') + KpiDetailsDialog::stateText(m_state)
                                     : QString());
    QPalette statePalette = m_stateLabel->palette();
    statePalette.setColor(QPalette::WindowText, valueColor);
    m_stateLabel->setPalette(statePalette);

    m_badge->setText(m_keptValue ? tr("last read %1").arg(TimeText::clock(m_readAt)) : tr("stale"));
    m_badge->setToolTip(m_keptValue ? tr("The latest read failed: this is the last value read, from then")
                                    : tr("The value has not been refreshed for two refresh intervals"));
    m_badge->setVisible(isDated());
    m_errorIcon->setVisible(!m_error.isEmpty());
    m_errorIcon->setToolTip(m_error);

    QStringList tips;
    if (!m_error.isEmpty())
        tips.append(m_error);
    if (isDated())
        tips.append(staleText());
    if (tips.isEmpty())
        tips.append(tr("Click for details"));
    setToolTip(tips.join(QLatin1Char('\n')));
    setAccessibleName(tr("%1: %2, %3").arg(m_title->text(), m_valueText, KpiDetailsDialog::stateText(m_state)));
    update();
}

void KpiCard::applyMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.averageCharWidth() + metrics.averageCharWidth() / 2;
    layout()->setContentsMargins(bandWidth() + padding, padding, padding, padding * 2 / 3);
    layout()->setSpacing(metrics.height() / 5);
    m_title->setFixedHeight(metrics.lineSpacing() * 2);
    const int icon = metrics.height();
    m_errorIcon->setIconSize({icon, icon});
    QFont badgeFont = font();
    badgeFont.setPointSizeF(font().pointSizeF() * 0.85);
    m_badge->setFont(badgeFont);
    QFont valueFont = font();
    valueFont.setPointSizeF(font().pointSizeF() * kValueScale);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setFixedHeight(QFontMetrics(valueFont).height());
    const QColor badgeBack = palette().color(QPalette::AlternateBase).darker(108);
    m_badge->setStyleSheet(QStringLiteral("QLabel#staleBadge { background: %1; color: %2; border-radius: 0.35em;"
                                          " padding: 0 0.45em; }")
                               .arg(badgeBack.name(), palette().color(QPalette::Text).name()));
}

void KpiCard::fitValueFont()
{
    const int available = m_value->contentsRect().width();
    if (available <= 0)
        return;
    QFont valueFont = m_value->font();
    qreal scale = kValueScale;
    valueFont.setPointSizeF(font().pointSizeF() * scale);
    while (scale > kValueMinimumScale && QFontMetrics(valueFont).horizontalAdvance(m_valueText) > available) {
        scale -= 0.1;
        valueFont.setPointSizeF(font().pointSizeF() * scale);
    }
    m_value->setFont(valueFont);
}

void KpiCard::retranslate()
{
    applyLook();
}

void KpiCard::setRunbookTitles(const LocalizedText &runbook, const LocalizedText &node)
{
    m_runbookTitle = runbook;
    m_nodeTitle = node;
    if (m_details)
        m_details->setRunbookTitles(runbook, node);
}

void KpiCard::setTimeCursor(TimeCursor *cursor)
{
    m_timeCursor = cursor;
}

KpiDetailsDialog *KpiCard::detailsDialog() const
{
    return m_details;
}

void KpiCard::showDetails()
{
    if (m_details) {
        m_details->raise();
        m_details->activateWindow();
        return;
    }
    m_details = new KpiDetailsDialog(m_model, m_row, m_sourceText, this);
    m_details->setAttribute(Qt::WA_DeleteOnClose);
    m_details->setRunbookTitles(m_runbookTitle, m_nodeTitle);
    if (m_timeCursor)
        m_details->setCursorAt(m_timeCursor->pinnedAt());
    connect(m_details, &KpiDetailsDialog::diagnoseRequested, this, &KpiCard::diagnoseRequested);
    m_details->open();
}

bool KpiCard::event(QEvent *event)
{
    // Space is View ▸ Pause for the window; on a card it opens the details, as Enter does.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QFrame::event(event);
}

void KpiCard::paintEvent(QPaintEvent *)
{
    const bool emphasised = m_hovered || m_keyboardFocus;
    QColor border = emphasised ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    if (!emphasised)
        border.setAlphaF(0.45f);
    const CardFrameImage::Look look{size(),
                               devicePixelRatioF(),
                               fontMetrics().height() * 0.35,
                               bandWidth(),
                               palette().color(QPalette::Base),
                               accentColor(),
                               border,
                               emphasised ? 1.5 : 1.0};
    QPainter painter(this);
    m_frame.paint(painter, look);
}

void KpiCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        showDetails();
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        showDetails();
        return;
    }
    // Arrows walk the cards as Tab does, so a row of cards reads like a list.
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down) {
        focusNextChild();
        return;
    }
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Up) {
        focusPreviousChild();
        return;
    }
    QFrame::keyPressEvent(event);
}

void KpiCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitValueFont();
}

void KpiCard::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange: retranslate(); break;
    case QEvent::FontChange:
    case QEvent::PaletteChange:
        applyMetrics();
        applyLook();
        fitValueFont();
        break;
    default: break;
    }
    QFrame::changeEvent(event);
}

void KpiCard::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QFrame::enterEvent(event);
}

void KpiCard::focusInEvent(QFocusEvent *event)
{
    // Only a focus the user moved with the keyboard is worth a frame; the one a
    // window hands its first child on activation would look like a selection.
    m_keyboardFocus = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    update();
    QFrame::focusInEvent(event);
}

void KpiCard::focusOutEvent(QFocusEvent *event)
{
    m_keyboardFocus = false;
    update();
    QFrame::focusOutEvent(event);
}

void KpiCard::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QFrame::leaveEvent(event);
}

} // namespace lotse
