#include "sources/postgres/functionpolicy.h"

#include <QHash>
#include <QSet>

namespace lotse {

namespace {

/// VOLATILE functions of PostgreSQL that only read: PostgreSQL marks them
/// VOLATILE because their answer changes from one call to the next, not
/// because they change anything.
constexpr const char *kBuiltInReads[] = {
    // sizes
    "pg_database_size", "pg_total_relation_size", "pg_relation_size", "pg_table_size", "pg_indexes_size",
    "pg_tablespace_size",
    // WAL positions, recovery and replication
    "pg_current_wal_lsn", "pg_current_wal_flush_lsn", "pg_current_wal_insert_lsn", "pg_last_wal_receive_lsn",
    "pg_last_wal_replay_lsn", "pg_last_xact_replay_timestamp", "pg_is_in_recovery", "pg_is_wal_replay_paused",
    "pg_get_wal_replay_pause_state", "pg_ls_waldir", "pg_ls_archive_statusdir", "pg_control_checkpoint",
    "pg_control_system", "pg_control_init", "pg_control_recovery", "pg_last_committed_xact", "pg_xact_commit_timestamp",
    "pg_xact_commit_timestamp_origin", "pg_xact_status", "txid_status", "pg_stat_get_recovery_prefetch",
    "pg_get_wal_resource_managers",
    // locks, sessions and memory
    "pg_blocking_pids", "pg_safe_snapshot_blocking_pids", "pg_lock_status", "pg_prepared_xact",
    "pg_notification_queue_usage", "current_query", "pg_get_backend_memory_contexts", "pg_get_shmem_allocations",
    "pg_get_multixact_members",
    // statistics of the current transaction
    "pg_stat_get_xact_blocks_fetched", "pg_stat_get_xact_blocks_hit", "pg_stat_get_xact_function_calls",
    "pg_stat_get_xact_function_self_time", "pg_stat_get_xact_function_total_time", "pg_stat_get_xact_numscans",
    "pg_stat_get_xact_tuples_deleted", "pg_stat_get_xact_tuples_fetched", "pg_stat_get_xact_tuples_hot_updated",
    "pg_stat_get_xact_tuples_inserted", "pg_stat_get_xact_tuples_returned", "pg_stat_get_xact_tuples_updated",
    "pg_stat_have_stats",
    // the catalog
    "pg_partition_tree", "pg_partition_ancestors", "pg_sequence_last_value", "pg_collation_actual_version",
    "pg_database_collation_actual_version", "pg_jit_available", "pg_current_logfile",
    // time, chance and waiting (bounded by the statement timeout)
    "clock_timestamp", "timeofday", "random", "gen_random_uuid", "pg_sleep", "pg_sleep_for", "pg_sleep_until",
    // TABLESAMPLE methods
    "system", "bernoulli"};

/// VOLATILE functions of extensions that only read, as "extension:name".
constexpr const char *kExtensionReads[] = {"pg_stat_statements:pg_stat_statements",
                                           "pg_stat_statements:pg_stat_statements_info",
                                           "pg_buffercache:pg_buffercache_pages",
                                           "pg_buffercache:pg_buffercache_summary",
                                           "pg_buffercache:pg_buffercache_usage_counts",
                                           "pgstattuple:pgstattuple",
                                           "pgstattuple:pgstattuple_approx",
                                           "pgstattuple:pgstatindex",
                                           "pgstattuple:pgstatginindex",
                                           "pgstattuple:pgstathashindex",
                                           "pgstattuple:pg_relpages",
                                           "pgrowlocks:pgrowlocks",
                                           "pg_freespacemap:pg_freespace",
                                           "pg_visibility:pg_visibility",
                                           "pg_visibility:pg_visibility_map",
                                           "pg_visibility:pg_visibility_map_summary"};

/// Why a function of PostgreSQL is refused although it is not VOLATILE (or
/// would be refused were it not: PostgreSQL 15 marks the file readers VOLATILE,
/// older versions did not).
enum class Anyway {
    RunsSql,
    AssignsTransaction,
    ReadsFiles
};

const QHash<QString, Anyway> &refusedAnywayList()
{
    static const QHash<QString, Anyway> list = [] {
        QHash<QString, Anyway> names;
        for (const char *scope : {"table", "schema", "database", "query", "cursor"}) {
            for (const char *variant : {"_to_xml", "_to_xmlschema", "_to_xml_and_xmlschema"})
                names.insert(QLatin1String(scope) + QLatin1String(variant), Anyway::RunsSql);
        }
        names.insert(QStringLiteral("ts_stat"), Anyway::RunsSql);
        names.insert(QStringLiteral("ts_rewrite"), Anyway::RunsSql);
        for (const char *name : {"txid_current", "pg_current_xact_id"})
            names.insert(QLatin1String(name), Anyway::AssignsTransaction);
        for (const char *name : {"pg_read_file", "pg_read_binary_file", "pg_read_file_old", "pg_ls_dir", "pg_stat_file",
                                 "pg_hba_file_rules", "pg_ident_file_mappings", "pg_show_all_file_settings"})
            names.insert(QLatin1String(name), Anyway::ReadsFiles);
        return names;
    }();
    return list;
}

} // namespace

bool FunctionPolicy::isBuiltIn(const ResolvedFunction &function)
{
    return function.schema == QLatin1String("pg_catalog") || function.schema == QLatin1String("information_schema");
}

bool FunctionPolicy::needsBody(const ResolvedFunction &function)
{
    return !isBuiltIn(function) && function.extension.isEmpty() && function.language == QLatin1String("sql");
}

QStringList FunctionPolicy::allowList()
{
    QStringList list;
    for (const char *name : kBuiltInReads)
        list.append(QLatin1String("pg_catalog.") + QLatin1String(name));
    for (const char *name : kExtensionReads)
        list.append(QLatin1String(name));
    return list;
}

QStringList FunctionPolicy::refusedAnywayNames()
{
    return refusedAnywayList().keys();
}

bool FunctionPolicy::isAllowed(const ResolvedFunction &function)
{
    static const QSet<QString> allowed = [] {
        const QStringList list = allowList();
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    const QString key = isBuiltIn(function) ? QStringLiteral("pg_catalog.") + function.name
                                            : function.extension + QLatin1Char(':') + function.name;
    return function.schema != QLatin1String("information_schema") && allowed.contains(key);
}

std::optional<QString> FunctionPolicy::refusedAnyway(const ResolvedFunction &function)
{
    if (function.schema != QLatin1String("pg_catalog"))
        return std::nullopt;
    const auto found = refusedAnywayList().constFind(function.name);
    if (found == refusedAnywayList().cend())
        return std::nullopt;
    switch (*found) {
    case Anyway::RunsSql:
        return tr("it calls %1, which runs SQL of its own that Lotse cannot check.").arg(function.signature());
    case Anyway::AssignsTransaction:
        return tr("it calls %1, which assigns a transaction ID: a write, however small.").arg(function.signature());
    case Anyway::ReadsFiles:
        return tr("it calls %1, which reads files on the database server: that is not monitoring, and it may "
                  "reveal secrets.")
            .arg(function.signature());
    }
    return std::nullopt;
}

std::optional<QString> FunctionPolicy::refusal(const ResolvedFunction &function)
{
    if (const auto anyway = refusedAnyway(function))
        return anyway;
    const bool trusted = isBuiltIn(function) || !function.extension.isEmpty();
    if (function.volatility == QLatin1Char('v') && !(trusted && isAllowed(function))) {
        return tr("it calls %1, which PostgreSQL marks VOLATILE: it may change the server's state, and it is not on "
                  "Lotse's list of functions that only read.")
            .arg(function.signature());
    }
    if (!trusted && function.language != QLatin1String("sql")) {
        return tr("it calls %1, written in %2: Lotse cannot see what it does. Of the functions defined in the "
                  "database it runs only SQL functions whose body it can check.")
            .arg(function.signature(), function.language);
    }
    return std::nullopt;
}

} // namespace lotse
