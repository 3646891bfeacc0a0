#pragma once

#include "connections/connection.h"
#include "connections/connectionfield.h"

namespace lotse {

/// A connection as the Connections dialog edits it: the Connection, and what
/// it cannot hold (a secret typed for it, headers as typed).
///
/// usesSecret, as edited() reports it: for a kind with a choice of
/// authentication (Prometheus), whenever Basic or Bearer token is chosen. For
/// the others, when a user or a secret environment variable is set, a secret
/// was typed here, or the connection came in with a stored secret under the
/// same name.
struct ConnectionDraft
{
    Connection connection;
    QString originalName;      ///< name when the dialog got it, if it was there at construction; empty for new ones
    bool storedSecret = false; ///< usesSecret as it came in: a secret may be stored under originalName
    QString typedSecret;
    QString headersText; ///< as typed, so a malformed line survives switching connections

    /// A draft of @p connection; @p known: its name was there when the dialog
    /// opened, so a secret may be stored under it.
    static ConnectionDraft of(const Connection &connection, bool known);

    /// Whether the connection's kind has a field @p id in its form.
    bool has(ConnectionField::Id id) const;
    /// Whether the keychain holds a secret under the connection's present name.
    bool hasStoredSecret() const { return storedSecret && connection.name == originalName; }
    /// The connection to save: usesSecret decided, and what its kind has no field for dropped.
    Connection edited() const;
    /// Takes @p text as typed; the headers change when every line is of the form "Name: value".
    void setHeadersText(const QString &text);
    /// The 1-based number of the first header line not of the form "Name: value";
    /// 0 when there is none, or the kind has no headers.
    int badHeaderLine() const;
};

} // namespace lotse
