#include "window/startupoptions.h"

#include "commands/headlesscommand.h"
#include "commands/sourceoptions.h"
#include "connections/connectionsfile.h"
#include "sources/sourcekinds.h"

#include <QCommandLineParser>
#include <QFile>

namespace lotse {

namespace {

const QString kDefaultPrometheus = QStringLiteral("http://127.0.0.1:9090");
const QString kDefaultDashboard = QStringLiteral("demo");
const QStringList kSourceOptions = SourceKinds::ids();

} // namespace

void StartupOptions::addOptions(QCommandLineParser &parser)
{
    SourceOptions::addTo(parser);
    parser.addOption({QStringLiteral("dashboard"), tr("Built-in dashboard id or a dashboard file."), tr("ID|FILE"),
                      kDefaultDashboard});
    parser.addOption(
        {QStringLiteral("screenshot"), tr("Save a picture of the window after the first refresh."), tr("FILE")});
    parser.addOption({QStringLiteral("area"), tr("The area shown first: dashboard, databases or alerts."), tr("AREA")});
    parser.addOption(HeadlessCommand::variableOption());
}

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    // Options meant for others (Qt's own, future ones) are no reason to refuse to start.
    parser.parse(arguments);
    StartupOptions options;
    options.m_arguments = arguments;
    if (parser.isSet(QStringLiteral("lang")))
        options.language = parser.value(QStringLiteral("lang"));
    options.screenshot = parser.value(QStringLiteral("screenshot"));
    options.dashboard = parser.value(QStringLiteral("dashboard"));
    options.area = parser.value(QStringLiteral("area"));
    options.at = parser.value(QStringLiteral("at"));
    options.variables = parser.values(QStringLiteral("var"));
    // Connections (a file, else the user's own) unless sources are named on the command line.
    options.m_named = std::any_of(kSourceOptions.begin(), kSourceOptions.end(),
                                  [&parser](const QString &option) { return parser.isSet(option); });
    options.connectionsFile = parser.value(QStringLiteral("connections"));
    if (options.connectionsFile.isEmpty() && !options.m_named && QFile::exists(ConnectionsFile::userPath()))
        options.connectionsFile = ConnectionsFile::userPath();
    options.welcome = !options.m_named && options.connectionsFile.isEmpty()
        && !parser.isSet(QStringLiteral("dashboard")) && options.at.isEmpty();
    return options;
}

std::expected<void, QString> StartupOptions::buildSources(SourceRegistry &registry) const
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(m_named ? m_arguments
                         : QStringList(m_arguments) << QStringLiteral("--prometheus") << kDefaultPrometheus);
    return SourceOptions::build(parser, registry, false);
}

} // namespace lotse
