#include "dashboard/dashboardpage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace lotse {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel)
    , m_placeholder(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner->setObjectName(QStringLiteral("snapshotBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(tooltip-base); color: palette(tooltip-text);"
                                           " padding: 0.4em 0.8em; border-bottom: 1px solid palette(mid); }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    setView(m_placeholder);
    retranslate();
}

void DashboardPage::setView(QWidget *view)
{
    // Later, not now: the previous view may be the sender of what led here.
    if (m_content) {
        m_content->hide();
        m_content->deleteLater();
    }
    m_content = view;
    layout()->addWidget(view);
}

void DashboardPage::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardPage::retranslate()
{
    if (m_placeholder)
        m_placeholder->setText(tr("No dashboard is open. Choose one in File ▸ Open Dashboard."));
}

} // namespace lotse
