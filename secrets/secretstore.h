#pragma once

#include <QObject>
#include <QString>

#include <expected>

namespace QKeychain {
class Job;
}

namespace lotse {

/// Connection secrets (passwords, tokens) in the OS keychain through
/// QtKeychain: the Secret Service (GNOME Keyring, KeePassXC, KWallet's
/// Secret Service) on Linux, the Keychain on macOS, the Credential Store on
/// Windows. Entries are keyed by connection name under the service "lotse".
///
/// Every operation is asynchronous and ends in exactly one finished() signal,
/// always emitted later from the event loop, never from inside the call. The
/// Result names the operation and the connection, so one slot can serve many
/// requests in flight.
///
/// A secret never reaches a file in plain text: QtKeychain's insecure fallback
/// (a QSettings file) is switched off for every job. When no keychain is
/// reachable the outcome is NoKeychain (Denied when a keychain is there but
/// locked or refusing); the caller then asks the user for the secret and keeps
/// it in SessionSecrets for this session only.
class SecretStore final : public QObject
{
    Q_OBJECT

public:
    enum class Operation {
        Read,
        Write,
        Remove
    };
    Q_ENUM(Operation)

    enum class Outcome {
        Ok,         ///< done; for Read, Result::secret holds the secret
        NotFound,   ///< Read only: the keychain holds no secret for the connection
        NoKeychain, ///< no D-Bus session bus, or no keychain service on it
        Denied,     ///< the keychain is there but locked, or refused access
        Failed,     ///< anything else; the message carries the keychain's reason
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Operation operation = Operation::Read;
        QString connection;
        Outcome outcome = Outcome::Failed;
        QString secret;  ///< Read with outcome Ok only
        QString message; ///< translated: the cause and what to do; empty when Ok

        bool ok() const { return outcome == Outcome::Ok; }
        /// True when the caller should fall back to a secret for this
        /// session only (SessionSecrets): NoKeychain or Denied.
        bool keychainUnavailable() const;
    };

    /// The keychain's service name: all of Lotse's entries live under it.
    static QString serviceName();

    explicit SecretStore(QObject *parent = nullptr);

    void read(const QString &connection);
    void write(const QString &connection, const QString &secret);
    /// Removing a secret that is not there is Ok: afterwards it is not there.
    void remove(const QString &connection);

    /// Reads the secret of @p connection and waits for it in a local event
    /// loop for at most @p timeoutMs (the keychain may be prompting to unlock).
    /// For headless commands only, which have nothing else to do meanwhile:
    /// the GUI must never call it, a nested event loop there re-enters slots.
    /// The error is the Result with its outcome and message (Failed on timeout).
    static std::expected<QString, Result> readNow(const QString &connection, int timeoutMs);

Q_SIGNALS:
    void finished(const lotse::SecretStore::Result &result);

private:
    void start(QKeychain::Job *job, Operation operation, const QString &connection);
    Result resultOf(const QKeychain::Job &job, Operation operation, const QString &connection) const;
    QString unavailableMessage(Operation operation, const QString &connection, const QString &cause) const;
    QString deniedMessage(Operation operation, const QString &connection) const;
    QString failedMessage(Operation operation, const QString &connection, const QString &reason) const;
};

} // namespace lotse
