#include "connections/connectionsecrets.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace lotse {

ConnectionSecrets::ConnectionSecrets(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_store, &SecretStore::finished, this, &ConnectionSecrets::onKeychain);
}

void ConnectionSecrets::find(const Connection &connection, const Found &found)
{
    if (const auto fromEnvironment = connection.environmentSecret()) {
        found(*fromEnvironment);
        return;
    }
    if (!connection.usesSecret) {
        found(QString());
        return;
    }
    if (const auto kept = m_session.secret(connection.name)) {
        found(*kept);
        return;
    }
    QList<Found> &waiting = m_waiting[connection.name];
    waiting.append(found);
    if (waiting.size() == 1)
        m_store.read(connection.name);
}

void ConnectionSecrets::store(const QString &name, const QString &secret)
{
    if (secret.isEmpty()) {
        forget(name);
        return;
    }
    // Meanwhile, and for good should the keychain be unreachable, this session knows it.
    m_session.remember(name, secret);
    m_unsaved.insert(name, secret);
    m_store.write(name, secret);
}

void ConnectionSecrets::forget(const QString &name)
{
    m_session.forget(name);
    m_store.remove(name);
}

void ConnectionSecrets::onKeychain(const SecretStore::Result &result)
{
    if (result.operation == SecretStore::Operation::Write) {
        m_unsaved.remove(result.connection);
        if (result.ok())
            m_session.forget(result.connection); // the keychain has it now
        else
            Q_EMIT keychainUnavailable(result.message);
        return;
    }
    if (result.operation != SecretStore::Operation::Read)
        return;
    const QList<Found> waiting = m_waiting.take(result.connection);
    if (result.keychainUnavailable()) {
        Q_EMIT keychainUnavailable(result.message);
        for (const Found &found : waiting)
            askForSession(result.connection, result.message, found);
        return;
    }
    for (const Found &found : waiting)
        found(result.ok() ? result.secret : QString());
}

void ConnectionSecrets::askForSession(const QString &name, const QString &why, const Found &found)
{
    if (const auto kept = m_session.secret(name)) {
        found(*kept);
        return;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Secret for %1").arg(name));
    dialog->setLabelText(tr("%1\n\nEnter the password or token of \"%2\". Lotse keeps it in memory until it quits "
                            "and writes it nowhere.")
                             .arg(why, name));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, name, found](const QString &secret) {
        m_session.remember(name, secret);
        found(secret);
    });
    connect(dialog, &QDialog::rejected, this, [found] { found(QString()); });
    dialog->open();
}

} // namespace lotse
