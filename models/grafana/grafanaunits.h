#pragma once

#include "core/unit.h"

#include <QList>
#include <QString>

#include <optional>

namespace lotse {

/// Grafana's unit ids (`fieldConfig.defaults.unit`, an old graph's
/// `yaxes[0].format`, a singlestat's `format`) and the Lotse unit each
/// becomes. docs/grafana.md prints the same table.
class GrafanaUnits final
{
public:
    struct Mapping
    {
        const char *grafana;
        Unit unit;
    };

    /// The Lotse unit of @p id; nothing when Lotse has no unit that writes
    /// the value the same way (the value is then shown as a plain number).
    static std::optional<Unit> map(const QString &id);
    /// Every id map() knows, in the order docs/grafana.md lists them.
    static const QList<Mapping> &table();
};

} // namespace lotse
