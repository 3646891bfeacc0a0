#include "commands/sourceoptions.h"

#include "connections/connectionsfile.h"
#include "secretstore.h"
#include "connections/sourcefactory.h"
#include "sources/sourcekinds.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

namespace lotse {

void SourceOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("connections"),
                      tr("Connections file naming the sources (docs/connections.md); secrets come from the keychain "
                         "or from the environment variables it names."),
                      tr("FILE")});
    // One option per kind, named by its id: --prometheus URL, --postgres DSN, …
    for (const SourceKind *kind : SourceKinds::all()) {
        const SourceKind::CommandLine &option = kind->commandLine();
        parser.addOption({kind->id(), tr(option.help), tr(option.valueName)});
    }
    parser.addOptions({
        {QStringLiteral("timeout"),
         tr("Seconds a query may take (default 30 for Prometheus, 10 for databases: their statement timeout)."),
         tr("SECONDS")},
        {QStringLiteral("at"), tr("Instant to read, RFC 3339 or Unix seconds (default: now)."), tr("TIME")},
        {QStringLiteral("lang"), tr("Language of the output: en or de."), tr("LANG")},
    });
}

namespace {

/// The timeout for a source: --timeout when given, else @p fallbackMs.
std::expected<int, QString> timeoutMs(const QCommandLineParser &parser, int fallbackMs)
{
    if (!parser.isSet(QStringLiteral("timeout")))
        return fallbackMs;
    bool ok = false;
    const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || seconds <= 0)
        return std::unexpected(SourceOptions::tr("--timeout needs a positive number of seconds."));
    return int(seconds * 1000);
}

/// A source named on the command line is a connection called by its kind.
Connection commandLineConnection(const QCommandLineParser &parser, const SourceKind &kind, int timeoutMs)
{
    Connection connection;
    connection.kind = kind.id();
    connection.name = kind.id();
    connection.address = parser.value(connection.name);
    connection.timeoutMs = timeoutMs;
    return connection;
}

/// A database password left out of the address may come from the environment.
QString environmentSecret(const SourceKind &kind)
{
    const char *variable = kind.commandLine().passwordVariable;
    return variable ? qEnvironmentVariable(variable) : QString();
}

/// Whether @p address carries a password: user:password@ in a URL,
/// ?password= (ClickHouse) or libpq's password=… keyword.
bool carriesPassword(const QString &address)
{
    static const QRegularExpression keyword(QStringLiteral("(^|\\s)password\\s*="));
    const QUrl url(address.trimmed(), QUrl::TolerantMode);
    if (url.isValid() && !url.scheme().isEmpty() && url.scheme().size() > 1)
        return !url.password().isEmpty() || QUrlQuery(url).hasQueryItem(QStringLiteral("password"));
    return keyword.match(address).hasMatch();
}

/// "--connections FILE, --prometheus URL, … or --clickhouse URL".
QString sourceOptionsText()
{
    QStringList options{QStringLiteral("--connections ") + SourceOptions::tr("FILE")};
    for (const SourceKind *kind : SourceKinds::all())
        options.append(QStringLiteral("--") + kind->id() + QLatin1Char(' ')
                       + SourceOptions::tr(kind->commandLine().valueName));
    return SourceKinds::alternatives(options);
}

/// The secret of a connection from a connections file: the environment
/// variable it names when that is set, else the OS keychain.
std::expected<QString, QString> fileSecret(const Connection &connection)
{
    if (const auto fromEnvironment = connection.environmentSecret())
        return *fromEnvironment;
    if (!connection.usesSecret)
        return QString();
    auto stored = SecretStore::readNow(connection.name, 15000);
    if (stored)
        return *stored;
    const QString hint = connection.secretEnv.isEmpty()
        ? SourceOptions::tr("store it with the Connections dialog, or name an environment variable "
                            "with secret_env")
        : SourceOptions::tr("set %1, or store it with the Connections dialog").arg(connection.secretEnv);
    return std::unexpected(SourceOptions::tr("No secret for the connection \"%1\": %2. (%3)")
                               .arg(connection.name, hint, stored.error().message));
}

std::expected<void, QString> addFromFile(const QString &path, SourceRegistry &registry)
{
    const auto connections = ConnectionsFile::read(path);
    if (!connections)
        return std::unexpected(diagnosticsText(connections.error()));
    for (const Connection &connection : *connections) {
        const auto secret = fileSecret(connection);
        if (!secret)
            return std::unexpected(secret.error());
        auto source = SourceFactory::create(connection, *secret);
        if (!source)
            return std::unexpected(source.error().message);
        registry.add(source->release());
    }
    return {};
}

} // namespace

std::expected<void, QString> SourceOptions::build(const QCommandLineParser &parser, SourceRegistry &registry,
                                                  bool connectionsFile)
{
    if (connectionsFile && parser.isSet(QStringLiteral("connections"))) {
        if (const auto added = addFromFile(parser.value(QStringLiteral("connections")), registry); !added)
            return added;
    }
    for (const SourceKind *kind : SourceKinds::all()) {
        if (!parser.isSet(kind->id()))
            continue;
        // Any user of the machine reads a command line (ps, /proc): never a password there.
        if (const char *variable = kind->commandLine().passwordVariable;
            variable && carriesPassword(parser.value(kind->id()))) {
            return std::unexpected(tr("--%1 carries a password, which anyone on this machine can read in the list of "
                                      "processes: leave it out and set %2 instead.")
                                       .arg(kind->id(), QLatin1String(variable)));
        }
        const auto timeout = timeoutMs(parser, kind->defaultTimeoutMs());
        if (!timeout)
            return std::unexpected(timeout.error());
        auto source = SourceFactory::create(commandLineConnection(parser, *kind, *timeout), environmentSecret(*kind));
        if (!source)
            return std::unexpected(tr("--%1").arg(source.error().message));
        registry.add(source->release());
    }
    if (registry.isEmpty())
        return std::unexpected(tr("No source given. Pass %1.").arg(sourceOptionsText()));
    return {};
}

std::expected<QDateTime, QString> SourceOptions::instant(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("at")))
        return QDateTime::currentDateTimeUtc();
    return instantFrom(parser.value(QStringLiteral("at")));
}

std::expected<QDateTime, QString> SourceOptions::instantFrom(const QString &given)
{
    const QString text = given.trimmed();
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::unexpected(tr("--at needs RFC 3339 (2026-01-15T12:00:00Z) or Unix seconds, not \"%1\".").arg(text));
    return at.toUTC();
}

std::expected<void, QString> SourceOptions::write(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return std::unexpected(tr("Cannot write to standard output."));
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(target, file.errorString()));
    return {};
}

} // namespace lotse
