#pragma once

#include "core/error.h"
#include "sources/postgres/sqltree.h"

#include <QCoreApplication>
#include <QList>

#include <expected>
#include <optional>

namespace lotse {

/// A statement SqlGuard let through: the text to send, and the names in it
/// that the server resolves to functions, which PostgresWorker has the server
/// look up (FunctionResolver) before it sends the text. Only SqlGuard makes
/// one, so nothing unchecked reaches a PostgreSQL connection.
class GuardedStatement final
{
public:
    const QString &sql() const { return m_sql; }
    const QList<SqlReference> &references() const { return m_references; }

private:
    friend class SqlGuard;
    GuardedStatement(QString sql, QList<SqlReference> references)
        : m_sql(std::move(sql))
        , m_references(std::move(references))
    {
    }

    QString m_sql;
    QList<SqlReference> m_references;
};

/// The first half of "read-only by construction" for PostgreSQL: PostgreSQL's
/// own parser (SqlTree) decides what a statement is, and only one SELECT,
/// VALUES or TABLE passes, or EXPLAIN without ANALYZE over one; no
/// data-modifying WITH, no row locks, no SELECT INTO. Its refusals name the
/// reason. The second half runs on the server before the statement: every
/// function the statement reaches is looked up in pg_proc and judged by
/// FunctionPolicy. What then runs, runs in a READ ONLY transaction.
class SqlGuard final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SqlGuard)

public:
    /// @p sql when it is one statement Lotse may run; a Refused error says why not.
    static std::expected<GuardedStatement, Error> check(const QString &sql);
    /// EXPLAIN (FORMAT JSON) over @p sql, which must be one SELECT, VALUES or
    /// TABLE. With @p analyze it is EXPLAIN ANALYZE, which runs the statement:
    /// the opt-in path of plan advice, and the only way ANALYZE gets through.
    static std::expected<GuardedStatement, Error> explain(const QString &sql, bool analyze);
    /// Whether explain(@p sql, true) would pass, reading the text only.
    static std::expected<void, Error> checkAnalyzable(const QString &sql);
    /// The references of SQL the server holds (a SQL function's body, a view's
    /// definition): each statement in it must be a query that passes as
    /// check() would let it; else the reason it does not.
    static std::expected<QList<SqlReference>, QString> checkBody(const QString &body);
    /// Whether @p sql has $1-style parameters (false when it cannot be read).
    static bool hasParameters(const QString &sql);

    /// A Refused error: "The statement was refused: @p reason …".
    static Error refuse(const QString &reason);

private:
    static std::expected<SqlTree, Error> parse(const QString &sql);
    static std::expected<SqlTree, Error> single(const QString &sql);
    static std::optional<QString> readingProblem(const SqlTree &tree);
    static std::optional<QString> explainProblem(const QJsonObject &explain);
    static QString notAQuery(const SqlTree::Node &statement);
    static QString notExplainable(const SqlTree::Node &statement, bool analyze);
    static QString keyword(const SqlTree::Node &statement);
};

} // namespace lotse
