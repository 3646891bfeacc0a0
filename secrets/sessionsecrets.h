#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace lotse {

/// Secrets that the user typed in for this process only, keyed by connection
/// name. Used when SecretStore reports that no keychain is reachable (or that
/// it refused): the secret then lives in memory until the program ends and is
/// never written anywhere. The application owns one instance and hands it to
/// whoever needs a secret.
class SessionSecrets final
{
public:
    /// Keeps @p secret for @p connection, replacing an earlier one.
    void remember(const QString &connection, const QString &secret);
    /// The secret kept for @p connection, if any.
    std::optional<QString> secret(const QString &connection) const;
    bool contains(const QString &connection) const;
    /// Drops the secret of @p connection (e.g. when the connection is removed).
    void forget(const QString &connection);
    void clear();

private:
    QHash<QString, QString> m_secrets;
};

} // namespace lotse
