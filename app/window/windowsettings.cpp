#include "window/windowsettings.h"

#include "core/localization.h"

#include <QDir>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace lotse {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kReportPageKey = QStringLiteral("report/page");
const QString kReportOrientationKey = QStringLiteral("report/orientation");
const QString kFileDirectoryKey = QStringLiteral("files/directory");
const QString kThemeKey = QStringLiteral("window/theme");
const QString kAlertNotificationsKey = QStringLiteral("alerts/notifications");

} // namespace

WindowSettings::WindowSettings(Localization *localization, QObject *parent)
    : QObject(parent)
    , m_localization(localization)
{
}

QString WindowSettings::language() const
{
    return m_localization ? m_localization->language() : Localization::current();
}

void WindowSettings::setLanguage(const QString &language)
{
    if (m_localization)
        m_localization->setLanguage(language);
}

Theme::Mode WindowSettings::theme() const
{
    return Theme::fromId(QSettings().value(kThemeKey).toString()).value_or(Theme::Mode::System);
}

void WindowSettings::setTheme(Theme::Mode mode)
{
    QSettings().setValue(kThemeKey, Theme::id(mode));
    Theme::apply(mode);
}

bool WindowSettings::alertNotifications() const
{
    return QSettings().value(kAlertNotificationsKey, true).toBool();
}

void WindowSettings::setAlertNotifications(bool on)
{
    QSettings().setValue(kAlertNotificationsKey, on);
}

void WindowSettings::restoreWindow(QMainWindow *window) const
{
    const QSettings settings;
    if (window->restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        window->restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    const QSize available = window->screen() ? window->screen()->availableGeometry().size() : QSize(1280, 800);
    window->resize(QSize(1280, 800).boundedTo(available));
}

void WindowSettings::saveWindow(const QMainWindow *window) const
{
    QSettings settings;
    settings.setValue(kGeometryKey, window->saveGeometry());
    settings.setValue(kStateKey, window->saveState());
}

ReportOptions WindowSettings::reportOptions() const
{
    const QSettings settings;
    ReportOptions options;
    options.pageSize = ReportOptions::pageSizeFrom(settings.value(kReportPageKey).toString()).value_or(QPageSize::A4);
    options.orientation = ReportOptions::orientationFrom(settings.value(kReportOrientationKey).toString())
                              .value_or(QPageLayout::Portrait);
    options.language = language();
    return options;
}

void WindowSettings::rememberReportOptions(const ReportOptions &options) const
{
    QSettings settings;
    settings.setValue(kReportPageKey,
                      options.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(kReportOrientationKey,
                      options.orientation == QPageLayout::Landscape ? QStringLiteral("landscape")
                                                                    : QStringLiteral("portrait"));
}

QString WindowSettings::lastDirectory() const
{
    return QSettings().value(kFileDirectoryKey).toString();
}

void WindowSettings::rememberDirectoryOf(const QString &path) const
{
    QSettings().setValue(kFileDirectoryKey, QFileInfo(path).absolutePath());
}

QString WindowSettings::suggestedPath(const QString &stem, const QString &suffix) const
{
    // The folder used last, else Documents where there is one, else home.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString directory
        = QSettings().value(kFileDirectoryKey, QDir(documents).exists() ? documents : QDir::homePath()).toString();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return QDir(directory).filePath(QStringLiteral("%1-%2.%3").arg(stem, stamp, suffix));
}

} // namespace lotse
