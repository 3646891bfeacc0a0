#pragma once

#include "core/error.h"
#include "sources/http/tlssettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>

#include <expected>

class QNetworkReply;
class QNetworkRequest;
class QSslCertificate;
class QSslKey;

namespace lotse {

/// Turns a connection's TlsSettings into what Qt's sockets use, and decides
/// whether a pinned fingerprint vouches for a certificate nobody else does.
/// Verification is never switched off: a pin trusts one exact certificate.
class TlsConfiguration final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::TlsConfiguration)

public:
    /// What one of Qt's certificate errors says about the certificate, grouped
    /// by what a user can do about it. TlsFailure words the groups, a pin
    /// answers for UnknownIssuer and WrongHost: the one reading of QSslError.
    enum class Fault {
        UnknownIssuer, ///< no CA the user trusts signed it (self-signed, issuer missing or untrusted)
        InvalidCa,     ///< a certificate in the chain is not fit to be a CA
        WrongHost,     ///< issued for other names than the one connected to
        OutOfValidity, ///< expired, or not valid yet
        Other,         ///< revoked, a broken signature, …
    };
    static Fault faultOf(QSslError::SslError error);

    /// A configuration that verifies the peer against the system CAs, or only
    /// against the CAs of @p settings.caFile, and presents the client
    /// certificate and key when both are given. Invalid names the file that
    /// is missing, unreadable or holds no usable PEM, and what to do.
    static std::expected<QSslConfiguration, Error> build(const TlsSettings &settings);
    /// Makes @p request use @p configuration, over HTTP/1.1: Qt's HTTP/2
    /// stalls or loses the TLS alert with which a server refuses the client
    /// certificate after a TLS 1.3 handshake, and the user would see a timeout.
    static void apply(QNetworkRequest &request, const QSslConfiguration &configuration);

    /// Lower-case hex SHA-256 of the certificate's DER form (the pin format).
    static QByteArray fingerprint(const QSslCertificate &certificate);
    /// "AB:CD:…", as `openssl x509 -noout -fingerprint -sha256` prints it.
    static QString displayFingerprint(const QByteArray &hexFingerprint);
    /// Does @p certificate have the fingerprint @p pinnedSha256? The pin may
    /// be given in either form above; an empty pin matches nothing.
    static bool matchesPin(const QSslCertificate &certificate, const QByteArray &pinnedSha256);

    /// The errors to ignore for a connection whose verification found
    /// @p errors: all of them when @p peer is the pinned certificate and each
    /// is one a pin answers for (no trusted issuer, another host name), else
    /// none. An expired or revoked certificate stays an error even when pinned.
    static QList<QSslError> pinnedExceptions(const QList<QSslError> &errors, const QSslCertificate &peer,
                                             const QByteArray &pinnedSha256);
    /// Makes @p reply accept the pinned certificate despite the errors
    /// pinnedExceptions() lets through; does nothing for an empty pin.
    static void trustPinned(QNetworkReply *reply, const QByteArray &pinnedSha256);

private:
    static std::expected<QList<QSslCertificate>, Error> readCertificates(const QString &path, const QString &role);
    static std::expected<QSslKey, Error> readKey(const QString &path);
    static std::expected<QByteArray, Error> readPem(const QString &path, const QString &role);
};

} // namespace lotse
