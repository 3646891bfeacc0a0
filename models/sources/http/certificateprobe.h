#pragma once

#include "core/error.h"
#include "sources/http/tlssettings.h"

#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <expected>

class QSslSocket;

namespace lotse {

/// What a server's certificate says, as a user checks it before pinning it.
struct ServerCertificate
{
    QString subject;         ///< the subject's common name
    QString issuer;          ///< the issuer's common name (or its full name when it has none)
    QDateTime notBefore;     ///< start of validity (UTC)
    QDateTime notAfter;      ///< end of validity (UTC)
    QStringList names;       ///< DNS and IP alternative names (the common name when there are none)
    QByteArray sha256;       ///< lower-case hex SHA-256 of the DER form: what TlsSettings::pinnedSha256 takes
    QString sha256Display;   ///< the same as "AB:CD:…", as openssl prints it
    bool verified = false;   ///< trusted by the settings' CAs, issued for the URL's host, handshake completed
    bool matchesPin = false; ///< it is the certificate the settings pin
    QString problem;         ///< why it is not verified, as a connection would say; empty when verified
    QSslCertificate certificate;
};

/// Fetches a https server's certificate without sending it anything: connects
/// to the URL's host and port, lets the TLS handshake run far enough to see
/// the certificate, and hangs up. It reports the certificate even when it is
/// not trusted, so the user can decide whether to pin it. Never blocks: the
/// result arrives with finished().
class CertificateProbe final : public QObject
{
    Q_OBJECT

public:
    using Result = std::expected<ServerCertificate, Error>;

    /// Probes @p url (https, port 443 unless given) with the CAs and client
    /// certificate of @p tls, giving up after @p timeoutMs.
    CertificateProbe(QUrl url, TlsSettings tls, int timeoutMs = 10000, QObject *parent = nullptr);

    /// Starts the probe; finished() follows, for a failure too. Call once.
    void start();
    bool isFinished() const { return m_finished; }
    /// Valid once finished() was emitted: the certificate, or why none was seen
    /// (Invalid for an unusable URL or TLS file, else as a connection fails).
    const Result &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void keepErrors(const QList<QSslError> &errors);
    void failed();
    void finish(Result result);
    ServerCertificate describe(const QSslCertificate &certificate, const QString &failure = {}) const;
    QString location() const;

    QUrl m_url;
    TlsSettings m_tls;
    int m_timeoutMs;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    QList<QSslError> m_errors;
    bool m_checked = false; ///< verification ran to its verdict (m_errors)
    bool m_finished = false;
    Result m_result;
};

} // namespace lotse
