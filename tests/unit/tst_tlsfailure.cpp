// The TLS decisions that need no server: which certificate faults a pin
// answers for, the fingerprint forms, the configuration built from settings,
// and a failure message per cause (the integration test tst_prometheustls
// meets the same causes on real servers).
#include "sources/http/tlsconfiguration.h"
#include "sources/http/tlsfailure.h"

#include <QDateTime>
#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace lotse;

namespace {

// openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 3650 -subj /CN=unit.example
//   -addext subjectAltName=DNS:unit.example,DNS:alt.example,IP:10.0.0.1
const QByteArray kCertificate = R"(-----BEGIN CERTIFICATE-----
MIIBrzCCAVWgAwIBAgIUAVmrrORDCt2D5VfUdBbteJ6RjUYwCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMdW5pdC5leGFtcGxlMB4XDTI2MTEyMjIyNDE0OFoXDTM2MTEx
OTIyNDE0OFowFzEVMBMGA1UEAwwMdW5pdC5leGFtcGxlMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAE9mpHd8OBvhTLHL7Mvbwq9Xs2dkPRnXY8zMHTrHYuRBmb6wq+
TaJDRV7lZHlZ31w2fjCcoqvANSGkr/GqtLBETqN/MH0wHQYDVR0OBBYEFHdxTDXj
PxmCxZsp8LPzXZ/OC3p5MB8GA1UdIwQYMBaAFHdxTDXjPxmCxZsp8LPzXZ/OC3p5
MA8GA1UdEwEB/wQFMAMBAf8wKgYDVR0RBCMwIYIMdW5pdC5leGFtcGxlggthbHQu
ZXhhbXBsZYcECgAAATAKBggqhkjOPQQDAgNIADBFAiBrqOfxPJYPqalocFJyxflB
yVUuJm/YNYKINMtJumpDUAIhAIfs55IBviVKA1lF1fYdQ/sCVUJ7PQQP6qROT9T6
9TnI
-----END CERTIFICATE-----
)";
const QByteArray kFingerprint = "49659076700a5aa9e370c5a2d733e43f1404cf06c901ce0f75d5692c5c13d276";
const QString kDisplayFingerprint
    = QStringLiteral("49:65:90:76:70:0A:5A:A9:E3:70:C5:A2:D7:33:E4:3F:14:04:CF:06:C9:01:CE:0F:75:D5:69:2C:5C:13:D2:76");
const QString kLocation = QStringLiteral("https://10.0.0.2:9090");

QSslCertificate certificate()
{
    return QSslCertificate(kCertificate, QSsl::Pem);
}

Error failure(const QList<QSslError::SslError> &errors, const TlsSettings &tls = {})
{
    QList<QSslError> found;
    for (const QSslError::SslError error : errors)
        found.append(QSslError(error, certificate()));
    return TlsFailure::describe(found, certificate(), QStringLiteral("handshake failed"), kLocation, tls);
}

} // namespace

