#include "sources/postgres/sqlguard.h"

#include <QSet>

namespace lotse {

namespace {

using Token = SqlGuard::Token;
using Type = SqlGuard::Token::Type;

/// Functions that change something although they are called from a SELECT.
bool hasSideEffects(const QString &lowerName)
{
    static const QSet<QString> exact{QStringLiteral("nextval"),
                                     QStringLiteral("setval"),
                                     QStringLiteral("set_config"),
                                     QStringLiteral("pg_terminate_backend"),
                                     QStringLiteral("pg_cancel_backend"),
                                     QStringLiteral("pg_reload_conf"),
                                     QStringLiteral("pg_rotate_logfile"),
                                     QStringLiteral("pg_switch_wal"),
                                     QStringLiteral("pg_switch_xlog"),
                                     QStringLiteral("pg_promote"),
                                     QStringLiteral("pg_notify"),
                                     QStringLiteral("pg_start_backup"),
                                     QStringLiteral("pg_stop_backup"),
                                     QStringLiteral("pg_import_system_collations"),
                                     QStringLiteral("pg_logical_emit_message"),
                                     QStringLiteral("pg_log_backend_memory_contexts"),
                                     QStringLiteral("pg_stat_statements_reset"),
                                     QStringLiteral("pg_replication_slot_advance"),
                                     QStringLiteral("txid_current"),
                                     QStringLiteral("pg_current_xact_id"),
                                     QStringLiteral("lo_import"),
                                     QStringLiteral("lo_export"),
                                     QStringLiteral("lo_unlink"),
                                     QStringLiteral("lo_create"),
                                     QStringLiteral("lo_creat"),
                                     QStringLiteral("lo_from_bytea"),
                                     QStringLiteral("lo_put"),
                                     QStringLiteral("lo_truncate"),
                                     QStringLiteral("lo_truncate64")};
    static const QStringList prefixes{QStringLiteral("pg_advisory_"),
                                      QStringLiteral("pg_try_advisory_"),
                                      QStringLiteral("pg_stat_reset"),
                                      QStringLiteral("pg_create_"),
                                      QStringLiteral("pg_drop_"),
                                      QStringLiteral("pg_copy_"),
                                      QStringLiteral("pg_replication_origin_"),
                                      QStringLiteral("pg_file_"),
                                      QStringLiteral("pg_backup_"),
                                      QStringLiteral("pg_wal_replay_"),
                                      QStringLiteral("dblink")};
    if (exact.contains(lowerName))
        return true;
    for (const QString &prefix : prefixes) {
        if (lowerName.startsWith(prefix))
            return true;
    }
    return false;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// Walks SQL text; each read* returns false on unterminated input.
class Lexer
{
public:
    Lexer(const QString &sql, SqlGuard::Dialect dialect)
        : m_sql(sql)
        , m_clickHouse(dialect == SqlGuard::Dialect::ClickHouse)
    {
    }

    std::expected<QList<Token>, QString> run()
    {
        QList<Token> tokens;
        while (m_at < m_sql.size()) {
            const QChar c = m_sql.at(m_at);
            const QChar next = m_at + 1 < m_sql.size() ? m_sql.at(m_at + 1) : QChar();
            if (c.isSpace()) {
                ++m_at;
            } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                skipLine();
            } else if (m_clickHouse && c == QLatin1Char('#')) {
                skipLine();
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                if (!skipBlockComment())
                    return std::unexpected(SqlGuard::tr("a /* comment is not closed"));
            } else if (c == QLatin1Char('\'')) {
                if (!readQuoted(tokens, QLatin1Char('\''), Type::String, m_clickHouse))
                    return std::unexpected(SqlGuard::tr("a string is not closed"));
            } else if (c == QLatin1Char('"') || (m_clickHouse && c == QLatin1Char('`'))) {
                if (!readQuoted(tokens, c, Type::QuotedName, m_clickHouse))
                    return std::unexpected(SqlGuard::tr("a quoted name is not closed"));
            } else if (!m_clickHouse && c == QLatin1Char('$') && !next.isDigit()) {
                if (!readDollarQuoted(tokens))
                    return std::unexpected(SqlGuard::tr("a $-quoted string is not closed"));
            } else if (c == QLatin1Char('$')) {
                readWhile(
                    tokens, Type::Parameter, [](QChar d) { return d.isDigit(); }, 1);
            } else if (isWordStart(c)) {
                if (!readWord(tokens))
                    return std::unexpected(SqlGuard::tr("a string is not closed"));
            } else if (c.isDigit()) {
                readWhile(
                    tokens, Type::Number, [](QChar d) { return d.isLetterOrNumber() || d == QLatin1Char('.'); }, 0);
            } else {
                tokens.append({Type::Symbol, QString(c)});
                ++m_at;
            }
        }
        return tokens;
    }

private:
    void skipLine()
    {
        while (m_at < m_sql.size() && m_sql.at(m_at) != QLatin1Char('\n'))
            ++m_at;
    }

    bool skipBlockComment()
    {
        // PostgreSQL nests block comments; ClickHouse does not.
        int depth = 0;
        while (m_at + 1 < m_sql.size()) {
            const QStringView two = QStringView(m_sql).mid(m_at, 2);
            if (two == QLatin1String("/*") && (depth == 0 || !m_clickHouse)) {
                ++depth;
                m_at += 2;
            } else if (two == QLatin1String("*/")) {
                m_at += 2;
                if (--depth == 0)
                    return true;
            } else {
                ++m_at;
            }
        }
        m_at = m_sql.size();
        return false;
    }

    /// A quoted string or name; the quote doubled stands for itself. With
    /// @p backslash a backslash escapes the next character (ClickHouse, E'…').
    bool readQuoted(QList<Token> &tokens, QChar quote, Type type, bool backslash)
    {
        QString text;
        ++m_at;
        while (m_at < m_sql.size()) {
            const QChar c = m_sql.at(m_at);
            if (backslash && c == QLatin1Char('\\') && m_at + 1 < m_sql.size()) {
                text.append(m_sql.at(m_at + 1));
                m_at += 2;
            } else if (c == quote && m_at + 1 < m_sql.size() && m_sql.at(m_at + 1) == quote) {
                text.append(quote);
                m_at += 2;
            } else if (c == quote) {
                ++m_at;
                tokens.append({type, text});
                return true;
            } else {
                text.append(c);
                ++m_at;
            }
        }
        return false;
    }

    bool readDollarQuoted(QList<Token> &tokens)
    {
        qsizetype end = m_at + 1;
        while (end < m_sql.size() && isWordPart(m_sql.at(end)) && m_sql.at(end) != QLatin1Char('$'))
            ++end;
        if (end >= m_sql.size() || m_sql.at(end) != QLatin1Char('$')) {
            tokens.append({Type::Symbol, QStringLiteral("$")});
            ++m_at;
            return true;
        }
        const QString tag = m_sql.mid(m_at, end - m_at + 1);
        const qsizetype close = m_sql.indexOf(tag, end + 1);
        if (close < 0)
            return false;
        tokens.append({Type::String, m_sql.mid(end + 1, close - end - 1)});
        m_at = close + tag.size();
        return true;
    }

    bool readWord(QList<Token> &tokens)
    {
        const qsizetype start = m_at;
        while (m_at < m_sql.size() && isWordPart(m_sql.at(m_at)))
            ++m_at;
        const QString word = m_sql.mid(start, m_at - start);
        // E'…' is a string with backslash escapes; U&'…', B'…', X'…' are plain strings.
        if (!m_clickHouse && m_at < m_sql.size() && m_sql.at(m_at) == QLatin1Char('\'')) {
            const QString prefix = word.toUpper();
            if (prefix == QLatin1String("E"))
                return readQuoted(tokens, QLatin1Char('\''), Type::String, true);
            if (prefix == QLatin1String("B") || prefix == QLatin1String("X") || prefix == QLatin1String("N"))
                return readQuoted(tokens, QLatin1Char('\''), Type::String, false);
        }
        if (!m_clickHouse && word.compare(QLatin1String("U"), Qt::CaseInsensitive) == 0
            && QStringView(m_sql).mid(m_at, 2) == QLatin1String("&'")) {
            ++m_at;
            return readQuoted(tokens, QLatin1Char('\''), Type::String, false);
        }
        tokens.append({Type::Word, word.toUpper()});
        return true;
    }

    template<typename Accept> void readWhile(QList<Token> &tokens, Type type, Accept accept, int skip)
    {
        const qsizetype start = m_at;
        m_at += skip;
        while (m_at < m_sql.size() && accept(m_sql.at(m_at)))
            ++m_at;
        tokens.append({type, m_sql.mid(start, m_at - start)});
    }

    const QString &m_sql;
    bool m_clickHouse;
    qsizetype m_at = 0;
};

bool isWord(const QList<Token> &tokens, qsizetype at, QLatin1String word)
{
    return at >= 0 && at < tokens.size() && tokens.at(at).type == Type::Word && tokens.at(at).text == word;
}

QString firstWord(const QList<Token> &tokens)
{
    return !tokens.isEmpty() && tokens.first().type == Type::Word ? tokens.first().text : QString();
}

} // namespace

std::expected<QList<Token>, Error> SqlGuard::tokenize(const QString &sql, Dialect dialect)
{
    auto tokens = Lexer(sql, dialect).run();
    if (!tokens)
        return std::unexpected(refuse(tr("it cannot be read as one statement: %1.").arg(tokens.error())));
    return *tokens;
}

Error SqlGuard::refuse(const QString &reason)
{
    return {Error::Kind::Refused,
            tr("The statement was refused: %1 Lotse only reads; it never changes a system it watches.").arg(reason)};
}

std::expected<QList<Token>, Error> SqlGuard::single(const QString &sql, Dialect dialect)
{
    auto tokens = tokenize(sql, dialect);
    if (!tokens)
        return std::unexpected(tokens.error());
    // One trailing semicolon is harmless; anything after it is a second statement.
    while (!tokens->isEmpty() && tokens->last().type == Type::Symbol && tokens->last().text == QLatin1String(";"))
        tokens->removeLast();
    for (const Token &token : std::as_const(*tokens)) {
        if (token.type == Type::Symbol && token.text == QLatin1String(";"))
            return std::unexpected(refuse(tr("it holds more than one statement, and Lotse runs exactly one.")));
    }
    if (tokens->isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid, tr("The query is empty.")});
    return tokens;
}

