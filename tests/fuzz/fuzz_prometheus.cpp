// libFuzzer target: bodies of the Prometheus HTTP API as any server (or
// anything claiming to be one) may send them. Each body is also parsed in
// pieces of a few bytes, which must give exactly what the whole parse gives:
// a cut the parser wrongly trusted would show here as a different answer.
#include "sources/prometheus/prometheusresponseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

namespace {

bool sameDoubles(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool sameResult(const lotse::QueryResult &a, const lotse::QueryResult &b)
{
    if (a.type != b.type || a.text != b.text || a.warnings != b.warnings || a.series.size() != b.series.size())
        return false;
    for (size_t i = 0; i < a.series.size(); ++i) {
        const lotse::Series &x = a.series[i];
        const lotse::Series &y = b.series[i];
        if (x.labels != y.labels || !sameDoubles(x.times, y.times) || !sameDoubles(x.values, y.values))
            return false;
    }
    return true;
}

bool sameAnswer(const std::expected<lotse::QueryResult, lotse::Error> &whole,
                const std::expected<lotse::QueryResult, lotse::Error> &pieces)
{
    if (whole.has_value() != pieces.has_value())
        return false;
    if (!whole)
        return whole.error().kind == pieces.error().kind && whole.error().message == pieces.error().message;
    return sameResult(*whole, *pieces);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = lotse::PrometheusResponseParser::parse(body, qsizetype(size) + 1);
    if (parsed) {
        // What the dashboard does next: every series is read to its end.
        double sum = 0;
        for (const lotse::Series &series : parsed->series) {
            for (qsizetype i = 0; i < series.size(); ++i)
                sum += series.times[size_t(i)] + series.values[size_t(i)];
        }
        (void)sum;
    }
    const qsizetype pieceBytes = size > 0 ? qsizetype(data[0] % 64) + 1 : 1;
    if (!sameAnswer(parsed, lotse::PrometheusResponseParser::parse(body, pieceBytes)))
        std::abort();
    return 0;
}