class TestTlsFailure final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fingerprintForms()
    {
        QCOMPARE(TlsConfiguration::fingerprint(certificate()), kFingerprint);
        QCOMPARE(TlsConfiguration::displayFingerprint(kFingerprint), kDisplayFingerprint);
        QVERIFY(TlsConfiguration::matchesPin(certificate(), kFingerprint));
        QVERIFY(TlsConfiguration::matchesPin(certificate(), kDisplayFingerprint.toLatin1()));
        QVERIFY(!TlsConfiguration::matchesPin(certificate(), QByteArray()));
        QVERIFY(!TlsConfiguration::matchesPin(certificate(), QByteArray(kFingerprint).replace('4', '5')));
    }

    void pinAnswersForTrustAndNamesOnly()
    {
        const QList<QSslError> selfSignedElsewhere{QSslError(QSslError::SelfSignedCertificate, certificate()),
                                                   QSslError(QSslError::HostNameMismatch, certificate())};
        QCOMPARE(TlsConfiguration::pinnedExceptions(selfSignedElsewhere, certificate(), kFingerprint),
                 selfSignedElsewhere);
        QVERIFY(TlsConfiguration::pinnedExceptions(selfSignedElsewhere, certificate(), QByteArray(64, 'a')).isEmpty());
        QVERIFY(TlsConfiguration::pinnedExceptions(selfSignedElsewhere, QSslCertificate(), kFingerprint).isEmpty());
        const QList<QSslError> expired{QSslError(QSslError::SelfSignedCertificate, certificate()),
                                       QSslError(QSslError::CertificateExpired, certificate())};
        QVERIFY(TlsConfiguration::pinnedExceptions(expired, certificate(), kFingerprint).isEmpty());
    }

    void eachCauseHasItsOwnMessage()
    {
        TlsSettings withClientCertificate;
        withClientCertificate.clientCertFile = QStringLiteral("/etc/lotse/client.pem");
        TlsSettings pinned;
        pinned.pinnedSha256 = QByteArray(64, 'a');
        const QList<Error> errors{
            failure({QSslError::SelfSignedCertificate}),
            failure({QSslError::SelfSignedCertificate}, pinned),
            failure({QSslError::HostNameMismatch}),
            failure({QSslError::CertificateExpired}),
            failure({QSslError::CertificateNotYetValid}),
            failure({QSslError::CertificateRevoked}),
            failure({}),
            failure({}, withClientCertificate),
        };
        for (qsizetype i = 0; i < errors.size(); ++i) {
            QCOMPARE(errors[i].kind, Error::Kind::Tls);
            QVERIFY2(errors[i].message.contains(kLocation), qPrintable(errors[i].message));
            for (qsizetype j = i + 1; j < errors.size(); ++j)
                QVERIFY2(errors[i].message != errors[j].message, qPrintable(errors[i].message));
        }
        QVERIFY(errors[1].message.contains(kDisplayFingerprint));
        QVERIFY(errors[1].message.contains(TlsConfiguration::displayFingerprint(pinned.pinnedSha256)));
        QVERIFY2(errors[2].message.contains(QLatin1String("unit.example, alt.example, 10.0.0.1")),
                 qPrintable(errors[2].message));
        QVERIFY(errors[2].message.contains(QLatin1String("10.0.0.2")));
        QVERIFY(errors[3].message.contains(
            QLocale().toString(certificate().expiryDate().toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(errors[4].message.contains(
            QLocale().toString(certificate().effectiveDate().toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(errors[5].message.contains(QSslError(QSslError::CertificateRevoked).errorString()));
        QVERIFY(errors[6].message.contains(QLatin1String("handshake failed")));
        QVERIFY(errors[7].message.contains(withClientCertificate.clientCertFile));
    }

    void plainHttpServerIsNamedNotAClientCertificate()
    {
        // What Qt reports when https:// meets a server that answers in plain HTTP.
        const Error error = TlsFailure::describe(
            {}, QSslCertificate(),
            QStringLiteral("Error during SSL handshake: error:0A00010B:SSL routines::wrong version number"), kLocation,
            {});
        QCOMPARE(error.kind, Error::Kind::Tls);
        QVERIFY2(error.message.contains(QLatin1String("plain HTTP")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("http://")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("client certificate")), qPrintable(error.message));
    }

    void severalCausesAreAllNamed()
    {
        const QString untrusted = failure({QSslError::SelfSignedCertificate}).message;
        const QString wrongHost = failure({QSslError::HostNameMismatch}).message;
        const QString both = failure({QSslError::HostNameMismatch, QSslError::SelfSignedCertificate}).message;
        QCOMPARE(both, untrusted + QLatin1Char(' ') + wrongHost);
    }

    void configurationTrustsOnlyTheCaFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile ca(dir.filePath(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(kCertificate);
        ca.close();
        TlsSettings settings;
        settings.caFile = ca.fileName();
        const auto configuration = TlsConfiguration::build(settings);
        QVERIFY2(configuration.has_value(), qPrintable(configuration ? QString() : configuration.error().message));
        QCOMPARE(configuration->caCertificates(), QList<QSslCertificate>{certificate()});
        QCOMPARE(configuration->peerVerifyMode(), QSslSocket::VerifyPeer);
        QVERIFY(configuration->localCertificate().isNull());
    }

    void unusableFilesAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile certificateFile(dir.filePath(QStringLiteral("client.pem")));
        QVERIFY(certificateFile.open(QIODevice::WriteOnly));
        certificateFile.write(kCertificate);
        certificateFile.close();
        QFile notAKey(dir.filePath(QStringLiteral("client.key")));
        QVERIFY(notAKey.open(QIODevice::WriteOnly));
        notAKey.write(kCertificate); // a certificate where the key should be
        notAKey.close();

        TlsSettings settings;
        settings.clientCertFile = certificateFile.fileName();
        settings.clientKeyFile = notAKey.fileName();
        auto configuration = TlsConfiguration::build(settings);
        QVERIFY(!configuration);
        QCOMPARE(configuration.error().kind, Error::Kind::Invalid);
        QVERIFY2(configuration.error().message.contains(notAKey.fileName()), qPrintable(configuration.error().message));

        settings.clientKeyFile.clear();
        configuration = TlsConfiguration::build(settings);
        QVERIFY(!configuration);
        QCOMPARE(configuration.error().kind, Error::Kind::Invalid);

        settings = {};
        settings.caFile = dir.filePath(QStringLiteral("missing.pem"));
        configuration = TlsConfiguration::build(settings);
        QVERIFY(!configuration);
        QCOMPARE(configuration.error().kind, Error::Kind::Invalid);
        QVERIFY(configuration.error().message.contains(settings.caFile));
    }
};

QTEST_GUILESS_MAIN(TestTlsFailure)
#include "tst_tlsfailure.moc"