std::expected<void, Error> SqlGuard::check(const QString &sql, Dialect dialect)
{
    const auto tokens = single(sql, dialect);
    if (!tokens)
        return std::unexpected(tokens.error());
    return checkStatement(*tokens, dialect);
}

std::expected<void, Error> SqlGuard::checkAnalyzable(const QString &sql)
{
    const auto tokens = single(sql, Dialect::Postgres);
    if (!tokens)
        return std::unexpected(tokens.error());
    static const QSet<QString> selects{QStringLiteral("SELECT"), QStringLiteral("WITH"), QStringLiteral("VALUES"),
                                       QStringLiteral("TABLE")};
    if (!selects.contains(firstWord(*tokens))) {
        return std::unexpected(
            refuse(tr("EXPLAIN ANALYZE runs the statement, so Lotse allows it only for a single "
                      "SELECT, not for %1.")
                       .arg(firstWord(*tokens).isEmpty() ? tr("this statement") : firstWord(*tokens))));
    }
    return checkReading(*tokens, Dialect::Postgres);
}

bool SqlGuard::explainAnalyzes(const QList<Token> &tokens)
{
    // EXPLAIN ANALYZE … or EXPLAIN (ANALYZE [true|on|1], …) …
    qsizetype at = 1;
    if (at < tokens.size() && tokens.at(at).text == QLatin1String("(")) {
        for (++at; at < tokens.size() && tokens.at(at).text != QLatin1String(")"); ++at) {
            if (!isWord(tokens, at, QLatin1String("ANALYZE")) && !isWord(tokens, at, QLatin1String("ANALYSE")))
                continue;
            const Token *value = at + 1 < tokens.size() ? &tokens.at(at + 1) : nullptr;
            const bool off = value
                && (value->text == QLatin1String("FALSE") || value->text == QLatin1String("OFF")
                    || value->text == QLatin1String("0"));
            if (!off)
                return true;
        }
        return false;
    }
    for (; at < tokens.size() && tokens.at(at).type == Type::Word; ++at) {
        if (tokens.at(at).text == QLatin1String("ANALYZE") || tokens.at(at).text == QLatin1String("ANALYSE"))
            return true;
        if (tokens.at(at).text != QLatin1String("VERBOSE"))
            break;
    }
    return false;
}

