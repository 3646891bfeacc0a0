#include "connections/sourcefactory.h"

#include "sources/clickhouse/clickhousesource.h"
#include "sources/postgres/postgressource.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/redis/redissource.h"

namespace lotse {

namespace {

int timeoutOr(const Connection &connection, int fallbackMs)
{
    return connection.timeoutMs > 0 ? connection.timeoutMs : fallbackMs;
}

/// The connection's user and secret, where they override the address's.
template<typename Settings> void logIn(Settings &settings, const Connection &connection, const QString &secret)
{
    if (!connection.user.isEmpty())
        settings.user = connection.user;
    if (!secret.isEmpty())
        settings.password = secret;
}

} // namespace

std::expected<Source *, QString> SourceFactory::create(const Connection &connection, const QString &secret)
{
    if (connection.name.trimmed().isEmpty())
        return std::unexpected(tr("A connection needs a name."));
    switch (connection.kind) {
    case Connection::Kind::Prometheus: return prometheus(connection, secret);
    case Connection::Kind::Postgres: return postgres(connection, secret);
    case Connection::Kind::Redis: return redis(connection, secret);
    case Connection::Kind::ClickHouse: return clickhouse(connection, secret);
    }
    return std::unexpected(tr("Unknown kind of connection."));
}

std::expected<Source *, QString> SourceFactory::prometheus(const Connection &connection, const QString &secret)
{
    const QUrl url = QUrl::fromUserInput(connection.address);
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        return std::unexpected(tr("%1: the address needs to be an http:// or https:// URL, not \"%2\".")
                                   .arg(connection.name, connection.address));
    PrometheusSettings settings;
    settings.url = url;
    settings.timeoutMs = timeoutOr(connection, settings.timeoutMs);
    settings.auth = connection.auth;
    settings.user = connection.user;
    settings.secret = secret;
    settings.tls = connection.tls;
    for (const auto &[name, value] : connection.headers)
        settings.headers.append({name.toUtf8(), value.toUtf8()});
    return new PrometheusSource(connection.name, settings);
}

std::expected<Source *, QString> SourceFactory::postgres(const Connection &connection, const QString &secret)
{
    auto settings = PostgresSettings::fromDsn(connection.address);
    if (!settings)
        return std::unexpected(tr("%1: %2").arg(connection.name, settings.error()));
    logIn(*settings, connection, secret);
    const TlsSettings &tls = connection.tls;
    if (!tls.caFile.isEmpty()) {
        settings->options.insert(QStringLiteral("sslrootcert"), tls.caFile);
        // A CA of its own means the server is to be checked against it, name and all.
        if (!settings->options.contains(QStringLiteral("sslmode")))
            settings->options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    }
    if (!tls.clientCertFile.isEmpty())
        settings->options.insert(QStringLiteral("sslcert"), tls.clientCertFile);
    if (!tls.clientKeyFile.isEmpty())
        settings->options.insert(QStringLiteral("sslkey"), tls.clientKeyFile);
    if (!tls.pinnedSha256.isEmpty())
        return std::unexpected(tr("%1: PostgreSQL connections cannot pin a certificate; give the CA file that signed "
                                  "the server's certificate instead.")
                                   .arg(connection.name));
    settings->plainText = tls.off;
    settings->statementTimeoutMs = timeoutOr(connection, settings->statementTimeoutMs);
    return new PostgresSource(connection.name, *settings);
}

std::expected<Source *, QString> SourceFactory::redis(const Connection &connection, const QString &secret)
{
    auto settings = RedisSettings::fromUrl(connection.address);
    if (!settings)
        return std::unexpected(tr("%1: %2").arg(connection.name, settings.error()));
    if (connection.tls != TlsSettings())
        return std::unexpected(tr("%1: Lotse does not speak TLS to Redis yet; reach it through a TLS tunnel on "
                                  "loopback (stunnel, spiped) and leave the TLS fields empty.")
                                   .arg(connection.name));
    logIn(*settings, connection, secret);
    settings->timeoutMs = timeoutOr(connection, settings->timeoutMs);
    return new RedisSource(connection.name, *settings);
}

std::expected<Source *, QString> SourceFactory::clickhouse(const Connection &connection, const QString &secret)
{
    auto settings = ClickHouseSettings::fromUrl(connection.address);
    if (!settings)
        return std::unexpected(tr("%1: %2").arg(connection.name, settings.error()));
    logIn(*settings, connection, secret);
    settings->tls = connection.tls;
    settings->timeoutMs = timeoutOr(connection, settings->timeoutMs);
    return new ClickHouseSource(connection.name, *settings);
}

} // namespace lotse
