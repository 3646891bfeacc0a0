#include "alerts/firingwatch.h"

#include <algorithm>

namespace lotse {

QList<Alert> FiringWatch::update(const QList<Alert> &alerts)
{
    QList<Alert> firing;
    std::copy_if(alerts.cbegin(), alerts.cend(), std::back_inserter(firing),
                 [](const Alert &alert) { return alert.state == Alert::State::Firing; });
    QList<Alert> started;
    if (m_primed) {
        std::copy_if(firing.cbegin(), firing.cend(), std::back_inserter(started), [this](const Alert &alert) {
            return std::none_of(m_firing.cbegin(), m_firing.cend(),
                                [&alert](const Alert &before) { return before.sameAs(alert); });
        });
    }
    m_firing = std::move(firing);
    m_primed = true;
    return started;
}

} // namespace lotse
