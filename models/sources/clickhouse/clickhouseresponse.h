#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Reads ClickHouse's HTTP answers: a FORMAT JSONCompact body into a Table,
/// typed by the columns' meta (numbers stay numbers even when the server
/// quotes 64-bit integers), and an error body ("Code: 164, e.displayText() =
/// DB::Exception: …" on 18.16, "Code: 164. DB::Exception: … (READONLY)"
/// later) into an Error.
class ClickHouseResponse final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ClickHouseResponse)

public:
    static std::expected<Table, Error> parse(const QByteArray &body);
    static Error failure(int status, const QByteArray &body, const QString &location, int timeoutMs);
    /// The server's exception code in @p body, 0 when none.
    static int code(const QByteArray &body);
};

} // namespace lotse
