#pragma once

#include "core/diagnostic.h"

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
    /// The first problem of @p expression, at its line and column within the
    /// expression (no file: the caller knows where the expression stands).
    static std::optional<Diagnostic> check(const QString &expression);

private:
    static Diagnostic problemAt(const QString &expression, qsizetype offset, const QString &message);
};

} // namespace lotse
