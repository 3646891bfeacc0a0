#include "sources/rangesource.h"

#include "sources/source.h"

namespace lotse {

Error RangeSource::unsupported(const Source &source)
{
    return Error{Error::Kind::Invalid,
                 tr("A %1 source answers at one instant only; time series over a range are "
                    "not supported. Chart it from a Prometheus source.")
                     .arg(source.kind())};
}

} // namespace lotse
