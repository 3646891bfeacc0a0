// libFuzzer target: a Grafana dashboard's JSON, as users download them.
#include "grafana/grafanaimporter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)lotse::GrafanaImporter::translate(json, QStringLiteral("fuzz"));
    return 0;
}
