#include "checkcommand.h"
#include "diagnosecommand.h"
#include "localization.h"
#include "mainwindow.h"
#include "snapshotcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

bool isHeadless(const QString &command)
{
    return command == QLatin1String("snapshot") || command == QLatin1String("diagnose")
        || command == QLatin1String("check");
}

/// `--lang` may stand anywhere; it is read before any window exists.
QString requestedLanguage(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    for (const QString &argument : arguments) {
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return lotse::Localization::systemLanguage();
}

int runHeadless(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("snapshot"))
        return lotse::SnapshotCommand::run(arguments);
    if (command == QLatin1String("diagnose"))
        return lotse::DiagnoseCommand::run(arguments);
    return lotse::CheckCommand::run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Headless commands need no display: they paint PDFs offscreen.
    if (isHeadless(command))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lotse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lotse"));
    QApplication::setOrganizationName(QStringLiteral("lotse"));
    QApplication::setApplicationVersion(QStringLiteral(LOTSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.lotse.Lotse"));

    lotse::Localization localization;
    localization.setLanguage(requestedLanguage(app.arguments()));

    if (isHeadless(command)) {
        QStringList arguments = app.arguments();
        arguments.removeAt(1);  // the command itself
        return runHeadless(command, arguments);
    }
    lotse::MainWindow window(&localization);
    window.start(app.arguments());
    window.show();
    return app.exec();
}
