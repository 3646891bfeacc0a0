#pragma once

#include "connections/connection.h"

#include <QObject>

class QWidget;

namespace lotse {

class ConnectionSecrets;
class ConnectionsController;
class Notifier;
class Source;
class SourceRegistry;
class SourceVersions;
class StartupOptions;

/// The window's live sources: made from the command line or from connections
/// (each with its secret, found first), replaced when Settings ▸ Connections
/// saves, and their servers' versions for reports and snapshots.
class SourcesController final : public QObject
{
    Q_OBJECT

public:
    /// @p window parents the questions for secrets and the Connections dialog.
    SourcesController(Notifier *notifier, QWidget *window);

    SourceRegistry *sources() const { return m_sources; }
    SourceVersions *versions() const { return m_versions; }
    ConnectionsController *connections() const { return m_connections; }

    /// The sources of @p options' connections file, else those named on its
    /// command line; ready() follows.
    void start(const StartupOptions &options);
    /// Makes @p connections the sources (finding their secrets first, asking
    /// when no keychain is reachable); ready() follows.
    void useConnections(const QList<Connection> &connections);
    /// "name: location · …", for the status line.
    QString description() const;

Q_SIGNALS:
    /// Whatever reads the sources must let go of them now: they are replaced.
    void aboutToReplace();
    /// The sources are in place, new or the same.
    void ready();

private:
    void install(const QList<Source *> &sources, const QStringList &problems);

    Notifier *m_notifier;
    SourceRegistry *m_sources;
    SourceVersions *m_versions;
    ConnectionSecrets *m_secrets;
    ConnectionsController *m_connections;
};

} // namespace lotse
