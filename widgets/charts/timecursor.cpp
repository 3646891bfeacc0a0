#include "charts/timecursor.h"

#include <cmath>

namespace lotse {

QDateTime TimeCursor::pinnedAt() const
{
    if (!m_pinned || !m_seconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*m_seconds * 1000)), Qt::UTC);
}

void TimeCursor::hover(double seconds, QObject *owner)
{
    if (!m_pinned)
        set(seconds, owner, false);
}

void TimeCursor::leave(QObject *owner)
{
    if (!m_pinned && m_owner == owner)
        set(std::nullopt, nullptr, false);
}

void TimeCursor::click(double seconds, QObject *owner)
{
    if (m_pinned)
        set(seconds, owner, false);
    else
        set(seconds, owner, true);
}

void TimeCursor::unpin()
{
    if (m_pinned)
        set(m_seconds, m_owner, false);
}

void TimeCursor::move(int steps, double stepSeconds)
{
    if (m_pinned && m_seconds && stepSeconds > 0)
        set(*m_seconds + steps * stepSeconds, m_owner, true);
}

void TimeCursor::set(std::optional<double> seconds, QObject *owner, bool pinned)
{
    if (m_seconds == seconds && m_owner == owner && m_pinned == pinned)
        return;
    const bool pinChanged = m_pinned != pinned;
    m_seconds = seconds;
    m_owner = owner;
    m_pinned = pinned;
    Q_EMIT moved();
    if (pinChanged)
        Q_EMIT pinnedChanged(pinned);
}

} // namespace lotse