std::expected<void, Error> SqlGuard::checkStatement(const QList<Token> &tokens, Dialect dialect)
{
    const QString first = firstWord(tokens);
    static const QSet<QString> postgresReads{QStringLiteral("SELECT"), QStringLiteral("WITH"), QStringLiteral("VALUES"),
                                             QStringLiteral("TABLE"), QStringLiteral("SHOW")};
    static const QSet<QString> clickHouseReads{QStringLiteral("SELECT"), QStringLiteral("WITH"),
                                               QStringLiteral("SHOW"),   QStringLiteral("DESCRIBE"),
                                               QStringLiteral("DESC"),   QStringLiteral("EXISTS")};
    if (first == QLatin1String("EXPLAIN")) {
        if (dialect == Dialect::Postgres && explainAnalyzes(tokens)) {
            return std::unexpected(refuse(tr("EXPLAIN ANALYZE runs the statement. Ask for plan advice with analysis "
                                             "explicitly instead (lotse query --explain --analyze).")));
        }
        return {}; // a plain EXPLAIN plans the statement without running it
    }
    if ((dialect == Dialect::Postgres ? postgresReads : clickHouseReads).contains(first))
        return checkReading(tokens, dialect);

    static const QSet<QString> writesData{
        QStringLiteral("INSERT"),   QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("MERGE"),
        QStringLiteral("TRUNCATE"), QStringLiteral("UPSERT"), QStringLiteral("REPLACE")};
    static const QSet<QString> changesSchema{
        QStringLiteral("CREATE"),  QStringLiteral("ALTER"),  QStringLiteral("DROP"),    QStringLiteral("RENAME"),
        QStringLiteral("GRANT"),   QStringLiteral("REVOKE"), QStringLiteral("COMMENT"), QStringLiteral("REINDEX"),
        QStringLiteral("CLUSTER"), QStringLiteral("VACUUM"), QStringLiteral("ANALYZE"), QStringLiteral("OPTIMIZE"),
        QStringLiteral("ATTACH"),  QStringLiteral("DETACH"), QStringLiteral("REFRESH"), QStringLiteral("SECURITY"),
        QStringLiteral("IMPORT"),  QStringLiteral("KILL"),   QStringLiteral("SYSTEM")};
    if (writesData.contains(first))
        return std::unexpected(refuse(tr("%1 writes data.").arg(first)));
    if (changesSchema.contains(first))
        return std::unexpected(refuse(tr("%1 changes the database's schema or state.").arg(first)));
    if (first == QLatin1String("COPY")) {
        for (const Token &token : tokens) {
            if (token.type == Type::Word && token.text == QLatin1String("PROGRAM"))
                return std::unexpected(refuse(tr("COPY … PROGRAM runs a program on the database server.")));
        }
        return std::unexpected(refuse(tr("COPY reads or writes files on the database server or loads data.")));
    }
    if (first.isEmpty())
        return std::unexpected(refuse(tr("it does not start with a keyword Lotse knows.")));
    return std::unexpected(refuse(tr("%1 is not a read-only query (Lotse runs SELECT, WITH, VALUES, TABLE, SHOW and "
                                     "EXPLAIN).")
                                      .arg(first)));
}

