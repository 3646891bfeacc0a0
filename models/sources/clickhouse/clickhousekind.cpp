#include "sources/clickhouse/clickhousekind.h"

#include "sources/clickhouse/clickhousesource.h"

namespace lotse {

namespace {

QList<ViewInfo> lists()
{
    return {
        {.id = QStringLiteral("slow-queries"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Slow queries"),
         .keyColumns = {QStringLiteral("query_id")},
         .usage = QStringLiteral("[limit=N]")},
        {.id = QStringLiteral("running-queries"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Running queries"),
         .keyColumns = {QStringLiteral("query_id")}},
        {.id = QStringLiteral("table-sizes"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Table sizes"),
         .keyColumns = {QStringLiteral("database"), QStringLiteral("table")}},
    };
}

QList<CardInfo> cards()
{
    constexpr auto Higher = Thresholds::Direction::HigherIsWorse;
    return {
        // KATO's latency.database rule: ClickHouse mean query time > 0.1 s (contract), critical
        // above 0.5 s as its dashboard. Monitoring reads of system tables are left out; an idle
        // server (no query in the hour) is fast, not unknown. toUInt8 reads the type on old and
        // new servers alike (a number before 19.13, an Enum8 since; 2 = QueryFinish).
        {"mean_query_time", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Mean query time (last hour)"),
         "SELECT if(count() > 0, avg(query_duration_ms) / 1000, 0) AS mean_s FROM system.query_log "
         "WHERE toUInt8(type) = 2 AND event_date >= yesterday() AND event_time > now() - 3600 "
         "AND query NOT LIKE '%system.%'",
         Unit::Seconds, Reduce::Max, Higher, 0.1, 0.5},
        // Monitoring reads of system tables (Lotse's own among them) do not count.
        {"running_queries", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Running queries"),
         "SELECT count() AS running FROM system.processes WHERE query NOT LIKE '%system.%'", Unit::Count, Reduce::Max,
         Higher, std::nullopt, std::nullopt},
        // MergeTree's own limits: inserts are delayed from 150 active parts and refused from 300.
        {"active_parts", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Active parts (busiest table)"),
         "SELECT max(parts) AS parts FROM (SELECT count() AS parts FROM system.parts WHERE active GROUP BY database, "
         "table)",
         Unit::Count, Reduce::Max, Higher, 150, 300},
        {"largest_table", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Largest table"), "@table-sizes value=bytes",
         Unit::Bytes, Reduce::Max, Higher, std::nullopt, std::nullopt},
    };
}

} // namespace

ClickHouseKind::ClickHouseKind()
    : SourceKind({.id = QStringLiteral("clickhouse"),
                  .codeName = QStringLiteral("ClickHouse"),
                  .productName = QStringLiteral("ClickHouse"),
                  .displayName = QT_TRANSLATE_NOOP("lotse::SourceKind", "ClickHouse"),
                  .defaultTimeoutMs = ClickHouseSettings().timeoutMs,
                  .commandLine = {QT_TRANSLATE_NOOP("lotse::SourceOptions",
                                                    "ClickHouse server to read from: http://host:8123/?user=NAME, "
                                                    "without a password: it comes from LOTSE_CLICKHOUSE_PASSWORD."),
                                  QT_TRANSLATE_NOOP("lotse::SourceOptions", "URL"), "LOTSE_CLICKHOUSE_PASSWORD"},
                  .formFields = databaseForm(QStringLiteral("http://host:8123/"), true),
                  .views = lists(),
                  .kpiCards = cards()})
{
}

std::expected<std::unique_ptr<Source>, Error> ClickHouseKind::build(const Connection &connection,
                                                                    const QString &secret) const
{
    auto settings = ClickHouseSettings::fromUrl(connection.address);
    if (!settings)
        return std::unexpected(problemOf(connection, settings.error()));
    logIn(*settings, connection, secret);
    settings->tls = connection.tls;
    settings->timeoutMs = timeoutOr(connection, settings->timeoutMs);
    if (connection.maxBodyMb > 0)
        settings->maxBodyBytes = qint64(connection.maxBodyMb) << 20;
    settings->compress = connection.compress;
    return std::make_unique<ClickHouseSource>(connection.name, *settings);
}

} // namespace lotse
