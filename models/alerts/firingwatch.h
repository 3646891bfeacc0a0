#pragma once

#include "alerts/alert.h"

#include <QList>

namespace lotse {

/// Which alerts started firing since the last reading, for notifications.
/// The first reading only sets the baseline: what already fired when Lotse
/// started is in the count, not in a burst of notifications.
class FiringWatch final
{
public:
    /// The alerts of @p alerts that fire now and did not fire at the last update.
    QList<Alert> update(const QList<Alert> &alerts);
    /// How many alerts fired at the last update.
    int firing() const { return int(m_firing.size()); }

private:
    QList<Alert> m_firing;
    bool m_primed = false;
};

} // namespace lotse
