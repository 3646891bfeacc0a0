#include "sources/clickhouse/clickhouseguard.h"

#include "databases/statementrefusal.h"

#include <QSet>

namespace lotse {

namespace {

/// The position after the quoted string or name that starts at @p at; -1
/// when it is not closed. A backslash escapes the next character, and the
/// quote doubled stands for itself.
qsizetype afterQuoted(const QString &sql, qsizetype at)
{
    const QChar quote = sql.at(at);
    for (++at; at < sql.size(); ++at) {
        if (sql.at(at) == QLatin1Char('\\')) {
            ++at;
        } else if (sql.at(at) == quote) {
            if (at + 1 < sql.size() && sql.at(at + 1) == quote)
                ++at;
            else
                return at + 1;
        }
    }
    return -1;
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

} // namespace

Error ClickHouseGuard::refuse(const QString &reason)
{
    return StatementRefusal::refuse(reason);
}

std::expected<QStringList, QString> ClickHouseGuard::words(const QString &sql)
{
    QStringList words;
    qsizetype at = 0;
    while (at < sql.size()) {
        const QChar c = sql.at(at);
        const QChar next = at + 1 < sql.size() ? sql.at(at + 1) : QChar();
        if ((c == QLatin1Char('-') && next == QLatin1Char('-')) || c == QLatin1Char('#')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), at);
            at = end < 0 ? sql.size() : end + 1;
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            // ClickHouse does not nest block comments.
            const qsizetype end = sql.indexOf(QLatin1String("*/"), at + 2);
            if (end < 0)
                return std::unexpected(tr("a /* comment is not closed"));
            at = end + 2;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            at = afterQuoted(sql, at);
            if (at < 0)
                return std::unexpected(c == QLatin1Char('\'') ? tr("a string is not closed")
                                                              : tr("a quoted name is not closed"));
        } else if (isWordPart(c)) {
            const qsizetype start = at;
            while (at < sql.size() && (isWordPart(sql.at(at)) || (c.isDigit() && sql.at(at) == QLatin1Char('.'))))
                ++at;
            if (!c.isDigit())
                words.append(sql.mid(start, at - start).toUpper());
        } else {
            if (c == QLatin1Char(';'))
                words.append(QStringLiteral(";"));
            ++at;
        }
    }
    return words;
}

std::expected<void, Error> ClickHouseGuard::check(const QString &sql)
{
    auto list = words(sql);
    if (!list)
        return std::unexpected(refuse(StatementRefusal::unreadable(list.error())));
    // One trailing semicolon is harmless; anything after it is a second statement.
    while (!list->isEmpty() && list->last() == QLatin1String(";"))
        list->removeLast();
    if (list->contains(QStringLiteral(";")))
        return std::unexpected(refuse(StatementRefusal::moreThanOne()));
    if (list->isEmpty())
        return std::unexpected(StatementRefusal::empty());
    static const QSet<QString> reads{QStringLiteral("SELECT"),   QStringLiteral("WITH"), QStringLiteral("SHOW"),
                                     QStringLiteral("DESCRIBE"), QStringLiteral("DESC"), QStringLiteral("EXISTS"),
                                     QStringLiteral("EXPLAIN")};
    static const QSet<QString> writesData{QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                          QStringLiteral("DELETE"), QStringLiteral("TRUNCATE"),
                                          QStringLiteral("UPSERT"), QStringLiteral("REPLACE")};
    static const QSet<QString> changesSchema{
        QStringLiteral("CREATE"),  QStringLiteral("ALTER"),  QStringLiteral("DROP"),     QStringLiteral("RENAME"),
        QStringLiteral("GRANT"),   QStringLiteral("REVOKE"), QStringLiteral("OPTIMIZE"), QStringLiteral("ATTACH"),
        QStringLiteral("DETACH"),  QStringLiteral("KILL"),   QStringLiteral("SYSTEM"),   QStringLiteral("UNDROP"),
        QStringLiteral("EXCHANGE")};
    const QString first = list->first();
    if (reads.contains(first)) {
        if (list->contains(QStringLiteral("INTO")))
            return std::unexpected(refuse(tr("SELECT … INTO OUTFILE writes a file.")));
        return {};
    }
    if (writesData.contains(first))
        return std::unexpected(refuse(StatementRefusal::writesData(first)));
    if (changesSchema.contains(first))
        return std::unexpected(refuse(StatementRefusal::changesSchema(first)));
    return std::unexpected(refuse(
        tr("%1 is not a read-only query (Lotse runs SELECT, WITH, SHOW, DESCRIBE, EXISTS and EXPLAIN).").arg(first)));
}

} // namespace lotse
