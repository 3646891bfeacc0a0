#pragma once

#include "alerts/firingwatch.h"

#include <QObject>

class QAction;
class QSystemTrayIcon;

namespace lotse {

class WindowSettings;

/// The tray icon: the count of firing alerts on Lotse's icon, and a desktop
/// notification when an alert starts firing. Only where the desktop has a
/// system tray; Settings ▸ Alert Notifications (action()) turns both off.
class AlertTray final : public QObject
{
    Q_OBJECT

public:
    AlertTray(WindowSettings *settings, QObject *parent);

    /// Shows the count of @p alerts that fire and tells of each that started.
    void show(const QList<Alert> &alerts);
    /// The checkable Settings action, kept in the settings.
    QAction *action() const { return m_action; }
    /// The tray icon, while it is shown.
    QSystemTrayIcon *icon() const { return m_icon; }
    void retranslate();

private:
    void apply();
    void paintCount();

    WindowSettings *m_settings;
    QAction *m_action;
    QSystemTrayIcon *m_icon = nullptr;
    FiringWatch m_watch;
};

} // namespace lotse
