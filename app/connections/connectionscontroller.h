#pragma once

#include "connections/connection.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace lotse {

class ConnectionSecrets;
class ConnectionsDialog;

/// Runs the Connections dialog: loads the user's connections file, tests a
/// connection (server version and round trip, or the exact failure; an
/// untrusted certificate is shown for pinning), imports and exports
/// connections files, and on OK saves the file (no secrets) and the typed
/// secrets (keychain). The dialog itself only shows and collects.
class ConnectionsController final : public QObject
{
    Q_OBJECT

public:
    ConnectionsController(ConnectionSecrets *secrets, QWidget *window);

    /// Opens the dialog on the connections in @p path (the user's file by default).
    void open(const QString &path = {});
    ConnectionsDialog *dialog() const;
    /// The sources the command line named ("name — location"), shown apart in the dialog.
    void setCommandLineSources(const QStringList &sources) { m_commandLineSources = sources; }

Q_SIGNALS:
    /// The user saved @p connections.
    void connectionsChanged(const QList<lotse::Connection> &connections);
    /// A test ended; for tests and the status line.
    void tested(const QString &name, bool ok, const QString &text);

private:
    void test(const Connection &connection, const QString &typedSecret);
    void probe(const Connection &connection, const QString &secret);
    void offerPin(const Connection &connection, const QString &secret);
    void report(const QString &name, bool ok, const QString &text);
    void importFrom(const QString &path);
    void exportTo(const QString &path, const QList<Connection> &connections);
    void save();

    ConnectionSecrets *m_secrets;
    QWidget *m_window;
    QString m_path;
    QStringList m_commandLineSources;
    QPointer<ConnectionsDialog> m_dialog;
};

} // namespace lotse
