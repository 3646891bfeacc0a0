#include "commands/alertscommand.h"
#include "commands/checkcommand.h"
#include "commands/diagnosecommand.h"
#include "commands/importcommand.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "window/paintprobe.h"
#include "commands/querycommand.h"
#include "commands/snapshotcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <optional>

namespace {

bool isHeadless(const QString &command)
{
    return command == QLatin1String("snapshot") || command == QLatin1String("diagnose")
        || command == QLatin1String("check") || command == QLatin1String("query") || command == QLatin1String("alerts")
        || command == QLatin1String("import");
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

/// `lotse --help` and `lotse --version` answer on the terminal, without a window.
std::optional<int> answerOnTerminal(const QStringList &arguments)
{
    QTextStream out(stdout);
    if (arguments.contains(QStringLiteral("--version"))) {
        out << "lotse " << LOTSE_VERSION << Qt::endl;
        return 0;
    }
    if (!arguments.contains(QStringLiteral("--help")) && !arguments.contains(QStringLiteral("-h")))
        return std::nullopt;
    out << QCoreApplication::translate(
        "main",
        "Usage:\n"
        "  lotse [--prometheus URL] [--dashboard ID|FILE] [--at T] [--lang de|en]\n"
        "        the desktop application\n"
        "  lotse snapshot --dashboard ID|FILE|SNAPSHOT.lotse --prometheus URL [--at T]\n"
        "                 [--json FILE|-] [--pdf FILE] [--save FILE.lotse]\n"
        "        read a dashboard at one instant; export it as PDF or an offline snapshot\n"
        "  lotse diagnose --runbook ID|FILE --prometheus URL [--at T] [--json FILE|-] [--pdf FILE]\n"
        "        walk a runbook and report its findings\n"
        "  lotse query --prometheus URL | --postgres DSN | --redis URL | --clickhouse URL [--json] QUERY\n"
        "        run one read-only query the way checks do\n"
        "  lotse alerts --prometheus URL [--alertmanager URL] [--json FILE|-]\n"
        "        list firing and pending alerts with their runbooks\n"
        "  lotse check FILE...\n"
        "        validate dashboards and runbooks\n"
        "  lotse import grafana FILE.json [--out FILE.yaml] [--force]\n"
        "        translate a Grafana dashboard into a Lotse dashboard\n"
        "Each command explains its options with --help.\n");
    return 0;
}

int runHeadless(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("snapshot"))
        return lotse::SnapshotCommand::run(arguments);
    if (command == QLatin1String("diagnose"))
        return lotse::DiagnoseCommand::run(arguments);
    if (command == QLatin1String("query"))
        return lotse::QueryCommand::run(arguments);
    if (command == QLatin1String("alerts"))
        return lotse::AlertsCommand::run(arguments);
    if (command == QLatin1String("import"))
        return lotse::ImportCommand::run(arguments);
    return lotse::CheckCommand::run(arguments);
}

} // namespace

int main(int argc, char *argv[])
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Headless commands need no display: they paint PDFs offscreen. Nor do
    // --help and --version, which answer on the terminal.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    const bool terminalOnly = raw.contains(QStringLiteral("--help")) || raw.contains(QStringLiteral("-h"))
        || raw.contains(QStringLiteral("--version"));
    if (isHeadless(command) || terminalOnly)
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
        arguments.removeAt(1); // the command itself
        return runHeadless(command, arguments);
    }
    if (const auto answered = answerOnTerminal(app.arguments()))
        return *answered;
    lotse::PaintProbe::installIfAsked();
    lotse::MainWindow window(&localization);
    // Shown first: the dashboard's charts are then read once, at the width they are laid out at.
    window.show();
    window.start(app.arguments());
    return app.exec();
}
