// libFuzzer target: the SQL checks every statement passes before it is sent.
// PostgreSQL's goes through libpg_query's parse tree and Lotse's walk of it
// (SqlGuard); ClickHouse's reads the statement's words (ClickHouseGuard).
// Kept to the guards' public entry points, so that it follows them when their
// inside changes.
#include "sources/clickhouse/clickhouseguard.h"
#include "sources/postgres/sqlguard.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lotse::SqlGuard::check(sql);
    (void)lotse::SqlGuard::explain(sql, false);
    (void)lotse::SqlGuard::checkBody(sql);
    (void)lotse::ClickHouseGuard::check(sql);
    return 0;
}