std::expected<void, Error> SqlGuard::checkReading(const QList<Token> &tokens, Dialect dialect)
{
    for (qsizetype at = 0; at < tokens.size(); ++at) {
        const Token &token = tokens.at(at);
        const bool call = at + 1 < tokens.size() && tokens.at(at + 1).text == QLatin1String("(");
        if (call && (token.type == Type::Word || token.type == Type::QuotedName)
            && hasSideEffects(token.text.toLower())) {
            return std::unexpected(
                refuse(tr("it calls %1(), which changes the server's state.").arg(token.text.toLower())));
        }
        if (token.type != Type::Word)
            continue;
        if (token.text == QLatin1String("INTO")) {
            return std::unexpected(refuse(dialect == Dialect::Postgres ? tr("SELECT … INTO creates a table.")
                                                                       : tr("SELECT … INTO OUTFILE writes a file.")));
        }
        if (token.text == QLatin1String("FOR")
            && (isWord(tokens, at + 1, QLatin1String("UPDATE")) || isWord(tokens, at + 1, QLatin1String("SHARE"))
                || isWord(tokens, at + 1, QLatin1String("NO")) || isWord(tokens, at + 1, QLatin1String("KEY")))) {
            return std::unexpected(refuse(tr("FOR UPDATE/SHARE locks rows that others may be waiting to change.")));
        }
        if (token.text == QLatin1String("INSERT") || token.text == QLatin1String("UPDATE")
            || token.text == QLatin1String("DELETE") || token.text == QLatin1String("MERGE")) {
            return std::unexpected(refuse(tr("its WITH clause holds %1, which writes data.").arg(token.text)));
        }
    }
    return {};
}

} // namespace lotse
