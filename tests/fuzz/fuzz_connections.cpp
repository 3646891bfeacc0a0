// libFuzzer target: a connections file (--connections FILE, or an import in
// the Connections dialog); what it reads is written back on export.
#include "connections/connectionsfile.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto connections = lotse::ConnectionsFile::parse(text, QStringLiteral("fuzz.yaml"));
    if (connections)
        (void)lotse::ConnectionsFile::serialize(*connections);
    return 0;
}
