// libFuzzer target: a runbook file as a user (or a download) may write it.
#include "definitions/runbookloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lotse::RunbookLoader::looksLikeRunbook(text);
    (void)lotse::RunbookLoader::parse(text, QStringLiteral("fuzz.yaml"));
    return 0;
}
