#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lotse {

/// A light syntax check of PromQL: balanced (), [], {} and closed quotes. It
/// catches the typos a runbook author makes without a full PromQL grammar; the
/// server still has the last word.
class PromqlSyntax final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PromqlSyntax)

public:
    struct Problem
    {
        qsizetype offset = 0; ///< where in the expression, 0-based
        QString message;
    };

    static std::optional<Problem> check(const QString &expression);
};

} // namespace lotse
