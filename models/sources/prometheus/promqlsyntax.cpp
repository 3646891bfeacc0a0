#include "sources/prometheus/promqlsyntax.h"

#include <QList>

namespace lotse {

std::optional<Diagnostic> PromqlSyntax::check(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return problemAt(expression, 0, tr("the query is empty"));
    QList<std::pair<QChar, qsizetype>> open;
    QChar quote;
    qsizetype quoteStart = 0;
    for (qsizetype i = 0; i < expression.size(); ++i) {
        const QChar c = expression.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote != QLatin1Char('`'))
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`')) {
            quote = c;
            quoteStart = i;
        } else if (c == QLatin1Char('#')) {
            break; // a comment runs to the end of the line
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            open.append({c, i});
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            const QChar expected = c == QLatin1Char(')') ? QLatin1Char('(')
                : c == QLatin1Char(']')                  ? QLatin1Char('[')
                                                         : QLatin1Char('{');
            if (open.isEmpty() || open.last().first != expected)
                return problemAt(expression, i, tr("unexpected \"%1\"").arg(c));
            open.removeLast();
        }
    }
    if (!quote.isNull())
        return problemAt(expression, quoteStart, tr("the string opened here is never closed"));
    if (!open.isEmpty())
        return problemAt(expression, open.last().second, tr("\"%1\" is never closed").arg(open.last().first));
    return std::nullopt;
}

Diagnostic PromqlSyntax::problemAt(const QString &expression, qsizetype offset, const QString &message)
{
    const QStringView before = QStringView(expression).left(offset);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return {QString(), int(before.count(QLatin1Char('\n'))) + 1, int(offset - lineStart) + 1, message};
}

} // namespace lotse
