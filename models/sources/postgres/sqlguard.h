#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QList>

#include <expected>

namespace lotse {

/// The client-side half of "read-only by construction" for SQL: before a
/// statement is sent, it must be exactly one statement that only reads. Its
/// refusals name the reason (DROP changes the schema, nextval() advances a
/// sequence, …). It is not the only guard: PostgreSQL statements also run in a
/// READ ONLY transaction of a session whose transactions default to read-only,
/// ClickHouse requests carry readonly=1.
class SqlGuard final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SqlGuard)

public:
    enum class Dialect {
        Postgres,
        ClickHouse
    };

    /// A lexical token: a keyword or name (upper-cased), a quoted name, a
    /// literal or one character of punctuation.
    struct Token
    {
        enum class Type {
            Word,
            QuotedName,
            String,
            Number,
            Parameter,
            Symbol
        };
        Type type = Type::Symbol;
        QString text;
    };

    /// Checks that @p sql is one statement that only reads; a Refused error says why not.
    static std::expected<void, Error> check(const QString &sql, Dialect dialect);
    /// Checks that @p sql is a single SELECT (or WITH … SELECT, VALUES, TABLE)
    /// that only reads: the one kind of statement EXPLAIN ANALYZE may run.
    static std::expected<void, Error> checkAnalyzable(const QString &sql);
    /// Splits @p sql into tokens, skipping comments and whitespace; fails on an
    /// unterminated string, quoted name or comment.
    static std::expected<QList<Token>, Error> tokenize(const QString &sql, Dialect dialect);

private:
    static std::expected<QList<Token>, Error> single(const QString &sql, Dialect dialect);
    static std::expected<void, Error> checkStatement(const QList<Token> &tokens, Dialect dialect);
    static std::expected<void, Error> checkReading(const QList<Token> &tokens, Dialect dialect);
    static bool explainAnalyzes(const QList<Token> &tokens);
    static Error refuse(const QString &reason);
};

} // namespace lotse
