#include "alerts/alerttray.h"

#include "core/localization.h"
#include "window/windowsettings.h"

#include <QAction>
#include <QGuiApplication>
#include <QPainter>
#include <QSystemTrayIcon>

namespace lotse {

AlertTray::AlertTray(WindowSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("alertNotifications"));
    m_action->setCheckable(true);
    m_action->setChecked(settings->alertNotifications());
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        m_settings->setAlertNotifications(on);
        apply();
    });
    retranslate();
    apply();
}

void AlertTray::apply()
{
    const bool wanted = m_action->isChecked() && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_icon) {
        m_icon = new QSystemTrayIcon(this);
        paintCount();
        m_icon->show();
    } else if (!wanted && m_icon) {
        delete m_icon;
        m_icon = nullptr;
    }
}

void AlertTray::show(const QList<Alert> &alerts)
{
    const QList<Alert> started = m_watch.update(alerts);
    if (!m_icon)
        return;
    paintCount();
    const QString language = Localization::current();
    for (const Alert &alert : started) {
        m_icon->showMessage(tr("%1 is firing").arg(alert.name), alert.text(QStringLiteral("summary"), language),
                            alert.severity == QLatin1String("critical") ? QSystemTrayIcon::Critical
                                                                        : QSystemTrayIcon::Warning);
    }
}

void AlertTray::paintCount()
{
    if (!m_icon)
        return;
    const int count = m_watch.firing();
    m_icon->setToolTip(count > 0 ? tr("Lotse: %n alert(s) firing", nullptr, count) : tr("Lotse: no alert is firing"));
    QPixmap pixmap = QGuiApplication::windowIcon().pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    if (count > 0) {
        // A red badge with the count, as mail and chat clients show theirs.
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRect(24, 24, 40, 40));
        painter.setPen(Qt::white);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(count > 9 ? 20 : 26);
        painter.setFont(font);
        painter.drawText(QRect(24, 24, 40, 40), Qt::AlignCenter,
                         count > 99 ? QStringLiteral("99+") : QString::number(count));
    }
    m_icon->setIcon(QIcon(pixmap));
}

void AlertTray::retranslate()
{
    m_action->setText(tr("Alert &Notifications"));
    m_action->setToolTip(tr("Show the count of firing alerts in the system tray and tell when one starts firing"));
    paintCount();
}

} // namespace lotse
