// libFuzzer target: a Redis server's byte stream, arriving in pieces. The
// first byte of the input says how long the pieces are, so that replies cut
// at every place are tried.
#include "sources/redis/resp.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = size_t(data[0] % 64) + 1;
    lotse::RespReader reader;
    for (size_t at = 1; at < size; at += piece) {
        reader.feed(QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(std::min(piece, size - at))));
        while (const auto value = reader.next())
            (void)value->items.size();
        if (reader.malformed())
            break;
    }
    return 0;
}
