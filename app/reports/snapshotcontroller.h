#pragma once

#include <QObject>

class QWidget;

namespace lotse {

class DashboardController;
class Notifier;
class Snapshot;
class WindowSettings;

/// File ▸ Save Snapshot and Open Snapshot: keeps what the dashboard shows,
/// with every answer its sources gave, in a `.lotse` file, and shows such a
/// file in place of the dashboard. Files are read and written on worker threads.
class SnapshotController final : public QObject
{
    Q_OBJECT

public:
    SnapshotController(DashboardController *dashboards, const WindowSettings *settings, Notifier *notifier,
                       QWidget *window);

    /// Saves what the dashboard shows to @p path (after the refresh under way, if any); saved() follows.
    void save(const QString &path);
    /// Reads @p path and shows it in place of the dashboard; opened() follows.
    void open(const QString &path);
    void chooseFileToSave();
    void chooseFileToOpen();
    /// What the banner above a snapshot says: when it was taken and saved, and where it is.
    static QString describe(const Snapshot &snapshot);

Q_SIGNALS:
    void saved(const QString &path);
    void opened(const QString &path);

private:
    DashboardController *m_dashboards;
    const WindowSettings *m_settings;
    Notifier *m_notifier;
    QWidget *m_window;
};

} // namespace lotse
