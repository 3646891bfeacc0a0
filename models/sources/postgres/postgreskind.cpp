#include "sources/postgres/postgreskind.h"

#include "sources/postgres/postgressource.h"

namespace lotse {

namespace {

QList<ViewInfo> lists()
{
    const QString query = QStringLiteral("query");
    return {
        {.id = QStringLiteral("top-statements"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Top statements"),
         .keyColumns = {QStringLiteral("queryid"), QStringLiteral("database"), QStringLiteral("role")},
         .usage = QStringLiteral("[order=total|mean] [limit=N]"),
         .statementColumns = {query}},
        {.id = QStringLiteral("long-running"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Long-running statements"),
         .keyColumns = {QStringLiteral("pid")},
         .usage = QStringLiteral("[MIN_SECONDS]"),
         .statementColumns = {query}},
        {.id = QStringLiteral("blocking"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Blocking chains"),
         .keyColumns = {QStringLiteral("blocked_pid"), QStringLiteral("blocking_pid")},
         .statementColumns = {QStringLiteral("blocked_statement"), QStringLiteral("blocking_statement")}},
        {.id = QStringLiteral("tables"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Tables and vacuum"),
         .keyColumns = {QStringLiteral("schema"), QStringLiteral("table")}},
        {.id = QStringLiteral("indexes"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Index usage"),
         .keyColumns = {QStringLiteral("schema"), QStringLiteral("index")}},
        {.id = QStringLiteral("missing-indexes"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Missing-index candidates"),
         .keyColumns = {QStringLiteral("schema"), QStringLiteral("table"), QStringLiteral("column")}},
        {.id = QStringLiteral("database"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Database statistics"),
         .keyColumns = {QStringLiteral("database")}},
        {.id = QStringLiteral("connections"),
         .title = QT_TRANSLATE_NOOP("lotse::DatabaseViews", "Connections"),
         .record = true},
    };
}

QList<CardInfo> cards()
{
    constexpr auto Higher = Thresholds::Direction::HigherIsWorse;
    constexpr auto Lower = Thresholds::Direction::LowerIsWorse;
    return {
        // An OLTP working set should be served from shared_buffers: below 99 % reads go to disk
        // noticeably often, below 95 % the cache is clearly too small (common PostgreSQL guidance).
        {"cache_hit_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Cache hit ratio"),
         "SELECT round(100.0 * sum(blks_hit) / nullif(sum(blks_hit + blks_read), 0), 2)::float8 AS cache_hit_pct "
         "FROM pg_stat_database WHERE datname = current_database()",
         Unit::Percent, Reduce::Min, Lower, 99, 95},
        // TMI's database rule: active/max connections > 90 %; critical as KATO's pool card (98 %).
        {"connections_used", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Connections used (of max_connections)"),
         "@connections value=used_pct", Unit::Percent, Reduce::Max, Higher, 90, 98},
        // As @tables' needs_vacuum: > 10 % dead among tables with more than 1000 dead tuples;
        // critical past autovacuum's own trigger (scale factor 0.2): it is not keeping up.
        {"dead_tuple_ratio", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Dead tuples (worst table)"),
         "SELECT coalesce(max(n_dead_tup::float8 / nullif(n_live_tup + n_dead_tup, 0)) "
         "FILTER (WHERE n_dead_tup > 1000), 0) AS dead_ratio FROM pg_stat_user_tables",
         Unit::Ratio, Reduce::Max, Higher, 0.1, 0.2},
        // Any session waiting on another's lock deserves a look; five is a pile-up.
        {"blocked_sessions", QT_TRANSLATE_NOOP("lotse::DatabaseKpis", "Sessions waiting on locks"),
         "SELECT count(*) AS blocked FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0", Unit::Count,
         Reduce::Max, Higher, 0, 5},
    };
}

} // namespace

PostgresKind::PostgresKind()
    : SourceKind({.id = QStringLiteral("postgres"),
                  .codeName = QStringLiteral("Postgres"),
                  .productName = QStringLiteral("PostgreSQL"),
                  .displayName = QT_TRANSLATE_NOOP("lotse::SourceKind", "PostgreSQL"),
                  .addressKey = QStringLiteral("dsn"),
                  .defaultTimeoutMs = PostgresSettings().statementTimeoutMs,
                  .tlsMayBeOff = true,
                  .commandLine = {QT_TRANSLATE_NOOP("lotse::SourceOptions",
                                                    "PostgreSQL database to read from: postgresql://user@host:5432/db "
                                                    "or libpq's key=value form, without a password: it comes from "
                                                    "LOTSE_POSTGRES_PASSWORD."),
                                  QT_TRANSLATE_NOOP("lotse::SourceOptions", "DSN"), "LOTSE_POSTGRES_PASSWORD"},
                  .formFields = databaseForm(QStringLiteral("postgresql://user@host:5432/db")),
                  .views = lists(),
                  .kpiCards = cards()})
{
}

std::expected<std::unique_ptr<Source>, Error> PostgresKind::build(const Connection &connection,
                                                                  const QString &secret) const
{
    auto settings = PostgresSettings::fromDsn(connection.address);
    if (!settings)
        return std::unexpected(problemOf(connection, settings.error()));
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
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  tr("%1: PostgreSQL connections cannot pin a certificate; give the CA file that signed "
                     "the server's certificate instead.")
                      .arg(connection.name)});
    settings->plainText = tls.off;
    settings->statementTimeoutMs = timeoutOr(connection, settings->statementTimeoutMs);
    return std::make_unique<PostgresSource>(connection.name, *settings);
}

} // namespace lotse
