#pragma once

#include "connections/connection.h"
#include "core/diagnostic.h"
#include "core/error.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Reads and writes connections files (docs/connections.md): YAML that names
/// each source, where it is, how to log in and how TLS is checked, and never
/// a secret. A key such as `password:` is refused with a message saying where
/// secrets go (the keychain, or an environment variable named by `secret_env`).
/// The Connections dialog keeps the user's connections in one of these, and
/// `--connections FILE` reads one.
class ConnectionsFile final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ConnectionsFile)

public:
    /// Parses @p text; @p file names it in the problems found.
    static std::expected<QList<Connection>, Diagnostics> parse(const QByteArray &text, const QString &file);
    static std::expected<QList<Connection>, Diagnostics> read(const QString &path);
    static QByteArray serialize(const QList<Connection> &connections);
    /// Writes @p connections to @p path all or nothing.
    static std::expected<void, Error> write(const QString &path, const QList<Connection> &connections);
    /// Where the Connections dialog keeps the user's connections.
    static QString userPath();
};

} // namespace lotse
