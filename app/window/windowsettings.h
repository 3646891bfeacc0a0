#pragma once

#include "common/theme.h"
#include "layout/reportoptions.h"

#include <QObject>

class QMainWindow;

namespace lotse {

class Localization;

/// What the window keeps between runs (its geometry, the report options chosen
/// last, the folder files went to last) and the language it speaks.
class WindowSettings final : public QObject
{
    Q_OBJECT

public:
    /// @p localization may be null (tests): the default locale's language then.
    WindowSettings(Localization *localization, QObject *parent);

    /// "de" or "en".
    QString language() const;
    void setLanguage(const QString &language);
    /// View ▸ Theme as chosen last (System before the first choice).
    Theme::Mode theme() const;
    /// Keeps @p mode and applies it.
    void setTheme(Theme::Mode mode);

    /// Settings ▸ Alert Notifications: the tray icon and its notifications (on by default).
    bool alertNotifications() const;
    void setAlertNotifications(bool on);

    /// The geometry of the last run, else a size that fits the screen.
    void restoreWindow(QMainWindow *window) const;
    void saveWindow(const QMainWindow *window) const;

    /// Report options as last chosen, in the window's language.
    ReportOptions reportOptions() const;
    void rememberReportOptions(const ReportOptions &options) const;

    /// The folder a file was read from or written to last; empty before the first.
    QString lastDirectory() const;
    void rememberDirectoryOf(const QString &path) const;
    /// A new file named after @p stem and the time, in the folder used last.
    QString suggestedPath(const QString &stem, const QString &suffix) const;

private:
    Localization *m_localization;
};

} // namespace lotse
