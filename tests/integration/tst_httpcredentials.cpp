// What an HTTP source sends to prove who it is, as a loopback server receives
// it: basic auth, bearer tokens, tenant headers; and that TLS files that cannot
// be used stop a request before it is sent, with the file named.
#include "cannedhttpserver.h"

#include "sources/clickhouse/clickhousesource.h"
#include "sources/prometheus/prometheussource.h"

#include <QSignalSpy>
#include <QTest>

using namespace lotse;
using namespace lotse::test;

namespace {

const QByteArray kOneSample
    = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000,"1"]}]}})";

/// The value of @p name (any case) in an HTTP request head; empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QByteArray wanted = name.toLower() + ':';
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(wanted))
            return line.mid(wanted.size()).trimmed();
    }
    return {};
}

QueryReply::Result waitFor(QueryReply *reply)
{
    QSignalSpy finished(reply, &QueryReply::finished);
    if (!finished.wait(20000))
        return std::unexpected(Error{Error::Kind::Timeout, QStringLiteral("the test gave up waiting")});
    return reply->result();
}

} // namespace

class TestHttpCredentials final : public QObject
{
    Q_OBJECT

private:
    /// Runs one instant query with @p settings against a canned server and
    /// returns the head of the request it received.
    static QByteArray requestHeadFor(PrometheusSettings settings)
    {
        CannedHttpServer server(200, kOneSample);
        settings.url = QUrl(QString::fromLatin1(server.url()));
        PrometheusSource source(QStringLiteral("canned"), settings);
        const auto result = waitFor(source.instant(QStringLiteral("up"), QDateTime::currentDateTimeUtc()));
        if (!result)
            qWarning("query failed: %s", qPrintable(result.error().message));
        const QList<QByteArray> heads = server.requestHeads();
        return heads.size() == 1 ? heads.first() : QByteArray();
    }

private Q_SLOTS:
    void bearerTokenAndTenantHeader()
    {
        PrometheusSettings settings;
        settings.auth = PrometheusSettings::Auth::Bearer;
        settings.secret = QStringLiteral("t0ken-with.dots");
        settings.headers = {{"X-Scope-OrgID", "tenant-a"}};
        const QByteArray head = requestHeadFor(settings);
        QVERIFY(!head.isEmpty());
        QCOMPARE(headerValue(head, "Authorization"), QByteArray("Bearer t0ken-with.dots"));
        QCOMPARE(headerValue(head, "X-Scope-OrgID"), QByteArray("tenant-a"));
    }

    void basicAuthCarriesUserAndPassword()
    {
        PrometheusSettings settings;
        settings.auth = PrometheusSettings::Auth::Basic;
        settings.user = QStringLiteral("grafana");
        settings.secret = QStringLiteral("pa:ss wörd");
        const QByteArray head = requestHeadFor(settings);
        QCOMPARE(headerValue(head, "Authorization"), "Basic " + QByteArray("grafana:pa:ss w\xc3\xb6rd").toBase64());
    }

    void chosenAuthenticationWinsOverACustomHeader()
    {
        PrometheusSettings settings;
        settings.auth = PrometheusSettings::Auth::Bearer;
        settings.secret = QStringLiteral("right");
        settings.headers = {{"Authorization", "Bearer stale"}, {"X-Scope-OrgID", "tenant-b"}};
        const QByteArray head = requestHeadFor(settings);
        QCOMPARE(headerValue(head, "Authorization"), QByteArray("Bearer right"));
        QCOMPARE(headerValue(head, "X-Scope-OrgID"), QByteArray("tenant-b"));
    }

    void noAuthenticationSendsNoCredentials()
    {
        const QByteArray head = requestHeadFor(PrometheusSettings());
        QVERIFY(!head.isEmpty());
        QVERIFY(headerValue(head, "Authorization").isEmpty());
    }

    void clientCertificateWithoutKeyIsInvalid()
    {
        CannedHttpServer server(200, kOneSample);
        PrometheusSettings settings;
        settings.url = QUrl(QString::fromLatin1(server.url()));
        settings.tls.clientCertFile = QStringLiteral(LOTSE_SOURCE_DIR "/README.md");
        PrometheusSource source(QStringLiteral("canned"), settings);
        const auto result = waitFor(source.serverVersion());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY(server.requestHeads().isEmpty());
    }

    void clickHouseNamesAnUnusableCaFile()
    {
        CannedHttpServer server(200, "{}");
        ClickHouseSettings settings;
        settings.url = QUrl(QString::fromLatin1(server.url()));
        settings.tls.caFile = QStringLiteral(LOTSE_SOURCE_DIR "/README.md");
        ClickHouseSource source(QStringLiteral("canned"), settings);
        const auto result = waitFor(source.serverVersion());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Invalid);
        QVERIFY2(result.error().message.contains(settings.tls.caFile), qPrintable(result.error().message));
        QVERIFY(server.requestHeads().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpCredentials)
#include "tst_httpcredentials.moc"
