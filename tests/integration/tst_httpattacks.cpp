// An HTTP server that attacks the client reading it: redirects that would
// carry the credentials to another origin, a 100 GB Content-Length, bodies
// that break off, trickle in or unpack a thousandfold. Each must end with a
// named error within bounded time, in the sources and through `lotse query`,
// and no credential may reach the second origin or any output.
#include "hostileanswers.h"
#include "plaintextscan.h"
#include "support.h"

#include "sources/clickhouse/clickhousesource.h"
#include "sources/http/httpexchange.h"
#include "sources/prometheus/prometheussource.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lotse;
using namespace lotse::test;

namespace {

const QByteArray kOneSample
    = R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000,"1"]}]}})";
const QString kToken = QStringLiteral("s3cret-t0ken-never-shown");

QueryReply::Result waitFor(QueryReply *reply)
{
    QSignalSpy finished(reply, &QueryReply::finished);
    if (!finished.wait(30000))
        return std::unexpected(Error{Error::Kind::Timeout, QStringLiteral("the test gave up waiting")});
    return reply->result();
}

PrometheusSettings bearer(const QByteArray &url)
{
    PrometheusSettings settings;
    settings.url = QUrl(QString::fromLatin1(url));
    settings.auth = PrometheusSettings::Auth::Bearer;
    settings.secret = kToken;
    settings.timeoutMs = 5000;
    return settings;
}

QueryReply::Result prometheusQuery(const PrometheusSettings &settings)
{
    PrometheusSource source(QStringLiteral("hostile"), settings);
    return waitFor(source.instant(QStringLiteral("up"), QDateTime::currentDateTimeUtc()));
}

bool anyHeadCarries(const CannedHttpServer &server, const QString &secret)
{
    const QByteArray basic = ("lotse:" + secret.toUtf8()).toBase64();
    for (const QByteArray &head : server.requestHeads()) {
        if (head.contains(secret.toUtf8()) || head.contains(basic))
            return true;
    }
    return false;
}

} // namespace

