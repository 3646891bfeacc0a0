#include "sourceoptions.h"

#include "clickhousesource.h"
#include "postgressource.h"
#include "prometheussource.h"
#include "redissource.h"

#include <QFile>
#include <QSaveFile>

namespace lotse {

void SourceOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("prometheus"), tr("Prometheus-compatible server to read from."), tr("URL")},
        {QStringLiteral("postgres"),
         tr("PostgreSQL database to read from: postgresql://user@host:5432/db or libpq's key=value form; "
            "the password may come from LOTSE_POSTGRES_PASSWORD."), tr("DSN")},
        {QStringLiteral("redis"),
         tr("Redis server to read from: redis://[user:password@]host:port/db; the password may come from "
            "LOTSE_REDIS_PASSWORD."), tr("URL")},
        {QStringLiteral("clickhouse"),
         tr("ClickHouse server to read from: http://host:8123/?user=NAME; the password may come from "
            "LOTSE_CLICKHOUSE_PASSWORD."), tr("URL")},
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

/// A password left out of the address may come from the environment (until the keychain holds it).
QString passwordOr(const QString &given, const char *variable)
{
    return given.isEmpty() ? qEnvironmentVariable(variable) : given;
}

std::expected<Source *, QString> prometheus(const QCommandLineParser &parser, int timeout)
{
    const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("prometheus")));
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        return std::unexpected(SourceOptions::tr("--prometheus needs an http:// or https:// URL, not \"%1\".")
                                   .arg(parser.value(QStringLiteral("prometheus"))));
    PrometheusSettings settings;
    settings.url = url;
    settings.timeoutMs = timeout;
    return new PrometheusSource(QStringLiteral("prometheus"), settings);
}

std::expected<Source *, QString> postgres(const QCommandLineParser &parser, int timeout)
{
    auto settings = PostgresSettings::fromDsn(parser.value(QStringLiteral("postgres")));
    if (!settings)
        return std::unexpected(SourceOptions::tr("--postgres: %1.").arg(settings.error()));
    settings->password = passwordOr(settings->password, "LOTSE_POSTGRES_PASSWORD");
    settings->statementTimeoutMs = timeout;
    return new PostgresSource(QStringLiteral("postgres"), *settings);
}

std::expected<Source *, QString> redis(const QCommandLineParser &parser, int timeout)
{
    auto settings = RedisSettings::fromUrl(parser.value(QStringLiteral("redis")));
    if (!settings)
        return std::unexpected(SourceOptions::tr("--redis: %1.").arg(settings.error()));
    settings->password = passwordOr(settings->password, "LOTSE_REDIS_PASSWORD");
    settings->timeoutMs = timeout;
    return new RedisSource(QStringLiteral("redis"), *settings);
}

std::expected<Source *, QString> clickhouse(const QCommandLineParser &parser, int timeout)
{
    auto settings = ClickHouseSettings::fromUrl(parser.value(QStringLiteral("clickhouse")));
    if (!settings)
        return std::unexpected(SourceOptions::tr("--clickhouse: %1.").arg(settings.error()));
    settings->password = passwordOr(settings->password, "LOTSE_CLICKHOUSE_PASSWORD");
    settings->timeoutMs = timeout;
    return new ClickHouseSource(QStringLiteral("clickhouse"), *settings);
}

} // namespace

std::expected<void, QString> SourceOptions::build(const QCommandLineParser &parser, SourceRegistry &registry)
{
    using Factory = std::expected<Source *, QString> (*)(const QCommandLineParser &, int);
    static const struct
    {
        const char *option;
        int defaultTimeoutMs;
        Factory make;
    } kinds[] = {
        {"prometheus", 30000, prometheus},
        {"postgres", 10000, postgres},
        {"redis", 10000, redis},
        {"clickhouse", 10000, clickhouse},
    };
    for (const auto &kind : kinds) {
        if (!parser.isSet(QLatin1String(kind.option)))
            continue;
        const auto timeout = timeoutMs(parser, kind.defaultTimeoutMs);
        if (!timeout)
            return std::unexpected(timeout.error());
        auto source = kind.make(parser, *timeout);
        if (!source)
            return std::unexpected(source.error());
        registry.add(*source);
    }
    if (registry.isEmpty())
        return std::unexpected(tr("No source given. Pass --prometheus URL, --postgres DSN, --redis URL or --clickhouse URL."));
    return {};
}

std::expected<QDateTime, QString> SourceOptions::instant(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("at")))
        return QDateTime::currentDateTimeUtc();
    const QString text = parser.value(QStringLiteral("at")).trimmed();
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
