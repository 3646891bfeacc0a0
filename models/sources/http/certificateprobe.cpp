#include "sources/http/certificateprobe.h"

#include "sources/http/httpfailure.h"
#include "sources/http/tlsconfiguration.h"
#include "sources/http/tlsfailure.h"

#include <QSslSocket>

namespace lotse {

namespace {

/// The socket's failure in the terms HttpFailure explains to users, so a probe
/// and a request to the same server fail with the same words.
QNetworkReply::NetworkError asNetworkError(QAbstractSocket::SocketError error)
{
    using S = QAbstractSocket::SocketError;
    switch (error) {
    case S::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case S::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case S::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case S::SocketTimeoutError: return QNetworkReply::TimeoutError;
    case S::SslHandshakeFailedError: return QNetworkReply::SslHandshakeFailedError;
    case S::ProxyConnectionRefusedError: return QNetworkReply::ProxyConnectionRefusedError;
    case S::ProxyNotFoundError: return QNetworkReply::ProxyNotFoundError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

QString firstOrDisplay(const QStringList &names, const QString &display)
{
    return names.isEmpty() ? display : names.join(QStringLiteral(", "));
}

} // namespace

CertificateProbe::CertificateProbe(QUrl url, TlsSettings tls, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_tls(std::move(tls))
    , m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(std::unexpected(
            HttpFailure::fromTransport(QNetworkReply::TimeoutError, {}, location(), true, m_timeoutMs)));
    });
}

QString CertificateProbe::location() const
{
    return m_url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

void CertificateProbe::start()
{
    if (m_url.scheme() != QLatin1String("https") || m_url.host().isEmpty()) {
        // Reported on the next turn, like every other outcome, so callers connect first.
        const Error error{Error::Kind::Invalid,
                          tr("%1 is no https URL: only a server that speaks TLS has a certificate to show.")
                              .arg(m_url.toDisplayString())};
        QTimer::singleShot(0, this, [this, error] { finish(std::unexpected(error)); });
        return;
    }
    auto configuration = TlsConfiguration::build(m_tls);
    if (!configuration) {
        QTimer::singleShot(0, this, [this, error = configuration.error()] { finish(std::unexpected(error)); });
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(*configuration);
    connect(m_socket, &QSslSocket::sslErrors, this, &CertificateProbe::keepErrors);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_checked = true;
        finish(describe(m_socket->peerCertificate()));
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, &CertificateProbe::failed);
    m_deadline.start(m_timeoutMs);
    m_socket->connectToHostEncrypted(m_url.host(), quint16(m_url.port(443)));
}

void CertificateProbe::keepErrors(const QList<QSslError> &errors)
{
    // The probe only looks: nothing is sent over this connection, so the
    // handshake may go on to show the certificate whatever verification found.
    m_errors = errors;
    m_checked = true;
    m_socket->ignoreSslErrors(errors);
}

void CertificateProbe::failed()
{
    // A server that breaks off after showing its certificate (one that wants
    // a client certificate) has still shown it.
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        finish(describe(peer, m_socket->errorString()));
        return;
    }
    const QNetworkReply::NetworkError error = asNetworkError(m_socket->error());
    if (error == QNetworkReply::SslHandshakeFailedError) {
        finish(std::unexpected(TlsFailure::describe(m_errors, peer, m_socket->errorString(), location(), m_tls)));
        return;
    }
    finish(std::unexpected(HttpFailure::fromTransport(error, m_socket->errorString(), location(), false, m_timeoutMs)));
}

ServerCertificate CertificateProbe::describe(const QSslCertificate &certificate, const QString &failure) const
{
    ServerCertificate described;
    described.subject
        = firstOrDisplay(certificate.subjectInfo(QSslCertificate::CommonName), certificate.subjectDisplayName());
    described.issuer
        = firstOrDisplay(certificate.issuerInfo(QSslCertificate::CommonName), certificate.issuerDisplayName());
    described.notBefore = certificate.effectiveDate().toUTC();
    described.notAfter = certificate.expiryDate().toUTC();
    described.names = TlsFailure::namesOf(certificate);
    described.sha256 = TlsConfiguration::fingerprint(certificate);
    described.sha256Display = TlsConfiguration::displayFingerprint(described.sha256);
    described.verified = m_checked && m_errors.isEmpty() && failure.isEmpty();
    described.matchesPin = TlsConfiguration::matchesPin(certificate, m_tls.pinnedSha256);
    if (!described.verified) {
        // A server that broke off the handshake before verification's verdict
        // is described as refusing it (TlsFailure says so for no errors).
        const QList<QSslError> errors = m_checked ? m_errors : QList<QSslError>();
        described.problem = TlsFailure::describe(errors, certificate, failure, location(), m_tls).message;
    }
    described.certificate = certificate;
    return described;
}

void CertificateProbe::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace lotse
