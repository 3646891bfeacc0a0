// A Prometheus source and the certificate probe against real Prometheus
// servers that speak only TLS and want basic auth (servers/prometheus-tls.sh):
// the right CA and credentials work, and each way a connection can be wrong
// fails with its own kind and a message of its own.
#include "support.h"

#include "sources/http/certificateprobe.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/http/tlsconfiguration.h"

#include <QSignalSpy>

using namespace lotse;
using namespace lotse::test;

class TestPrometheusTls final : public QObject
{
    Q_OBJECT

private:
    /// A file the fixture wrote.
    QString path(const QString &name) const { return m_dir + QLatin1Char('/') + name; }
    QString fixture(const QString &name) const { return readLine(path(name)); }

    /// The right way to reach @p server: basic auth and the test CA.
    PrometheusSettings settingsFor(const QString &server) const
    {
        PrometheusSettings settings;
        settings.url = QUrl(fixture(QStringLiteral("url-") + server));
        settings.auth = PrometheusSettings::Auth::Basic;
        settings.user = fixture(QStringLiteral("user"));
        settings.secret = fixture(QStringLiteral("password"));
        settings.tls.caFile = path(QStringLiteral("ca.pem"));
        settings.timeoutMs = 20000;
        return settings;
    }

    static QueryReply::Result ask(const PrometheusSettings &settings, bool version = false)
    {
        PrometheusSource source(QStringLiteral("tls"), settings);
        QueryReply *reply = version ? source.serverVersion()
                                    : source.instant(QStringLiteral("vector(1)"), QDateTime::currentDateTimeUtc());
        QSignalSpy finished(reply, &QueryReply::finished);
        if (!finished.wait(30000))
            return std::unexpected(Error{Error::Kind::Timeout, QStringLiteral("the test gave up waiting")});
        return reply->result();
    }

