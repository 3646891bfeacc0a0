#include "sessionsecrets.h"

namespace lotse {

void SessionSecrets::remember(const QString &connection, const QString &secret)
{
    m_secrets.insert(connection, secret);
}

std::optional<QString> SessionSecrets::secret(const QString &connection) const
{
    const auto it = m_secrets.constFind(connection);
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

bool SessionSecrets::contains(const QString &connection) const
{
    return m_secrets.contains(connection);
}

void SessionSecrets::forget(const QString &connection)
{
    m_secrets.remove(connection);
}

void SessionSecrets::clear()
{
    m_secrets.clear();
}

} // namespace lotse
