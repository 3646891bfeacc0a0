#include "variables/promqlsubstitution.h"

#include "variables/variablereferences.h"

#include <QHash>
#include <QRegularExpression>

namespace lotse {

std::expected<QString, QString> PromqlSubstitution::apply(const QString &query, const VariableValues &values)
{
    const QList<VariableReferences::Reference> references = VariableReferences::find(query);
    if (references.isEmpty())
        return query;
    QHash<qsizetype, const VariableReferences::Reference *> at;
    for (const VariableReferences::Reference &reference : references)
        at.insert(reference.offset, &reference);

    QString result;
    result.reserve(query.size() * 2);
    QChar quote; // null outside a string
    Place place = Place::Code;
    for (qsizetype i = 0; i < query.size();) {
        const QChar c = query.at(i);
        if (const VariableReferences::Reference *reference = at.value(i)) {
            const auto value = valueFor(reference->name, place, quote, values);
            if (!value)
                return std::unexpected(value.error());
            result += *value;
            i += reference->length;
            continue;
        }
        result += c;
        ++i;
        if (quote.isNull() && (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('`'))) {
            quote = c;
            place = placeOfString(query, i - 1);
        } else if (!quote.isNull() && c == QLatin1Char('\\') && quote != QLatin1Char('`') && i < query.size()) {
            result += query.at(i++); // an escaped character never ends the string
        } else if (!quote.isNull() && c == quote) {
            quote = QChar();
            place = Place::Code;
        }
    }
    return result;
}

PromqlSubstitution::Place PromqlSubstitution::placeOfString(const QString &query, qsizetype quote)
{
    qsizetype i = quote - 1;
    while (i >= 0 && query.at(i).isSpace())
        --i;
    if (i >= 1 && query.at(i) == QLatin1Char('~')
        && (query.at(i - 1) == QLatin1Char('=') || query.at(i - 1) == QLatin1Char('!')))
        return Place::Regex;
    return Place::Text;
}

std::expected<QString, QString> PromqlSubstitution::valueFor(const QString &name, Place place, QChar quote,
                                                             const VariableValues &values)
{
    if (!values.contains(name))
        return std::unexpected(tr("The query uses $%1, which has no value.").arg(name));
    const QStringList chosen = values.values(name);
    if (place == Place::Regex) {
        if (values.isAll(name))
            return stringEscape(QStringLiteral(".*"), quote);
        QStringList escaped;
        for (const QString &value : chosen)
            escaped.append(regexEscape(value));
        const QString pattern = escaped.size() == 1
            ? escaped.first()
            : QLatin1Char('(') + escaped.join(QLatin1Char('|')) + QLatin1Char(')');
        if (quote == QLatin1Char('`') && pattern.contains(quote))
            return std::unexpected(tr("A value of $%1 holds a backtick, which a `…` string cannot hold.").arg(name));
        return stringEscape(pattern, quote);
    }
    if (chosen.size() != 1 || values.isAll(name))
        return std::unexpected(tr("$%1 holds several values; use it in a =~ or !~ matcher.").arg(name));
    const QString &value = chosen.first();
    if (place == Place::Text) {
        if (quote == QLatin1Char('`') && value.contains(quote))
            return std::unexpected(tr("A value of $%1 holds a backtick, which a `…` string cannot hold.").arg(name));
        return stringEscape(value, quote);
    }
    // Outside a string a value is one token at most: a duration, a number or a name.
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.:]+$"));
    if (!token.match(value).hasMatch())
        return std::unexpected(
            tr("$%1 stands outside a string, where only a word, number or duration may go, not \"%2\".")
                .arg(name, value));
    return value;
}

QString PromqlSubstitution::regexEscape(const QString &value)
{
    static const QString special = QStringLiteral("\\.+*?()|[]{}^$");
    QString escaped;
    escaped.reserve(value.size() * 2);
    for (const QChar c : value) {
        if (special.contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QString PromqlSubstitution::stringEscape(const QString &value, QChar quote)
{
    if (quote == QLatin1Char('`'))
        return value; // a raw string has no escapes; a backtick was refused before
    QString escaped;
    escaped.reserve(value.size() + 8);
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == quote)
            escaped += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

} // namespace lotse
