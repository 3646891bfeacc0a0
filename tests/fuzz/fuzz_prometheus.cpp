// libFuzzer target: bodies of the Prometheus HTTP API as any server (or
// anything claiming to be one) may send them.
#include "sources/prometheus/prometheusresponseparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = lotse::PrometheusResponseParser::parse(body);
    if (parsed) {
        // What the dashboard does next: every series is read to its end.
        double sum = 0;
        for (const lotse::Series &series : parsed->series) {
            for (qsizetype i = 0; i < series.size(); ++i)
                sum += series.times[size_t(i)] + series.values[size_t(i)];
        }
        (void)sum;
    }
    return 0;
}
