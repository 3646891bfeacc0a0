#include "databases/databasekpis.h"

#include "sources/source.h"

#include <optional>

namespace lotse {

namespace {

/// One card of the table below: titles in both languages, as dashboards write them.
struct KpiRow
{
    const char *kind;
    const char *id;
    const char *en;
    const char *de;
    const char *query;
    Unit unit;
    Reduce reduce;
    Thresholds::Direction direction;
    std::optional<double> warning;
    std::optional<double> critical;
};

constexpr auto Higher = Thresholds::Direction::HigherIsWorse;
constexpr auto Lower = Thresholds::Direction::LowerIsWorse;

// Thresholds follow CONTRACT.md where a guide names one; otherwise why they were chosen is noted.
const KpiRow kRows[] = {
    // An OLTP working set should be served from shared_buffers: below 99 % reads go to disk
    // noticeably often, below 95 % the cache is clearly too small (common PostgreSQL guidance).
    {"postgres", "cache_hit_ratio", "Cache hit ratio", "Cache-Trefferquote",
     "SELECT round(100.0 * sum(blks_hit) / nullif(sum(blks_hit + blks_read), 0), 2)::float8 AS cache_hit_pct "
     "FROM pg_stat_database WHERE datname = current_database()",
     Unit::Percent, Reduce::Min, Lower, 99, 95},
    // TMI's database rule: active/max connections > 90 %; critical as KATO's pool card (98 %).
    {"postgres", "connections_used", "Connections used (of max_connections)",
     "Verbindungen belegt (von max_connections)", "@connections value=used_pct", Unit::Percent, Reduce::Max, Higher, 90,
     98},
    // As @tables' needs_vacuum: > 10 % dead among tables with more than 1000 dead tuples;
    // critical past autovacuum's own trigger (scale factor 0.2): it is not keeping up.
    {"postgres", "dead_tuple_ratio", "Dead tuples (worst table)", "Tote Tupel (schlechteste Tabelle)",
     "SELECT coalesce(max(n_dead_tup::float8 / nullif(n_live_tup + n_dead_tup, 0)) FILTER (WHERE n_dead_tup > 1000), 0) "
     "AS dead_ratio FROM pg_stat_user_tables",
     Unit::Ratio, Reduce::Max, Higher, 0.1, 0.2},
    // Any session waiting on another's lock deserves a look; five is a pile-up.
    {"postgres", "blocked_sessions", "Sessions waiting on locks", "Sitzungen, die auf Sperren warten",
     "SELECT count(*) AS blocked FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0", Unit::Count,
     Reduce::Max, Higher, 0, 5},

    // Eviction starts at maxmemory; 80 % leaves room for a burst, 95 % is at the edge.
    // Without a maxmemory the ratio is unknown, never good.
    {"redis", "memory_of_maxmemory", "Memory used (of maxmemory)", "Speicher belegt (von maxmemory)",
     "@overview value=memory_used_ratio", Unit::Ratio, Reduce::Max, Higher, 0.8, 0.95},
    {"redis", "used_memory", "Memory used", "Speicher belegt", "@overview value=used_memory", Unit::Bytes, Reduce::Max,
     Higher, std::nullopt, std::nullopt},
    // TMI's cache rule: hit rate < 50 % (contract); critical below 25 % as the TMI dashboard.
    {"redis", "hit_ratio", "Cache hit ratio", "Cache-Trefferquote", "@overview value=hit_ratio", Unit::Ratio,
     Reduce::Min, Lower, 0.5, 0.25},
    {"redis", "connected_clients", "Connected clients", "Verbundene Clients", "@overview value=connected_clients",
     Unit::Count, Reduce::Max, Higher, std::nullopt, std::nullopt},

    // KATO's latency.database rule: ClickHouse mean query time > 0.1 s (contract), critical
    // above 0.5 s as its dashboard. Monitoring reads of system tables are left out; an idle
    // server (no query in the hour) is fast, not unknown. toUInt8 reads the type on old and
    // new servers alike (a number before 19.13, an Enum8 since; 2 = QueryFinish).
    {"clickhouse", "mean_query_time", "Mean query time (last hour)", "Mittlere Abfragezeit (letzte Stunde)",
     "SELECT if(count() > 0, avg(query_duration_ms) / 1000, 0) AS mean_s FROM system.query_log "
     "WHERE toUInt8(type) = 2 AND event_date >= yesterday() AND event_time > now() - 3600 "
     "AND query NOT LIKE '%system.%'",
     Unit::Seconds, Reduce::Max, Higher, 0.1, 0.5},
    // Monitoring reads of system tables (Lotse's own among them) do not count.
    {"clickhouse", "running_queries", "Running queries", "Laufende Abfragen",
     "SELECT count() AS running FROM system.processes WHERE query NOT LIKE '%system.%'", Unit::Count, Reduce::Max,
     Higher, std::nullopt, std::nullopt},
    // MergeTree's own limits: inserts are delayed from 150 active parts and refused from 300.
    {"clickhouse", "active_parts", "Active parts (busiest table)", "Aktive Parts (meiste einer Tabelle)",
     "SELECT max(parts) AS parts FROM (SELECT count() AS parts FROM system.parts WHERE active GROUP BY database, table)",
     Unit::Count, Reduce::Max, Higher, 150, 300},
    {"clickhouse", "largest_table", "Largest table", "Größte Tabelle", "@table-sizes value=bytes", Unit::Bytes,
     Reduce::Max, Higher, std::nullopt, std::nullopt},
};

KpiSpec specFrom(const KpiRow &row, const QString &source)
{
    KpiSpec spec;
    spec.id = QLatin1String(row.id);
    spec.title = {QString::fromUtf8(row.en), QString::fromUtf8(row.de)};
    spec.source = source;
    spec.query = QLatin1String(row.query);
    spec.unit = row.unit;
    spec.reduce = row.reduce;
    spec.thresholds.direction = row.direction;
    spec.thresholds.warning = row.warning;
    spec.thresholds.critical = row.critical;
    return spec;
}

} // namespace

Dashboard DatabaseKpis::dashboardFor(const Source &source, int refreshSeconds)
{
    Dashboard dashboard;
    dashboard.id = QStringLiteral("database-") + source.name();
    dashboard.title = {source.name(), source.name()};
    dashboard.refreshSeconds = refreshSeconds;
    dashboard.sources.append({source.name(), source.kind()});
    for (const KpiRow &row : kRows) {
        if (source.kind() == QLatin1String(row.kind))
            dashboard.kpis.append(specFrom(row, source.name()));
    }
    return dashboard;
}

} // namespace lotse
