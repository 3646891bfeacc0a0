#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>

#include <expected>

namespace lotse {

/// A first look at a ClickHouse statement before it is sent: one statement
/// that reads, with the reason named when it is not (INSERT writes data,
/// INTO OUTFILE writes a file, …). ClickHouse's own safety does not rest on
/// it: every request carries readonly=1, which the server enforces.
class ClickHouseGuard final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ClickHouseGuard)

public:
    /// Checks that @p sql is one statement that only reads; a Refused error says why not.
    static std::expected<void, Error> check(const QString &sql);

private:
    /// Upper-cased words and names, ";" and "INTO"; comments, strings and
    /// quoted names are skipped. An error text on unterminated input.
    static std::expected<QStringList, QString> words(const QString &sql);
    static Error refuse(const QString &reason);
};

} // namespace lotse
