#include "databases/viewquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lotse {

std::expected<QStringList, Error> ViewQuery::split(const QString &text)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < text.size()) {
                word.append(text.at(++i));
            } else {
                word.append(c);
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            quote = c;
        else
            word.append(c);
    }
    if (!quote.isNull())
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  QCoreApplication::translate("lotse::ViewQuery", "a %1 quote is not closed").arg(quote)});
    if (inWord)
        words.append(word);
    return words;
}

std::optional<std::expected<ViewQuery, Error>> ViewQuery::parse(const QString &query)
{
    const QString trimmed = query.trimmed();
    if (!trimmed.startsWith(QLatin1Char('@')))
        return std::nullopt;
    const auto words = split(trimmed.mid(1));
    if (!words)
        return std::unexpected(words.error());
    ViewQuery view;
    for (const QString &word : *words) {
        if (view.name.isEmpty()) {
            view.name = word.toLower();
            continue;
        }
        // A word "key=value" with a lower-case key is an option; anything else (a pattern) an argument.
        const qsizetype equals = word.indexOf(QLatin1Char('='));
        if (equals > 0 && word.left(equals).contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))))
            view.options.insert(word.left(equals), word.mid(equals + 1));
        else
            view.arguments.append(word);
    }
    if (view.name.isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     QCoreApplication::translate("lotse::ViewQuery", "a list name must follow '@'")});
    return view;
}

int ViewQuery::count(const QString &key, int fallback) const
{
    bool ok = false;
    const int value = options.value(key).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace lotse
