#pragma once

#include "connections/connection.h"
#include "secretstore.h"
#include "sessionsecrets.h"

#include <QObject>

#include <functional>

class QWidget;

namespace lotse {

/// Finds connections' secrets for the window, never blocking it: the
/// environment variable a connection names, else a secret typed for this
/// session, else the OS keychain (asynchronously). When no keychain is
/// reachable it says so plainly and asks for the secret for this session only;
/// nothing is ever written to disk in plain text. Saving goes to the keychain,
/// or, without one, into this session's memory with the same plain message.
class ConnectionSecrets final : public QObject
{
    Q_OBJECT

public:
    using Found = std::function<void(const QString &secret)>;

    /// @p window parents the questions asked.
    explicit ConnectionSecrets(QWidget *window);

    /// Calls @p found with the secret of @p connection (empty when it needs none or none is known).
    void find(const Connection &connection, const Found &found);
    /// Keeps @p secret for @p name in the keychain (or this session); empty removes it.
    void store(const QString &name, const QString &secret);
    void forget(const QString &name);
    SessionSecrets &session() { return m_session; }

Q_SIGNALS:
    /// No keychain could be reached; @p message says why, for the user.
    void keychainUnavailable(const QString &message);

private:
    void onKeychain(const SecretStore::Result &result);
    void askForSession(const QString &name, const QString &why, const Found &found);

    QWidget *m_window;
    SecretStore m_store;
    SessionSecrets m_session;
    QHash<QString, QList<Found>> m_waiting; ///< reads under way, by connection
    QHash<QString, QString> m_unsaved;      ///< writes under way, kept for the session should they fail
};

} // namespace lotse
