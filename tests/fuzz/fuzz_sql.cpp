// libFuzzer target: the SQL check every statement passes before it is sent.
// Kept to the guard's public entry point, so that it follows the guard when
// its inside changes.
#include "sources/postgres/sqlguard.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString sql = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lotse::SqlGuard::check(sql, lotse::SqlGuard::Dialect::Postgres);
    (void)lotse::SqlGuard::check(sql, lotse::SqlGuard::Dialect::ClickHouse);
    return 0;
}
