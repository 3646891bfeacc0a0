#include "sources/redis/rediskind.h"

#include "sources/redis/redissource.h"

namespace lotse {

namespace {

QList<ViewInfo> lists()
{
    return {
        {.id = QStringLiteral("info"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Server information"),
         .keyColumns = {QStringLiteral("section"), QStringLiteral("field")},
         .usage = QStringLiteral("[SECTION]")},
        {.id = QStringLiteral("overview"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Overview"),
         .record = true},
        {.id = QStringLiteral("slowlog"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Slow log"),
         .keyColumns = {QStringLiteral("id")},
         .usage = QStringLiteral("[COUNT]")},
        {.id = QStringLiteral("keys-without-ttl"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Keys without TTL"),
         .keyColumns = {QStringLiteral("pattern")},
         .usage = QStringLiteral("PATTERN [limit=N]"),
         .record = true},
    };
}

QList<CardInfo> cards()
{
    constexpr auto Higher = Thresholds::Direction::HigherIsWorse;
    constexpr auto Lower = Thresholds::Direction::LowerIsWorse;
    return {
        // Eviction starts at maxmemory; 80 % leaves room for a burst, 95 % is at the edge.
        // Without a maxmemory the ratio is unknown, never good.
        {"memory_of_maxmemory", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Memory used (of maxmemory)"),
         "@overview value=memory_used_ratio", Unit::Ratio, Reduce::Max, Higher, 0.8, 0.95},
        {"used_memory", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Memory used"), "@overview value=used_memory",
         Unit::Bytes, Reduce::Max, Higher, std::nullopt, std::nullopt},
        // TMI's cache rule: hit rate < 50 % (contract); critical below 25 % as the TMI dashboard.
        {"hit_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Cache hit ratio"), "@overview value=hit_ratio",
         Unit::Ratio, Reduce::Min, Lower, 0.5, 0.25},
        {"connected_clients", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Connected clients"),
         "@overview value=connected_clients", Unit::Count, Reduce::Max, Higher, std::nullopt, std::nullopt},
    };
}

} // namespace

RedisKind::RedisKind()
    : SourceKind({.id = QStringLiteral("redis"),
                  .codeName = QStringLiteral("Redis"),
                  .productName = QStringLiteral("Redis"),
                  .displayName = QT_TRANSLATE_NOOP("lotse::SourceKind", "Redis"),
                  .defaultTimeoutMs = RedisSettings().timeoutMs,
                  .commandLine = {QT_TRANSLATE_NOOP("lotse::SourceOptions",
                                                    "Redis server to read from: redis://[user@]host:port/db, without a "
                                                    "password: it comes from LOTSE_REDIS_PASSWORD."),
                                  QT_TRANSLATE_NOOP("lotse::SourceOptions", "URL"), "LOTSE_REDIS_PASSWORD"},
                  // TLS stays in the form, so that a connection that has some is seen to have it (and is refused).
                  .formFields = databaseForm(QStringLiteral("redis://host:6379/0")),
                  .views = lists(),
                  .kpiCards = cards()})
{
}

std::expected<std::unique_ptr<Source>, Error> RedisKind::build(const Connection &connection,
                                                               const QString &secret) const
{
    auto settings = RedisSettings::fromUrl(connection.address);
    if (!settings)
        return std::unexpected(problemOf(connection, settings.error()));
    if (connection.tls != TlsSettings())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("%1: Lotse does not speak TLS to Redis yet; reach it through a TLS tunnel on "
                                        "loopback (stunnel, spiped) and leave the TLS fields empty.")
                                         .arg(connection.name)});
    logIn(*settings, connection, secret);
    settings->timeoutMs = timeoutOr(connection, settings->timeoutMs);
    return std::make_unique<RedisSource>(connection.name, *settings);
}

} // namespace lotse
