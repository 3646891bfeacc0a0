#include "sources/http/tlsfailure.h"

#include "sources/http/tlsconfiguration.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace lotse {

namespace {

QString issuerOf(const QSslCertificate &certificate)
{
    const QStringList names = certificate.issuerInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? certificate.issuerDisplayName() : names.join(QStringLiteral(", "));
}

} // namespace

Error TlsFailure::describe(const QList<QSslError> &errors, const QSslCertificate &peer, const QString &detail,
                           const QString &location, const TlsSettings &tls)
{
    if (errors.isEmpty())
        return {Error::Kind::Tls, refused(detail, location, tls)};

    // One sentence per cause, in the order a user would fix them.
    QStringList sentences;
    bool untrustedSaid = false;
    bool wrongHostSaid = false;
    QStringList others;
    using Fault = TlsConfiguration::Fault;
    for (const QSslError &error : errors) {
        switch (TlsConfiguration::faultOf(error.error())) {
        case Fault::UnknownIssuer:
        case Fault::InvalidCa:
            if (!std::exchange(untrustedSaid, true))
                sentences.prepend(untrusted(peer, location, tls));
            break;
        case Fault::WrongHost:
            if (!std::exchange(wrongHostSaid, true))
                sentences.append(wrongHost(peer, location));
            break;
        case Fault::OutOfValidity: sentences.append(outOfValidity(error.error(), peer, location)); break;
        case Fault::Other: others.append(error.errorString()); break;
        }
    }
    if (!others.isEmpty()) {
        sentences.append(
            tr("The certificate of %1 was rejected: %2.").arg(location, others.join(QStringLiteral("; "))));
    }
    return {Error::Kind::Tls, sentences.join(QLatin1Char(' '))};
}

QStringList TlsFailure::namesOf(const QSslCertificate &certificate)
{
    const auto alternatives = certificate.subjectAlternativeNames();
    QStringList names;
    for (const auto type : {QSsl::AlternativeNameEntryType::DnsEntry, QSsl::AlternativeNameEntryType::IpAddressEntry}) {
        // values() lists the last inserted first; the certificate's own order reads better.
        QStringList ofType = alternatives.values(type);
        std::reverse(ofType.begin(), ofType.end());
        names += ofType;
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

QString TlsFailure::untrusted(const QSslCertificate &peer, const QString &location, const TlsSettings &tls)
{
    if (!tls.pinnedSha256.isEmpty() && !peer.isNull() && !TlsConfiguration::matchesPin(peer, tls.pinnedSha256)) {
        return tr("The certificate of %1 is not the one you pinned: it has the SHA-256 fingerprint %2, the pin is "
                  "%3. If the server's certificate was replaced on purpose, check the new one and pin it again.")
            .arg(location, TlsConfiguration::displayFingerprint(TlsConfiguration::fingerprint(peer)),
                 TlsConfiguration::displayFingerprint(tls.pinnedSha256));
    }
    if (!tls.caFile.isEmpty()) {
        return tr("The certificate of %1 (issued by %2) is not signed by a CA you trust: the CA file %3 does not "
                  "vouch for it. Give the connection the CA file of the server's CA, or pin the certificate.")
            .arg(location, issuerOf(peer), tls.caFile);
    }
    return tr("The certificate of %1 (issued by %2) is not signed by a CA you trust; give the connection a CA file, "
              "or pin the certificate.")
        .arg(location, issuerOf(peer));
}

QString TlsFailure::wrongHost(const QSslCertificate &peer, const QString &location)
{
    return tr("The certificate of %1 is for %2, not %3. Connect by a name the certificate carries, or have the "
              "server's certificate reissued for this name.")
        .arg(location, namesOf(peer).join(QStringLiteral(", ")), QUrl(location).host());
}

QString TlsFailure::outOfValidity(QSslError::SslError error, const QSslCertificate &peer, const QString &location)
{
    if (error == QSslError::CertificateNotYetValid) {
        return tr("The certificate of %1 is not valid before %2. Check the clocks of this computer and of the "
                  "server.")
            .arg(location, QLocale().toString(peer.effectiveDate().toLocalTime(), QLocale::ShortFormat));
    }
    return tr("The certificate of %1 expired on %2. The server's certificate must be renewed.")
        .arg(location, QLocale().toString(peer.expiryDate().toLocalTime(), QLocale::ShortFormat));
}

QString TlsFailure::refused(const QString &detail, const QString &location, const TlsSettings &tls)
{
    // OpenSSL's words when the first answer to its hello is not TLS at all, such
    // as a plain-HTTP server's "HTTP/1.1 400": no certificate can help there.
    if (detail.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive)
        || detail.contains(QLatin1String("packet length too long"), Qt::CaseInsensitive)) {
        return tr("%1 answered without TLS: the server speaks plain HTTP. Write the address with http:// "
                  "instead of https://, or turn TLS on at the server.")
            .arg(location);
    }
    if (tls.clientCertFile.isEmpty()) {
        return tr("%1 refused the TLS handshake (%2). The server probably requires a client certificate: give the "
                  "connection a client certificate and key.")
            .arg(location, detail);
    }
    return tr("%1 refused the TLS handshake with the client certificate %2 (%3). Check that the server trusts the "
              "CA that signed it and that the key belongs to it.")
        .arg(location, tls.clientCertFile, detail);
}

} // namespace lotse
