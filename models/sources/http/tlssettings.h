#pragma once

#include <QByteArray>
#include <QString>

namespace lotse {

/// How one connection checks the server it talks to over TLS, and proves who
/// it is. Verification is always on: the only way to trust a certificate the
/// system CAs (or caFile) do not vouch for is to pin its exact fingerprint.
/// Only a PostgreSQL connection can turn TLS off altogether (`tls: off`),
/// for a remote server without TLS; it is then shown with a warning.
struct TlsSettings
{
    QString caFile;          ///< PEM file of CAs to trust instead of the system's; empty: the system CAs
    QString clientCertFile;  ///< PEM client certificate, for servers that ask for one
    QString clientKeyFile;   ///< its unencrypted PEM private key
    QByteArray pinnedSha256; ///< lower-case hex SHA-256 of the server certificate (DER) the user accepted
    bool off = false;        ///< tls: off (PostgreSQL): plain text even to a remote host

    bool operator==(const TlsSettings &) const = default;
};

} // namespace lotse