    static void expectOne(const QueryReply::Result &result)
    {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->type, QueryResult::Type::Vector);
        QCOMPARE(result->series.size(), std::size_t(1));
        QCOMPARE(result->series.front().values, std::vector<double>{1.0});
    }

    /// Checks that @p result failed as @p kind and keeps its message, with the
    /// server's URL taken out, for the comparison at the end.
    void expectFailure(const QString &name, const QueryReply::Result &result, Error::Kind kind, const QUrl &url = {})
    {
        QVERIFY2(!result.has_value(), qPrintable(name));
        QVERIFY2(result.error().kind == kind,
                 qPrintable(result.error().kindId() + QLatin1String(": ") + result.error().message));
        QString message = result.error().message;
        QVERIFY(!message.isEmpty());
        if (!url.isEmpty())
            message.replace(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), QStringLiteral("<server>"));
        m_failures.insert(name, message);
    }

    std::expected<ServerCertificate, Error> probe(const QString &server, const TlsSettings &tls) const
    {
        CertificateProbe probe(QUrl(fixture(QStringLiteral("url-") + server)), tls, 20000);
        QSignalSpy finished(&probe, &CertificateProbe::finished);
        probe.start();
        if (!finished.wait(30000))
            return std::unexpected(Error{Error::Kind::Timeout, QStringLiteral("the test gave up waiting")});
        return probe.result();
    }

    QString m_dir;
    QMap<QString, QString> m_failures;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/prometheus-tls");
        QVERIFY2(!fixture(QStringLiteral("url-right")).isEmpty(), "the prometheus-tls fixture did not start");
    }

    void rightCaAndCredentialsWork()
    {
        expectOne(ask(settingsFor(QStringLiteral("right"))));
        const auto version = ask(settingsFor(QStringLiteral("right")), true);
        QVERIFY2(version.has_value(), qPrintable(version ? QString() : version.error().message));
        QCOMPARE(version->text, fixture(QStringLiteral("version")));
    }

    void wrongPasswordIsUnauthorized()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("right"));
        settings.secret += QStringLiteral("-wrong");
        const auto result = ask(settings);
        expectFailure(QStringLiteral("wrong password"), result, Error::Kind::Unauthorized, settings.url);
        QVERIFY(result.error().message.contains(QLatin1String("401")));
    }

    void systemCasDoNotTrustTheTestCa()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("right"));
        settings.tls.caFile.clear();
        const auto result = ask(settings);
        expectFailure(QStringLiteral("system CAs"), result, Error::Kind::Tls, settings.url);
        QVERIFY2(result.error().message.contains(QLatin1String("Lotse Test CA")), qPrintable(result.error().message));
    }

    void wrongHostNamesBothNames()
    {
        const PrometheusSettings settings = settingsFor(QStringLiteral("wronghost"));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("wrong host"), result, Error::Kind::Tls, settings.url);
        const QString message = result.error().message;
        QVERIFY2(message.contains(QLatin1String("wrong.example")), qPrintable(message));
        QVERIFY2(message.section(QLatin1String("wrong.example"), 1).contains(QLatin1String("127.0.0.1")),
                 qPrintable(message));
    }

    void missingCaFileIsInvalid()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("right"));
        settings.tls.caFile = path(QStringLiteral("no-such-ca.pem"));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("missing CA file"), result, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(settings.tls.caFile), qPrintable(result.error().message));
    }

    void notACertificateIsInvalid()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("right"));
        settings.tls.caFile = path(QStringLiteral("user"));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("CA file without PEM"), result, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(settings.tls.caFile), qPrintable(result.error().message));
    }

    void selfSignedWithTheRightPinWorks()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("selfsigned"));
        settings.tls.caFile.clear();
        settings.tls.pinnedSha256
            = fixture(QStringLiteral("selfsigned.sha256")).remove(QLatin1Char(':')).toLower().toLatin1();
        expectOne(ask(settings));
    }

    void selfSignedWithAnotherPinFails()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("selfsigned"));
        settings.tls.caFile.clear();
        // A real certificate's pin, only not this server's.
        QFile ca(path(QStringLiteral("ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        settings.tls.pinnedSha256 = TlsConfiguration::fingerprint(QSslCertificate(ca.readAll()));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("wrong pin"), result, Error::Kind::Tls, settings.url);
        QVERIFY2(result.error().message.contains(fixture(QStringLiteral("selfsigned.sha256"))),
                 qPrintable(result.error().message));
    }

    void selfSignedIsNotVouchedForByTheCaFile()
    {
        const PrometheusSettings settings = settingsFor(QStringLiteral("selfsigned"));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("self-signed, CA file"), result, Error::Kind::Tls, settings.url);
        QVERIFY2(result.error().message.contains(settings.tls.caFile), qPrintable(result.error().message));
    }

    void pinAnswersForAnotherHostName()
    {
        // The user pinned exactly this certificate, names and all.
        TlsSettings systemCas;
        const auto certificate = probe(QStringLiteral("wronghost"), systemCas);
        QVERIFY2(certificate.has_value(), qPrintable(certificate ? QString() : certificate.error().message));
        PrometheusSettings settings = settingsFor(QStringLiteral("wronghost"));
        settings.tls.caFile.clear();
        settings.tls.pinnedSha256 = certificate->sha256;
        expectOne(ask(settings));
    }

    void probeShowsTheSelfSignedCertificate()
    {
        TlsSettings tls;
        tls.caFile = path(QStringLiteral("ca.pem"));
        const auto certificate = probe(QStringLiteral("selfsigned"), tls);
        QVERIFY2(certificate.has_value(), qPrintable(certificate ? QString() : certificate.error().message));
        const QString openssl = fixture(QStringLiteral("selfsigned.sha256"));
        QCOMPARE(certificate->sha256Display, openssl);
        QCOMPARE(QString::fromLatin1(certificate->sha256), openssl.toLower().remove(QLatin1Char(':')));
        QCOMPARE(certificate->subject, QStringLiteral("Lotse self-signed"));
        QCOMPARE(certificate->issuer, QStringLiteral("Lotse self-signed"));
        QVERIFY(certificate->names.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(certificate->names.contains(QStringLiteral("localhost")));
        QVERIFY(certificate->notBefore <= QDateTime::currentDateTimeUtc());
        QVERIFY(certificate->notAfter > QDateTime::currentDateTimeUtc());
        QVERIFY(!certificate->verified);
        QVERIFY(!certificate->matchesPin);
        QVERIFY(!certificate->problem.isEmpty());

        tls.pinnedSha256 = certificate->sha256;
        const auto pinned = probe(QStringLiteral("selfsigned"), tls);
        QVERIFY(pinned.has_value());
        QVERIFY(pinned->matchesPin);
    }

    void probeVerifiesAgainstTheCaFile()
    {
        TlsSettings tls;
        tls.caFile = path(QStringLiteral("ca.pem"));
        const auto certificate = probe(QStringLiteral("right"), tls);
        QVERIFY2(certificate.has_value(), qPrintable(certificate ? QString() : certificate.error().message));
        QVERIFY2(certificate->verified, qPrintable(certificate->problem));
        QCOMPARE(certificate->issuer, QStringLiteral("Lotse Test CA"));
        QVERIFY(certificate->problem.isEmpty());
    }

    void clientCertificateWorks()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("clientcert"));
        settings.tls.clientCertFile = path(QStringLiteral("client.pem"));
        settings.tls.clientKeyFile = path(QStringLiteral("client.key"));
        expectOne(ask(settings));
    }

    void missingClientCertificateIsRefused()
    {
        const PrometheusSettings settings = settingsFor(QStringLiteral("clientcert"));
        expectFailure(QStringLiteral("no client certificate"), ask(settings), Error::Kind::Tls, settings.url);
    }

    void clientCertificateFromAnotherCaIsRefused()
    {
        PrometheusSettings settings = settingsFor(QStringLiteral("clientcert"));
        settings.tls.clientCertFile = path(QStringLiteral("pki/selfsigned.pem"));
        settings.tls.clientKeyFile = path(QStringLiteral("pki/selfsigned.key"));
        const auto result = ask(settings);
        expectFailure(QStringLiteral("foreign client certificate"), result, Error::Kind::Tls, settings.url);
        QVERIFY2(result.error().message.contains(settings.tls.clientCertFile), qPrintable(result.error().message));
    }

    void everyFailureSaysSomethingDifferent()
    {
        if (m_failures.size() < 9)
            QSKIP("needs the failures of the tests before it");
        const QStringList messages = m_failures.values();
        for (qsizetype i = 0; i < messages.size(); ++i) {
            for (qsizetype j = i + 1; j < messages.size(); ++j)
                QVERIFY2(messages[i] != messages[j],
                         qPrintable(m_failures.key(messages[i]) + QLatin1String(" = ") + m_failures.key(messages[j])));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusTls)
#include "tst_prometheustls.moc"
