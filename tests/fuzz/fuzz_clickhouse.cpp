// libFuzzer target: ClickHouse's HTTP answers, JSONCompact bodies and error
// texts alike.
#include "sources/clickhouse/clickhouseresponse.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto table = lotse::ClickHouseResponse::parse(body);
    if (table) {
        // What the table model does next: every cell by its column.
        for (const QVariantList &row : table->rows) {
            for (qsizetype column = 0; column < table->columns.size(); ++column)
                (void)row.value(column).toString();
        }
    }
    (void)lotse::ClickHouseResponse::failure(500, body, QStringLiteral("http://127.0.0.1:8123"), 1000);
    (void)lotse::ClickHouseResponse::code(body);
    return 0;
}
