#pragma once

#include "core/error.h"
#include "sources/http/tlssettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

namespace lotse {

/// Turns a failed TLS connection into an Error whose message names the cause
/// a user can act on: a certificate nobody they trust signed, one for another
/// host, one out of its validity period, a pin that does not match, or a
/// server that refused the handshake (typically for want of a client
/// certificate). Always Error::Kind::Tls; the message tells the causes apart.
class TlsFailure final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::TlsFailure)

public:
    /// @p errors are what verifying @p peer found (empty when the server broke
    /// off the handshake itself), @p detail the socket's own error text, and
    /// @p tls the settings the connection to @p location used.
    static Error describe(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &detail,
                          const QString &location, const TlsSettings &tls);

    /// The names a certificate is valid for: its DNS and IP alternative names,
    /// or its common name when it has none.
    static QStringList namesOf(const QSslCertificate &certificate);

private:
    static QString untrusted(const QSslCertificate &peer, const QString &location, const TlsSettings &tls);
    static QString wrongHost(const QSslCertificate &peer, const QString &location);
    static QString outOfValidity(QSslError::SslError error, const QSslCertificate &peer, const QString &location);
    static QString refused(const QString &detail, const QString &location, const TlsSettings &tls);
};

} // namespace lotse
