#include "secretstore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

namespace lotse {

namespace {

// Bus names of the keychains QtKeychain talks to on Linux: the Secret Service
// (GNOME Keyring, KeePassXC, recent KWallet) and KWallet's own interface.
const QStringList keychainBusNames = {
    QStringLiteral("org.freedesktop.secrets"),
    QStringLiteral("org.kde.kwalletd6"),
    QStringLiteral("org.kde.kwalletd5"),
    QStringLiteral("org.kde.kwalletd"),
};

bool anyKeychainOn(QDBusConnectionInterface &bus)
{
    for (const QString &name : keychainBusNames) {
        if (bus.isServiceRegistered(name).value())
            return true;
    }
    const QDBusReply<QStringList> activatable = bus.activatableServiceNames();
    if (!activatable.isValid())
        return false;
    for (const QString &name : keychainBusNames) {
        if (activatable.value().contains(name))
            return true;
    }
    return false;
}

// QtKeychain reports a missing session bus or Secret Service as an
// "OtherError" carrying libsecret's text ("Could not connect: No such file or
// directory", "Cannot autolaunch D-Bus without X11 $DISPLAY"), so the only
// reliable way to tell "no keychain" from a keychain that failed is to ask the
// bus. Only done after a job failed, so the happy path costs nothing.
std::optional<QString> unreachableCause()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return SecretStore::tr("no D-Bus session bus");
    if (!anyKeychainOn(*bus.interface()))
        return SecretStore::tr("no Secret Service on the D-Bus session bus");
    return std::nullopt;
}

// Every job: plain-text fallback off (QtKeychain would otherwise write the
// secret into a QSettings file when the keychain is unreachable), and deleted
// by QtKeychain once finished, so a job outliving its SecretStore is harmless.
void configure(QKeychain::Job &job, const QString &connection)
{
    job.setInsecureFallback(false);
    job.setAutoDelete(true);
    job.setKey(connection);
}

} // namespace

bool SecretStore::Result::keychainUnavailable() const
{
    return outcome == Outcome::NoKeychain || outcome == Outcome::Denied;
}

QString SecretStore::serviceName()
{
    return QStringLiteral("lotse");
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

void SecretStore::read(const QString &connection)
{
    start(new QKeychain::ReadPasswordJob(serviceName()), Operation::Read, connection);
}

void SecretStore::write(const QString &connection, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(secret);
    start(job, Operation::Write, connection);
}

void SecretStore::remove(const QString &connection)
{
    start(new QKeychain::DeletePasswordJob(serviceName()), Operation::Remove, connection);
}

// QtKeychain queues every job and emits its finished() from the event loop,
// so finished() of ours is never emitted from inside read/write/remove.
void SecretStore::start(QKeychain::Job *job, Operation operation, const QString &connection)
{
    configure(*job, connection);
    connect(job, &QKeychain::Job::finished, this, [this, operation, connection](QKeychain::Job *done) {
        Q_EMIT finished(resultOf(*done, operation, connection));
    });
    job->start();
}

SecretStore::Result SecretStore::resultOf(const QKeychain::Job &job, Operation operation,
                                          const QString &connection) const
{
    Result result{operation, connection, Outcome::Ok, {}, {}};
    switch (job.error()) {
    case QKeychain::NoError:
        if (const auto *readJob = qobject_cast<const QKeychain::ReadPasswordJob *>(&job))
            result.secret = readJob->textData();
        return result;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return result;
        result.outcome = Outcome::NotFound;
        result.message = tr("The keychain holds no secret for “%1”: enter it, or name an environment "
                            "variable that holds it in the connections file.")
                             .arg(connection);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.outcome = Outcome::Denied;
        result.message = deniedMessage(operation, connection);
        return result;
    case QKeychain::NoBackendAvailable:
        result.outcome = Outcome::NoKeychain;
        result.message = unavailableMessage(operation, connection,
                                            unreachableCause().value_or(tr("no keychain service is running")));
        return result;
    default: break;
    }
    if (const auto cause = unreachableCause()) {
        result.outcome = Outcome::NoKeychain;
        result.message = unavailableMessage(operation, connection, *cause);
    } else {
        result.outcome = Outcome::Failed;
        result.message = failedMessage(operation, connection, job.errorString());
    }
    return result;
}

QString SecretStore::unavailableMessage(Operation operation, const QString &connection, const QString &cause) const
{
    switch (operation) {
    case Operation::Read:
        return tr("No keychain is reachable (%1): Lotse cannot read a saved secret of “%2”. Enter it "
                  "for this session only; it is not saved.")
            .arg(cause, connection);
    case Operation::Write:
        return tr("No keychain is reachable (%1): Lotse keeps the secret of “%2” for this session "
                  "only and does not save it. To save it, start a keychain such as GNOME Keyring "
                  "or KWallet.")
            .arg(cause, connection);
    case Operation::Remove: break;
    }
    return tr("No keychain is reachable (%1): Lotse cannot remove a saved secret of “%2”. Remove it "
              "in your keychain once it runs again.")
        .arg(cause, connection);
}

QString SecretStore::deniedMessage(Operation operation, const QString &connection) const
{
    if (operation == Operation::Remove)
        return tr("The keychain is locked or refused access to the secret of “%1”: unlock it and "
                  "try again.")
            .arg(connection);
    return tr("The keychain is locked or refused access to the secret of “%1”: unlock it and try "
              "again. Until then Lotse keeps the secret for this session only.")
        .arg(connection);
}

QString SecretStore::failedMessage(Operation operation, const QString &connection, const QString &reason) const
{
    switch (operation) {
    case Operation::Read: return tr("The keychain could not read the secret of “%1”: %2").arg(connection, reason);
    case Operation::Write: return tr("The keychain could not save the secret of “%1”: %2").arg(connection, reason);
    case Operation::Remove: break;
    }
    return tr("The keychain could not remove the secret of “%1”: %2").arg(connection, reason);
}

std::expected<QString, SecretStore::Result> SecretStore::readNow(const QString &connection, int timeoutMs)
{
    SecretStore store;
    QEventLoop loop;
    std::optional<Result> result;
    connect(&store, &SecretStore::finished, &loop, [&](const Result &done) {
        result = done;
        loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    store.read(connection);
    timeout.start(timeoutMs);
    loop.exec();
    if (!result) {
        return std::unexpected(Result{Operation::Read,
                                      connection,
                                      Outcome::Failed,
                                      {},
                                      tr("The keychain did not answer within %1 s while reading the secret "
                                         "of “%2”: unlock it if it asks for a password, or try again.")
                                          .arg(QString::number(timeoutMs / 1000.0), connection)});
    }
    if (!result->ok())
        return std::unexpected(*result);
    return result->secret;
}

} // namespace lotse
