#include "dashboard/welcomepage.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lotse {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_connect(new QCommandLinkButton)
    , m_demo(new QCommandLinkButton)
    , m_dashboard(new QCommandLinkButton)
    , m_snapshot(new QCommandLinkButton)
    , m_import(new QCommandLinkButton)
    , m_grafana(new QCommandLinkButton)
{
    setObjectName(QStringLiteral("WelcomePage"));
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);

    // A column of readable width in the middle, however wide the window.
    auto *column = new QVBoxLayout;
    column->setSpacing(fontMetrics().lineSpacing() / 2);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(fontMetrics().lineSpacing());
    for (QCommandLinkButton *button : {m_connect, m_demo, m_dashboard, m_snapshot, m_import, m_grafana}) {
        column->addWidget(button);
    }
    auto *content = new QWidget;
    content->setLayout(column);
    // Wrapped texts would take the narrowest width a layout offers them: the column's is fixed.
    content->setFixedWidth(fontMetrics().averageCharWidth() * 72);
    const QMargins margins = column->contentsMargins();
    m_buttonWidth = content->width() - margins.left() - margins.right();
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(content);
    row->addStretch(1);
    auto *inner = new QWidget;
    auto *centred = new QVBoxLayout(inner);
    centred->addStretch(1);
    centred->addLayout(row);
    centred->addStretch(2);
    auto *scroll = new QScrollArea;
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_connect, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, [this] { Q_EMIT demoRequested(m_demoUrl); });
    connect(m_dashboard, &QCommandLinkButton::clicked, this, &WelcomePage::dashboardRequested);
    connect(m_snapshot, &QCommandLinkButton::clicked, this, &WelcomePage::snapshotRequested);
    connect(m_import, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(m_grafana, &QCommandLinkButton::clicked, this, &WelcomePage::grafanaRequested);
    m_demo->setEnabled(false);
    m_dashboard->setEnabled(false);
    setFocusProxy(m_connect);
    retranslate();
}

void WelcomePage::setDemo(const QString &url)
{
    m_demoUrl = url;
    m_demo->setEnabled(!url.isEmpty());
    retranslate();
}

void WelcomePage::setSourcesReady(bool ready)
{
    m_dashboard->setEnabled(ready);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to Lotse"));
    m_text->setText(tr("Lotse watches your services' KPIs live and walks you through a diagnosis along a runbook. "
                       "It needs a Prometheus to read from. How would you like to begin?"));
    m_connect->setText(tr("Connect to a Prometheus…"));
    m_connect->setDescription(tr("Settings ▸ Connections: its address, login and TLS, with a Test button."));
    m_demo->setText(tr("Open the demo"));
    m_demo->setDescription(m_demoUrl.isEmpty()
                               ? tr("The demo is not running. Start it with scripts/demo, then come back here.")
                               : tr("The demo's Prometheus answers at %1.").arg(m_demoUrl));
    m_dashboard->setText(tr("Open a dashboard…"));
    m_dashboard->setDescription(tr("The built-in dashboards of the five guides, on the sources you connected."));
    m_snapshot->setText(tr("Open a snapshot…"));
    m_snapshot->setDescription(tr("A dashboard saved with every value, read without a server."));
    m_import->setText(tr("Import a dashboard…"));
    m_import->setDescription(tr("A Lotse dashboard file (YAML) of your own."));
    m_grafana->setText(tr("Import a Grafana dashboard…"));
    m_grafana->setDescription(tr("Its JSON model, translated panel by panel."));
    // Each button as tall as its text at the column's width, never squeezed:
    // a short window scrolls the page rather than cut the descriptions.
    for (QCommandLinkButton *button : {m_connect, m_demo, m_dashboard, m_snapshot, m_import, m_grafana})
        button->setFixedHeight(button->heightForWidth(m_buttonWidth));
}

} // namespace lotse
