#include "alerts/alertsview.h"

#include "alerts/alertsreport.h"
#include "common/timetext.h"
#include "core/localization.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lotse {

namespace {

enum Column {
    StateColumn,
    SeverityColumn,
    NameColumn,
    SinceColumn,
    ValueColumn,
    SummaryColumn,
    LabelsColumn,
    Columns
};

} // namespace

AlertsView::AlertsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget)
    , m_problemsLabel(new QLabel)
    , m_details(new QLabel)
    , m_diagnose(new QPushButton)
    , m_open(new QPushButton)
{
    setObjectName(QStringLiteral("alertsView"));
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setColumnCount(Columns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->hide();
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_diagnose->setObjectName(QStringLiteral("alertDiagnose"));
    m_open->setObjectName(QStringLiteral("alertOpenRunbook"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_diagnose);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &AlertsView::showChosen);
    // Enter or a double click takes the alert's way to its runbook.
    connect(m_list, &QTreeWidget::itemActivated, this, &AlertsView::follow);
    connect(m_diagnose, &QPushButton::clicked, this, [this] {
        if (const Alert *alert = chosen())
            Q_EMIT diagnoseRequested(*alert);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Alert *alert = chosen())
            Q_EMIT openRequested(alert->runbook.url);
    });
    retranslate();
}

void AlertsView::setAlerts(const QList<Alert> &alerts, const QStringList &problems)
{
    const Alert *before = chosen();
    const std::optional<Alert> kept = before ? std::optional<Alert>(*before) : std::nullopt;
    m_alerts = alerts;
    m_problems = problems;
    fill();
    int row = m_alerts.isEmpty() ? -1 : 0; // the first, so that Enter acts at once
    for (int candidate = 0; kept && candidate < m_alerts.size(); ++candidate) {
        if (m_alerts.at(candidate).sameAs(*kept))
            row = candidate;
    }
    if (row >= 0)
        choose(row);
}

void AlertsView::choose(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

const Alert *AlertsView::chosen() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

void AlertsView::follow()
{
    if (m_diagnose->isEnabled())
        m_diagnose->click();
    else if (m_open->isEnabled())
        m_open->click();
}

void AlertsView::fill()
{
    const QString language = Localization::current();
    const QLocale locale = Localization::localeOf(language);
    m_list->clear();
    for (const Alert &alert : std::as_const(m_alerts)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(StateColumn, AlertsReport::stateText(alert.state));
        item->setText(SeverityColumn, AlertsReport::severityText(alert.severity));
        item->setText(NameColumn, alert.name);
        item->setText(SinceColumn, alert.activeAt.isValid() ? TimeText::dateAndClock(alert.activeAt) : QString());
        item->setText(ValueColumn, AlertsReport::valueText(alert, locale));
        item->setText(SummaryColumn, alert.text(QStringLiteral("summary"), language));
        item->setText(LabelsColumn, alert.labelsText());
        item->setToolTip(SummaryColumn, alert.text(QStringLiteral("description"), language));
    }
    for (int column = 0; column < LabelsColumn; ++column)
        m_list->resizeColumnToContents(column);
    m_problemsLabel->setVisible(!m_problems.isEmpty());
    m_problemsLabel->setText(tr("Some sources could not say which alerts are active:") + QLatin1Char('\n')
                             + m_problems.join(QLatin1Char('\n')));
    showChosen();
}

void AlertsView::showChosen()
{
    const Alert *alert = chosen();
    const QString language = Localization::current();
    if (!alert) {
        m_details->setText(m_alerts.isEmpty() ? tr("No alerts are firing or pending.")
                                              : tr("Choose an alert to see its description and runbook."));
    } else {
        const QString runbook = alert->runbook.kind == RunbookLink::Kind::None
            ? tr("No runbook is linked.")
            : tr("Runbook: %1").arg(alert->runbook.toString());
        m_details->setText(alert->text(QStringLiteral("description"), language) + QLatin1Char('\n') + runbook);
    }
    m_diagnose->setEnabled(alert && alert->runbook.kind == RunbookLink::Kind::Runbook);
    m_open->setEnabled(alert && alert->runbook.kind == RunbookLink::Kind::External);
}

void AlertsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsView::retranslate()
{
    m_list->setHeaderLabels(
        {tr("State"), tr("Severity"), tr("Alert"), tr("Since"), tr("Value"), tr("Summary"), tr("Labels")});
    m_list->setAccessibleName(tr("Active alerts"));
    m_diagnose->setText(tr("Dia&gnose")); // Alt+D is the Diagnose menu
    m_diagnose->setToolTip(tr("Open the alert's runbook at its node, read at the instant the alert started"));
    m_open->setText(tr("&Open Runbook"));
    m_open->setToolTip(tr("Open the alert's runbook page in the browser"));
    fill();
}

} // namespace lotse
