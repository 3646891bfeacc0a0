#include "sources/http/tlsconfiguration.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>

#include <algorithm>
#include <array>

namespace lotse {

namespace {

/// What a pin answers for: the user checked this exact certificate, so who
/// signed it and which names it carries no longer matter. Expiry, revocation,
/// a broken signature and a chain with an unfit CA still do.
bool pinAnswersFor(QSslError::SslError error)
{
    const TlsConfiguration::Fault fault = TlsConfiguration::faultOf(error);
    return fault == TlsConfiguration::Fault::UnknownIssuer || fault == TlsConfiguration::Fault::WrongHost;
}

QByteArray normalizedPin(const QByteArray &pin)
{
    QByteArray hex = pin.trimmed().toLower();
    hex.replace(':', QByteArray());
    return hex;
}

Error invalid(const QString &message)
{
    return Error{Error::Kind::Invalid, message};
}

} // namespace

TlsConfiguration::Fault TlsConfiguration::faultOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: return Fault::UnknownIssuer;
    case QSslError::InvalidCaCertificate: return Fault::InvalidCa;
    case QSslError::HostNameMismatch: return Fault::WrongHost;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid: return Fault::OutOfValidity;
    default: return Fault::Other;
    }
}

std::expected<QSslConfiguration, Error> TlsConfiguration::build(const TlsSettings &settings)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.caFile.isEmpty()) {
        auto authorities = readCertificates(settings.caFile, tr("CA file"));
        if (!authorities)
            return std::unexpected(authorities.error());
        // Replaces the system CAs (and stops Qt loading them on demand): a CA
        // file narrows trust to the CAs the user named.
        configuration.setCaCertificates(*authorities);
    }
    const bool wantsCertificate = !settings.clientCertFile.isEmpty();
    if (wantsCertificate != !settings.clientKeyFile.isEmpty()) {
        return std::unexpected(invalid(tr("A client certificate needs its private key and a key needs its "
                                          "certificate: give both files, or neither.")));
    }
    if (wantsCertificate) {
        auto certificates = readCertificates(settings.clientCertFile, tr("client certificate"));
        if (!certificates)
            return std::unexpected(certificates.error());
        auto key = readKey(settings.clientKeyFile);
        if (!key)
            return std::unexpected(key.error());
        configuration.setLocalCertificateChain(*certificates);
        configuration.setPrivateKey(*key);
    }
    return configuration;
}

void TlsConfiguration::apply(QNetworkRequest &request, const QSslConfiguration &configuration)
{
    request.setSslConfiguration(configuration);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
}

std::expected<QByteArray, Error> TlsConfiguration::readPem(const QString &path, const QString &role)
{
    if (!QFileInfo::exists(path)) {
        return std::unexpected(invalid(tr("The %1 %2 does not exist. Check its path in the connection's TLS "
                                          "settings.")
                                           .arg(role, path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(invalid(tr("The %1 %2 cannot be read (%3). Make it readable for the user "
                                          "running Lotse.")
                                           .arg(role, path, file.errorString())));
    }
    return file.readAll();
}

std::expected<QList<QSslCertificate>, Error> TlsConfiguration::readCertificates(const QString &path,
                                                                                const QString &role)
{
    const auto pem = readPem(path, role);
    if (!pem)
        return std::unexpected(pem.error());
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return std::unexpected(invalid(tr("The %1 %2 holds no PEM certificate. Give a file with one or more "
                                          "\"-----BEGIN CERTIFICATE-----\" blocks.")
                                           .arg(role, path)));
    }
    return certificates;
}

std::expected<QSslKey, Error> TlsConfiguration::readKey(const QString &path)
{
    const auto pem = readPem(path, tr("client key"));
    if (!pem)
        return std::unexpected(pem.error());
    // PEM names the algorithm only inside the key, but QSslKey must be told it.
    constexpr std::array algorithms{QSsl::Rsa, QSsl::Ec, QSsl::Dsa};
    for (const QSsl::KeyAlgorithm algorithm : algorithms) {
        QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::unexpected(invalid(tr("The client key %1 holds no unencrypted PEM private key (RSA, EC or DSA). "
                                      "Give the client certificate's key without a passphrase, e.g. as written "
                                      "by \"openssl pkey\".")
                                       .arg(path)));
}

QByteArray TlsConfiguration::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsConfiguration::displayFingerprint(const QByteArray &hexFingerprint)
{
    return QString::fromLatin1(QByteArray::fromHex(normalizedPin(hexFingerprint)).toHex(':').toUpper());
}

bool TlsConfiguration::matchesPin(const QSslCertificate &certificate, const QByteArray &pinnedSha256)
{
    const QByteArray pin = normalizedPin(pinnedSha256);
    return !pin.isEmpty() && !certificate.isNull() && fingerprint(certificate) == pin;
}

QList<QSslError> TlsConfiguration::pinnedExceptions(const QList<QSslError> &errors, const QSslCertificate &peer,
                                                    const QByteArray &pinnedSha256)
{
    if (errors.isEmpty() || !matchesPin(peer, pinnedSha256))
        return {};
    const bool allPinnable
        = std::all_of(errors.cbegin(), errors.cend(), [](const QSslError &e) { return pinAnswersFor(e.error()); });
    return allPinnable ? errors : QList<QSslError>();
}

void TlsConfiguration::trustPinned(QNetworkReply *reply, const QByteArray &pinnedSha256)
{
    if (pinnedSha256.isEmpty())
        return;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinnedSha256](const QList<QSslError> &errors) {
        QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (peer.isNull() && !errors.isEmpty())
            peer = errors.first().certificate();
        const QList<QSslError> accepted = pinnedExceptions(errors, peer, pinnedSha256);
        if (!accepted.isEmpty())
            reply->ignoreSslErrors(accepted);
    });
}

} // namespace lotse
