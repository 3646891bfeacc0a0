#pragma once

#include "core/error.h"

#include <QMap>
#include <QStringList>

#include <expected>
#include <optional>

namespace lotse {

/// A request for one of a database source's built-in lists, written where a
/// query goes as `@name [argument…] [key=value…]`, e.g. `@top-statements`,
/// `@keys-without-ttl session:* limit=5000`, `@overview value=hit_ratio`.
/// The option `value=COLUMN` picks the column whose numbers a check reduces.
struct ViewQuery
{
    QString name;
    QStringList arguments;
    QMap<QString, QString> options;

    /// Nothing when @p query does not start with '@'; an Invalid error when it
    /// does but cannot be split (an unbalanced quote).
    static std::optional<std::expected<ViewQuery, Error>> parse(const QString &query);
    /// Splits @p text at whitespace; "double" or 'single' quotes group, a
    /// backslash escapes the next character inside double quotes.
    static std::expected<QStringList, Error> split(const QString &text);

    QString valueColumn() const { return options.value(QStringLiteral("value")); }
    /// A positive whole-number option, @p fallback when absent or malformed.
    int count(const QString &key, int fallback) const;
};

} // namespace lotse
