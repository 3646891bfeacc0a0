#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotse {

/// A function a statement would run, as the server's pg_proc describes it.
struct ResolvedFunction
{
    QString schema;
    QString name;
    QChar volatility = QLatin1Char('v'); ///< provolatile: i(mmutable), s(table) or v(olatile)
    QString language;                    ///< internal, c, sql, plpgsql, …
    QString extension;                   ///< the extension it belongs to; empty: none
    QString body;                        ///< prosrc of a SQL function; empty for BEGIN ATOMIC
    bool atomicBody = false;             ///< a BEGIN ATOMIC body, whose calls pg_depend records

    /// schema.name(), as messages show it.
    QString signature() const { return schema + QLatin1Char('.') + name + QStringLiteral("()"); }
};

/// Which functions a statement may reach. PostgreSQL's own functions and
/// those of installed extensions are taken at their word: a VOLATILE one may
/// change something and is refused unless it is on a short list of functions
/// that only read (sizes, WAL positions, pg_is_in_recovery, pg_blocking_pids,
/// clock_timestamp, random, …). A few that are not VOLATILE are refused all
/// the same: they run SQL handed to them as text, assign a transaction ID or
/// read files on the server. A function someone defined in the database is
/// not taken at its word, since anyone who can create one can declare it
/// STABLE: it runs only when it is a non-VOLATILE SQL function whose body
/// passes SqlGuard and whose own calls pass here (FunctionResolver reads it).
/// docs/databases.md lists all of this; allowList() is the list.
class FunctionPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::FunctionPolicy)

public:
    /// Why @p function may not run; nothing when it may (a user's SQL
    /// function still needs its body read: see needsBody()).
    static std::optional<QString> refusal(const ResolvedFunction &function);
    /// Whether the function is someone's own SQL function, which runs only
    /// when its body passes too.
    static bool needsBody(const ResolvedFunction &function);
    /// PostgreSQL's own: in pg_catalog or information_schema.
    static bool isBuiltIn(const ResolvedFunction &function);
    /// The VOLATILE functions that only read, "pg_catalog.name" or
    /// "extension:name" for an extension's, in the order of the docs.
    static QStringList allowList();
    /// PostgreSQL's functions refused whatever their volatility.
    static QStringList refusedAnywayNames();

private:
    static bool isAllowed(const ResolvedFunction &function);
    static std::optional<QString> refusedAnyway(const ResolvedFunction &function);
};

} // namespace lotse
