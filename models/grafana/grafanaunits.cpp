#include "grafana/grafanaunits.h"

namespace lotse {

const QList<GrafanaUnits::Mapping> &GrafanaUnits::table()
{
    // Only ids whose values Lotse writes with the same meaning: kbytes (a
    // value already in KiB) or µs would be read a thousand times off.
    static const QList<Mapping> mappings = {
        {"", Unit::None},
        {"none", Unit::None},
        {"short", Unit::None},
        {"locale", Unit::None},
        {"s", Unit::Seconds},
        {"dtdurations", Unit::Seconds},
        {"ms", Unit::Milliseconds},
        {"dtdurationms", Unit::Milliseconds},
        {"percent", Unit::Percent},
        {"percentunit", Unit::Ratio},
        {"reqps", Unit::RequestsPerSecond},
        {"rps", Unit::RequestsPerSecond},
        {"ops", Unit::RequestsPerSecond},
        {"iops", Unit::RequestsPerSecond},
        {"wps", Unit::RequestsPerSecond},
        {"bytes", Unit::Bytes},
        {"decbytes", Unit::Bytes},
        {"Bps", Unit::BytesPerSecond},
        {"binBps", Unit::BytesPerSecond},
        {"decBps", Unit::BytesPerSecond},
        {"currencyUSD", Unit::Usd},
    };
    return mappings;
}

std::optional<Unit> GrafanaUnits::map(const QString &id)
{
    for (const Mapping &mapping : table()) {
        if (id == QLatin1String(mapping.grafana))
            return mapping.unit;
    }
    return std::nullopt;
}

} // namespace lotse
