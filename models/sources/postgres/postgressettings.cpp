#include "sources/postgres/postgressettings.h"

#include "core/addressredaction.h"

#include <QFile>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

namespace lotse {

namespace {

/// libpq parameters that QSqlDatabase takes through its own setters.
bool isCoreKey(const QString &key)
{
    return key == QLatin1String("host") || key == QLatin1String("port") || key == QLatin1String("dbname")
        || key == QLatin1String("user") || key == QLatin1String("password") || key == QLatin1String("connect_timeout");
}

/// Sets a core key of @p settings; returns an error text for a bad value.
QString apply(PostgresSettings &settings, const QString &key, const QString &value)
{
    bool ok = true;
    if (key == QLatin1String("host"))
        settings.host = value;
    else if (key == QLatin1String("port"))
        settings.port = value.toInt(&ok);
    else if (key == QLatin1String("dbname"))
        settings.database = value;
    else if (key == QLatin1String("user"))
        settings.user = value;
    else if (key == QLatin1String("password"))
        settings.password = value;
    else if (key == QLatin1String("connect_timeout"))
        settings.connectTimeoutS = value.toInt(&ok);
    else
        settings.options.insert(key, value);
    if (!ok || settings.port <= 0 || settings.port > 65535 || settings.connectTimeoutS < 0)
        return PostgresSettings::tr("\"%1\" is not a valid %2").arg(value, key);
    return {};
}

std::expected<PostgresSettings, Error> fromUri(const QString &dsn)
{
    const QUrl url(dsn, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  PostgresSettings::tr("cannot read the URI: %1").arg(AddressRedaction::redact(url.errorString()))});
    PostgresSettings settings;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    settings.database = url.path(QUrl::FullyDecoded).mid(1);
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (const QString problem = apply(settings, key, value); !problem.isEmpty())
            return std::unexpected(Error{Error::Kind::Invalid, problem});
    }
    return settings;
}

/// key=value pairs separated by spaces; values may be 'quoted' with \' and \\ escapes.
std::expected<PostgresSettings, Error> fromKeywords(const QString &dsn)
{
    PostgresSettings settings;
    qsizetype at = 0;
    const auto skipSpace = [&] {
        while (at < dsn.size() && dsn.at(at).isSpace())
            ++at;
    };
    while (skipSpace(), at < dsn.size()) {
        const qsizetype equals = dsn.indexOf(QLatin1Char('='), at);
        if (equals < 0)
            return std::unexpected(
                Error{Error::Kind::Invalid,
                      PostgresSettings::tr("\"%1\" has no '=' and value").arg(AddressRedaction::redact(dsn.mid(at)))});
        const QString key = dsn.mid(at, equals - at).trimmed();
        at = equals + 1;
        skipSpace();
        QString value;
        if (at < dsn.size() && dsn.at(at) == QLatin1Char('\'')) {
            for (++at; at < dsn.size() && dsn.at(at) != QLatin1Char('\''); ++at) {
                if (dsn.at(at) == QLatin1Char('\\') && at + 1 < dsn.size())
                    ++at;
                value.append(dsn.at(at));
            }
            if (at >= dsn.size())
                return std::unexpected(Error{Error::Kind::Invalid,
                                             PostgresSettings::tr("the value of %1 lacks its closing quote").arg(key)});
            ++at;
        } else {
            while (at < dsn.size() && !dsn.at(at).isSpace())
                value.append(dsn.at(at++));
        }
        if (const QString problem = apply(settings, key, value); !problem.isEmpty())
            return std::unexpected(Error{Error::Kind::Invalid, problem});
    }
    return settings;
}

/// Quotes a libpq value so that spaces, quotes and backslashes survive.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

std::expected<PostgresSettings, Error> PostgresSettings::fromDsn(const QString &dsn)
{
    const QString text = dsn.trimmed();
    if (text.isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid, tr("the connection string is empty")});
    auto settings = text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
        ? fromUri(text)
        : fromKeywords(text);
    if (settings && settings->options.contains(QStringLiteral("options")))
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  tr("the libpq parameter \"options\" is reserved: Lotse sets the session read-only with it")});
    const QString sslmode = settings ? settings->options.value(QStringLiteral("sslmode")) : QString();
    if (!sslmode.isEmpty() && sslmode != QLatin1String("verify-full")) {
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("sslmode=%1 checks less than verify-full: remove the key sslmode, since Lotse "
                                        "verifies the server's certificate by default, or set tls: off on a connection "
                                        "to a server without TLS")
                                         .arg(sslmode)});
    }
    return settings;
}

QString PostgresSettings::location() const
{
    QString where = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        where += user + QLatin1Char('@');
    const QString address = options.value(QStringLiteral("hostaddr"));
    where += !host.isEmpty() ? host : !address.isEmpty() ? address : QStringLiteral("localhost");
    where += QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + (database.isEmpty() ? user : database);
    return where;
}

bool PostgresSettings::isLocal() const
{
    // The name decides, not hostaddr: verify-full checks the certificate against the name.
    const QString where = !host.isEmpty() ? host : options.value(QStringLiteral("hostaddr"));
    if (where.isEmpty())
        return true; // libpq's default: the Unix socket
    for (const QString &one : where.split(QLatin1Char(','))) {
        const QString name = one.trimmed();
        const bool local = name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('@'))
            || name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(name).isLoopback();
        if (!local)
            return false;
    }
    return true;
}

QString PostgresSettings::systemCaFile()
{
    // Debian and Ubuntu; Fedora and RHEL; openSUSE; Alpine, the BSDs and macOS.
    for (const char *path : {"/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                             "/etc/ssl/ca-bundle.pem", "/etc/ssl/cert.pem"}) {
        if (QFile::exists(QLatin1String(path)))
            return QLatin1String(path);
    }
    return QStringLiteral("system"); // libpq 16 reads this as the system's CAs
}

QString PostgresSettings::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!isCoreKey(it.key()) && it.key() != QLatin1String("sslmode") && it.key() != QLatin1String("sslrootcert"))
            parts.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    }
    // libpq's own default (prefer) sends the password in clear to a server
    // that declines TLS. Off this machine, TLS is verified or explicitly off.
    if (plainText) {
        parts.append(QStringLiteral("sslmode=disable"));
    } else if (!isLocal() || options.contains(QStringLiteral("sslmode"))) {
        parts.append(QStringLiteral("sslmode=verify-full"));
        parts.append(QStringLiteral("sslrootcert=")
                     + quoted(options.value(QStringLiteral("sslrootcert"), systemCaFile())));
    } else if (options.contains(QStringLiteral("sslrootcert"))) {
        parts.append(QStringLiteral("sslrootcert=") + quoted(options.value(QStringLiteral("sslrootcert"))));
    }
    if (!options.contains(QStringLiteral("application_name")))
        parts.append(QStringLiteral("application_name=lotse"));
    parts.append(QStringLiteral("connect_timeout=%1").arg(connectTimeoutS));
    // A dead server is noticed within about 20 s instead of the kernel's two hours.
    parts.append(QStringLiteral("keepalives_idle=10 keepalives_interval=5 keepalives_count=2"));
    // The second guard after the READ ONLY transaction: should a statement ever
    // end that transaction, the next one starts read-only too. The guard's lexer
    // reads '…' strings with standard_conforming_strings on.
    parts.append(QStringLiteral("options='-c default_transaction_read_only=on -c standard_conforming_strings=on'"));
    // QPSQL turns ';' into ' '; none of the values above holds one.
    return parts.join(QLatin1Char(';'));
}

} // namespace lotse
