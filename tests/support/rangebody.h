#pragma once

#include <QByteArray>

#include <cmath>

namespace lotse::test {

/// A `query_range` answer as Prometheus writes it: @p seriesCount series of
/// @p points points each, values with full precision, timestamps 15 s apart.
inline QByteArray rangeBody(int seriesCount, int points)
{
    QByteArray body;
    body.reserve(qsizetype(seriesCount) * points * 36 + 1024);
    body += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    for (int s = 0; s < seriesCount; ++s) {
        if (s)
            body += ',';
        body += R"({"metric":{"__name__":"http_request_duration_seconds","job":"bench","instance":"host-)";
        body += QByteArray::number(s);
        body += R"(:9100"},"values":[)";
        for (int p = 0; p < points; ++p) {
            if (p)
                body += ',';
            body += '[';
            body += QByteArray::number(1768400000 + p * 15);
            body += ",\"";
            body += QByteArray::number(0.05 + 0.04 * std::sin(p * 0.003 + s) + 0.001 * (p % 17), 'g', 17);
            body += "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return body;
}

} // namespace lotse::test
