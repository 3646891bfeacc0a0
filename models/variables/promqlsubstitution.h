#pragma once

#include "variables/variablevalues.h"

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace lotse {

/// Puts variable values into PromQL so that a value can never change what
/// the query is, only what it selects. Each value is written for the place
/// it lands in: inside a `=~`/`!~` matcher it is a regex-escaped (RE2)
/// literal, several values become `(a|b)` and "all" `.*`; inside any other
/// string it is string-escaped; outside strings (`[$interval]`) only a
/// single word, number or duration is accepted.
class PromqlSubstitution final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PromqlSubstitution)

public:
    /// @p query with every reference replaced, or why a value cannot stand
    /// where it is used (an unknown name, several values in an `=` matcher).
    static std::expected<QString, QString> apply(const QString &query, const VariableValues &values);

    /// @p value as an RE2 pattern that matches exactly it.
    static QString regexEscape(const QString &value);

private:
    enum class Place {
        Code, ///< outside any string
        Text, ///< a string that is no regex matcher
        Regex ///< the string of a `=~` or `!~` matcher
    };

    static Place placeOfString(const QString &query, qsizetype quote);
    static std::expected<QString, QString> valueFor(const QString &name, Place place, QChar quote,
                                                    const VariableValues &values);
    static QString stringEscape(const QString &value, QChar quote);
};

} // namespace lotse