class TestHttpAttacks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crossOriginRedirectIsRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("origin");
        QTest::newRow("another port") << QByteArray("http://127.0.0.1:%1/api/v1/query")
                                      << QStringLiteral("http://127.0.0.1:%1");
        QTest::newRow("another host") << QByteArray("http://localhost:%1/api/v1/query")
                                      << QStringLiteral("http://localhost:%1");
        QTest::newRow("another scheme") << QByteArray("https://127.0.0.1:%1/api/v1/query")
                                        << QStringLiteral("https://127.0.0.1:%1");
        QTest::newRow("user info in the target")
            << QByteArray("http://lotse:x@127.0.0.1:%1/") << QStringLiteral("http://127.0.0.1:%1");
    }

    void crossOriginRedirectIsRefused()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, origin);
        CannedHttpServer victim(200, kOneSample);
        const QByteArray location = target.replace("%1", QByteArray::number(victim.port()));
        CannedHttpServer attacker(HostileAnswers::redirectTo(location));
        const auto result = prometheusQuery(bearer(attacker.url()));
        QVERIFY(!result);
        QVERIFY2(result.error().kind == Error::Kind::Refused, qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(origin.arg(victim.port())), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("http://127.0.0.1:%1").arg(attacker.port())),
                 qPrintable(result.error().message));
        QVERIFY(victim.requestHeads().isEmpty());
        QVERIFY(!result.error().message.contains(kToken));
    }

    void crossOriginRedirectKeepsClickHousePassword()
    {
        CannedHttpServer victim(200, R"({"meta":[],"data":[],"rows":0})");
        CannedHttpServer attacker(HostileAnswers::redirectTo(victim.url() + "/"));
        auto settings = ClickHouseSettings::fromUrl(QString::fromLatin1(attacker.url()) + QStringLiteral("/"));
        QVERIFY(settings);
        settings->user = QStringLiteral("lotse");
        settings->password = kToken;
        ClickHouseSource source(QStringLiteral("olap"), *settings);
        const auto result = waitFor(source.instant(QStringLiteral("SELECT 1"), {}));
        QVERIFY(!result);
        QVERIFY2(result.error().kind == Error::Kind::Refused, qPrintable(result.error().message));
        QVERIFY(anyHeadCarries(attacker, kToken)); // the scan finds what is there
        QVERIFY(!anyHeadCarries(victim, kToken));
        QVERIFY(victim.requestHeads().isEmpty());
    }

    void sameOriginRedirectIsFollowed()
    {
        CannedHttpServer server(HostileAnswers::sameOriginRedirect(kOneSample));
        const auto result = prometheusQuery(bearer(server.url()));
        QVERIFY2(result, result ? "" : qPrintable(result.error().message));
        const QList<QByteArray> heads = server.requestHeads();
        QVERIFY(heads.size() >= 2);
        QCOMPARE(HostileAnswers::path(heads.first()), QByteArray("/api/v1/query"));
        QCOMPARE(HostileAnswers::path(heads.last()), QByteArray("/moved/api/v1/query"));
        QVERIFY(heads.last().contains(kToken.toUtf8()));
    }

    void hostileBodyEndsWithNamedError_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("names");
        QTest::newRow("100 GB Content-Length") << 0 << int(Error::Kind::Refused) << QStringLiteral("max_body_mb");
        QTest::newRow("short body") << 1 << int(Error::Kind::Network) << QStringLiteral("broke off");
        QTest::newRow("reset after headers") << 2 << int(Error::Kind::Network) << QStringLiteral("broke off");
        QTest::newRow("drip feed") << 3 << int(Error::Kind::Timeout) << QStringLiteral("too slowly");
        QTest::newRow("gzip bomb") << 4 << int(Error::Kind::Refused) << QStringLiteral("decompressed");
    }

    void hostileBodyEndsWithNamedError()
    {
        QFETCH(int, answer);
        QFETCH(int, kind);
        QFETCH(QString, names);
        CannedHttpServer server(hostile(answer));
        PrometheusSettings settings = bearer(server.url());
        settings.timeoutMs = 2000;
        settings.compress = true; // as from a remote server: Qt unpacks, within the cap
        QElapsedTimer clock;
        clock.start();
        const auto result = prometheusQuery(settings);
        QVERIFY(!result);
        QVERIFY2(int(result.error().kind) == kind, qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(names), qPrintable(result.error().message));
        QVERIFY(!result.error().message.contains(kToken));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void packingIsAskedForExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("compress"); // -1 unset, 0 false, 1 true
        QTest::addColumn<bool>("packs");
        QTest::newRow("remote name") << "https://prometheus.example.org/" << -1 << true;
        QTest::newRow("private address") << "http://10.1.2.3:9090" << -1 << true;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:9090" << -1 << false;
        QTest::newRow("elsewhere in 127/8") << "http://127.8.9.10:9090" << -1 << false;
        QTest::newRow("::1") << "http://[::1]:9090" << -1 << false;
        QTest::newRow("localhost") << "http://LocalHost:9090" << -1 << false;
        QTest::newRow("a .localhost name") << "http://prom.localhost:9090" << -1 << false;
        QTest::newRow("localhost.example.org") << "http://localhost.example.org" << -1 << true;
        QTest::newRow("loopback, compress: true") << "http://127.0.0.1:9090" << 1 << true;
        QTest::newRow("remote, compress: false") << "https://prometheus.example.org/" << 0 << false;
    }
    void packingIsAskedForExceptOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(int, compress);
        QFETCH(bool, packs);
        const std::optional<bool> choice = compress < 0 ? std::nullopt : std::optional<bool>(compress == 1);
        QCOMPARE(lotse::HttpExchange::packsAnswers(QUrl(url), choice), packs);
    }

    void loopbackAnswersComePlain()
    {
        // What the request says, as the server reads it.
        CannedHttpServer server(200, kOneSample);
        PrometheusSettings settings = bearer(server.url());
        QVERIFY(prometheusQuery(settings));
        QVERIFY(server.requestHeads().constLast().contains("Accept-Encoding: identity"));
        settings.compress = true;
        QVERIFY(prometheusQuery(settings));
        const QByteArray packed = server.requestHeads().constLast();
        QVERIFY2(packed.contains("gzip") && !packed.contains("identity"), packed); // Qt's own list
    }

    void unaskedPackingIsRefused()
    {
        // Asked for plain, Qt would hand over the packed bytes unchecked.
        CannedHttpServer server(HostileAnswers::gzipBomb(300));
        const auto result = prometheusQuery(bearer(server.url()));
        QVERIFY(!result);
        QVERIFY2(result.error().kind == Error::Kind::Refused, qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("compress: true")), qPrintable(result.error().message));
    }

    void bodyCapIsConfigurable()
    {
        CannedHttpServer server(200, QByteArray(3 << 20, ' ') + kOneSample);
        PrometheusSettings settings = bearer(server.url());
        QVERIFY(prometheusQuery(settings));
        settings.maxBodyBytes = 2 << 20;
        const auto capped = prometheusQuery(settings);
        QVERIFY(!capped);
        QVERIFY2(capped.error().message.contains(QLatin1String("2 MiB")), qPrintable(capped.error().message));
    }

    void throughTheBinary_data() { hostileBodyEndsWithNamedError_data(); }

    void throughTheBinary()
    {
        QFETCH(int, answer);
        QFETCH(int, kind);
        QTemporaryDir home;
        CannedHttpServer server(hostile(answer));
        const QString file = home.filePath(QStringLiteral("connections.yaml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("connections:\n  - name: hostile\n    kind: prometheus\n    url: " + server.url()
                   + "\n    auth: bearer\n    secret_env: LOTSE_TEST_TOKEN\n    timeout: 2\n");
        yaml.close();
        QElapsedTimer clock;
        clock.start();
        const Run run = runWith(
            lotseBinary(), {QStringLiteral("query"), QStringLiteral("--connections"), file, QStringLiteral("up")},
            {QStringLiteral("LOTSE_TEST_TOKEN=") + kToken, QStringLiteral("HOME=") + home.path()}, 60000);
        qInfo("%s: exit %d after %lld ms", QTest::currentDataTag(), run.exitCode, clock.elapsed());
        QCOMPARE(run.exitCode, 1);
        const Error expected{Error::Kind(kind), {}};
        QVERIFY2(run.err.contains("Error (" + expected.kindId().toUtf8() + ")"), run.err);
        QVERIFY(!run.out.contains(kToken.toUtf8()) && !run.err.contains(kToken.toUtf8()));
        QVERIFY(filesContaining(home.path(), kToken).isEmpty());
        QVERIFY(clock.elapsed() < 30000);
    }

    void throughTheBinaryRedirectKeepsToken()
    {
        QTemporaryDir home;
        CannedHttpServer victim(200, kOneSample);
        CannedHttpServer attacker(HostileAnswers::redirectTo(victim.url() + "/api/v1/query"));
        const QString file = home.filePath(QStringLiteral("connections.yaml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("connections:\n  - name: hostile\n    kind: prometheus\n    url: " + attacker.url()
                   + "\n    auth: bearer\n    secret_env: LOTSE_TEST_TOKEN\n");
        yaml.close();
        const Run run = runWith(lotseBinary(),
                                {QStringLiteral("query"), QStringLiteral("--connections"), file,
                                 QStringLiteral("--json"), QStringLiteral("up")},
                                {QStringLiteral("LOTSE_TEST_TOKEN=") + kToken, QStringLiteral("HOME=") + home.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("\"refused\""), run.out + run.err);
        QVERIFY(anyHeadCarries(attacker, kToken));
        QVERIFY(victim.requestHeads().isEmpty());
        QVERIFY(!run.out.contains(kToken.toUtf8()) && !run.err.contains(kToken.toUtf8()));
    }

    void malformedAddressNeverEchoesThePassword_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("address");
        const QString pw = QStringLiteral("Pw-7qz");
        QTest::newRow("prometheus bad scheme")
            << QStringLiteral("--prometheus") << QStringLiteral("ftp://u:%1@host:9090").arg(pw);
        QTest::newRow("prometheus bad port")
            << QStringLiteral("--prometheus") << QStringLiteral("http://u:%1@host:99999999/").arg(pw);
        QTest::newRow("redis bad port") << QStringLiteral("--redis")
                                        << QStringLiteral("redis://u:%1@host:http/0").arg(pw);
        QTest::newRow("redis bad database")
            << QStringLiteral("--redis") << QStringLiteral("redis://u:%1@host:6379/x").arg(pw);
        QTest::newRow("redis bad scheme")
            << QStringLiteral("--redis") << QStringLiteral("rediss://u:%1@host:6379/0").arg(pw);
        QTest::newRow("clickhouse bad scheme")
            << QStringLiteral("--clickhouse") << QStringLiteral("tcp://u:%1@host:9000/").arg(pw);
        QTest::newRow("clickhouse bad query")
            << QStringLiteral("--clickhouse") << QStringLiteral("http://host:8123/?pass=%1&x=1").arg(pw);
        QTest::newRow("postgres bad uri")
            << QStringLiteral("--postgres") << QStringLiteral("postgresql://u:%1@host:port/db").arg(pw);
        QTest::newRow("postgres bad keywords")
            << QStringLiteral("--postgres") << QStringLiteral("host=h password=%1 dbname").arg(pw);
    }

    void malformedAddressNeverEchoesThePassword()
    {
        QFETCH(QString, option);
        QFETCH(QString, address);
        const Run run
            = runWith(lotseBinary(), {QStringLiteral("query"), option, address, QStringLiteral("x")}, {}, 30000);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.isEmpty(), run.out);
        QVERIFY2(!run.err.contains("Pw-7qz") && !run.out.contains("Pw-7qz"), run.err);
    }

    void passwordInAConnectionsFileAddressIsRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("url user info") << QByteArray("kind: prometheus\n    url: http://u:Pw-7qz@host:9090");
        QTest::newRow("url query") << QByteArray("kind: clickhouse\n    url: http://host:8123/?password=Pw-7qz");
        QTest::newRow("dsn uri") << QByteArray("kind: postgres\n    dsn: postgresql://u:Pw-7qz@host/db");
        QTest::newRow("dsn keywords") << QByteArray("kind: postgres\n    dsn: host=h password=Pw-7qz");
        QTest::newRow("redis url") << QByteArray("kind: redis\n    url: redis://:Pw-7qz@host:6379/0");
    }

    void passwordInAConnectionsFileAddressIsRefused()
    {
        QFETCH(QByteArray, entry);
        QTemporaryDir home;
        const QString file = home.filePath(QStringLiteral("connections.yaml"));
        QFile yaml(file);
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("connections:\n  - name: leaky\n    " + entry + "\n");
        yaml.close();
        const Run run = runWith(lotseBinary(),
                                {QStringLiteral("query"), QStringLiteral("--connections"), file, QStringLiteral("x")},
                                {QStringLiteral("HOME=") + home.path()}, 30000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(":4:"), run.err); // line:column of the address
        QVERIFY2(run.err.contains("carries a password"), run.err);
        QVERIFY2(!run.err.contains("Pw-7qz") && !run.out.contains("Pw-7qz"), run.err);
    }

private:
    static CannedHttpServer::Answer hostile(int answer)
    {
        switch (answer) {
        case 0: return HostileAnswers::hugeContentLength();
        case 1: return HostileAnswers::shortBody(kOneSample);
        case 2: return HostileAnswers::resetAfterHeaders();
        case 3: return HostileAnswers::drip(100);
        default: return HostileAnswers::gzipBomb(300);
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpAttacks)
#include "tst_httpattacks.moc"
