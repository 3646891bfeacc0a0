// Connections files: what the dialog writes reads back the same, and a file
// that tries to hold a secret, names a source twice, or names an unknown kind
// is refused with the line and column of the problem.
#include "connections/connectionsfile.h"

#include <QTest>

using lotse::Connection;
using lotse::ConnectionsFile;

namespace {

Connection prometheus()
{
    Connection connection;
    connection.name = QStringLiteral("mimir-team-a");
    connection.address = QStringLiteral("https://mimir.example:443/prometheus");
    connection.auth = lotse::PrometheusSettings::Auth::Bearer;
    connection.usesSecret = true;
    connection.secretEnv = QStringLiteral("MIMIR_TOKEN");
    connection.headers = {{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a")}};
    connection.tls.caFile = QStringLiteral("/etc/ssl/mimir-ca.pem");
    connection.tls.clientCertFile = QStringLiteral("/etc/ssl/me.pem");
    connection.tls.clientKeyFile = QStringLiteral("/etc/ssl/me.key");
    connection.tls.pinnedSha256 = QByteArray(64, 'a');
    connection.timeoutMs = 45000;
    return connection;
}

Connection postgres()
{
    Connection connection;
    connection.name = QStringLiteral("orders");
    connection.kind = QStringLiteral("postgres");
    connection.address = QStringLiteral("postgresql://lotse_reader@db.example:5432/orders?sslmode=verify-full");
    connection.user = QStringLiteral("lotse_reader");
    connection.usesSecret = true;
    return connection;
}

/// The first problem's "line:column: message".
QString firstProblem(const QByteArray &text)
{
    const auto parsed = ConnectionsFile::parse(text, QStringLiteral("c.yaml"));
    if (parsed)
        return {};
    const lotse::Diagnostic &problem = parsed.error().first();
    return QStringLiteral("%1:%2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
}

} // namespace

class TestConnectionsFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QList<Connection> connections = {prometheus(), postgres()};
        const QByteArray text = ConnectionsFile::serialize(connections);
        const auto parsed = ConnectionsFile::parse(text, QStringLiteral("c.yaml"));
        QVERIFY2(parsed, text.constData());
        QCOMPARE(*parsed, connections);
    }

    void plainTextIsSaidOutright()
    {
        Connection plain = postgres();
        plain.address = QStringLiteral("postgresql://lotse_reader@legacy.example:5432/orders");
        plain.tls.off = true;
        const QByteArray text = ConnectionsFile::serialize({plain});
        QVERIFY2(text.contains("tls: off"), text.constData());
        const auto parsed = ConnectionsFile::parse(text, QStringLiteral("c.yaml"));
        QVERIFY2(parsed, text.constData());
        QCOMPARE(parsed->first(), plain);
        // Only PostgreSQL turns TLS off; HTTP says so with its scheme.
        QVERIFY(firstProblem("connections:\n  - {name: a, kind: prometheus, url: 'https://h', tls: off}\n")
                    .startsWith(QStringLiteral("2:")));
    }

    void secretsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *key : {"password", "token", "secret"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void secretsAreRefused()
    {
        QFETCH(QString, key);
        const QByteArray text = "connections:\n  - name: a\n    kind: prometheus\n    url: http://h:9090\n    "
            + key.toLatin1() + ": hunter2\n";
        const QString problem = firstProblem(text);
        QVERIFY2(problem.startsWith(QStringLiteral("5:")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("keychain")) && problem.contains(QStringLiteral("secret_env")),
                 qPrintable(problem));
    }

    void addressWithPasswordIsRefused_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::newRow("url user info") << QByteArray("kind: prometheus\n    url: http://u:hunter2@h:9090");
        QTest::newRow("url query") << QByteArray("kind: clickhouse\n    url: 'http://h:8123/?password=hunter2'");
        QTest::newRow("dsn uri") << QByteArray("kind: postgres\n    dsn: postgresql://u:hunter2@h/db");
        QTest::newRow("dsn keywords") << QByteArray("kind: postgres\n    dsn: host=h password=hunter2");
        QTest::newRow("redis") << QByteArray("kind: redis\n    url: 'redis://:hunter2@h:6379/0'");
    }

    void addressWithPasswordIsRefused()
    {
        QFETCH(QByteArray, address);
        const QString problem = firstProblem("connections:\n  - name: a\n    " + address + "\n");
        QVERIFY2(problem.startsWith(QStringLiteral("4:")), qPrintable(problem));
        QVERIFY2(problem.contains(QStringLiteral("password")) && problem.contains(QStringLiteral("secret_env")),
                 qPrintable(problem));
        QVERIFY2(!problem.contains(QStringLiteral("hunter2")), qPrintable(problem));
    }

    void exportNeverWritesAPassword()
    {
        Connection typed = postgres();
        typed.address = QStringLiteral("postgresql://lotse_reader:hunter2@db.example:5432/orders");
        const QByteArray text = ConnectionsFile::serialize({typed});
        QVERIFY2(!text.contains("hunter2"), text.constData());
        QVERIFY2(text.contains("db.example:5432/orders"), text.constData());
    }

    void bodyCapRoundTrips()
    {
        Connection capped = prometheus();
        capped.maxBodyMb = 64;
        const auto parsed = ConnectionsFile::parse(ConnectionsFile::serialize({capped}), QStringLiteral("c.yaml"));
        QVERIFY(parsed);
        QCOMPARE(parsed->value(0).maxBodyMb, 64);
        const QString problem = firstProblem(
            "connections:\n  - name: a\n    kind: prometheus\n    url: http://h:9090\n    max_body_mb: 0\n");
        QVERIFY2(problem.startsWith(QStringLiteral("5:")) && problem.contains(QStringLiteral("max_body_mb")),
                 qPrintable(problem));
    }

    void compressRoundTrips()
    {
        for (const std::optional<bool> choice : {std::optional<bool>(), std::optional(true), std::optional(false)}) {
            Connection connection = prometheus();
            connection.compress = choice;
            const QByteArray text = ConnectionsFile::serialize({connection});
            QCOMPARE(text.contains("compress"), choice.has_value());
            const auto parsed = ConnectionsFile::parse(text, QStringLiteral("c.yaml"));
            QVERIFY(parsed);
            QCOMPARE(parsed->value(0).compress, choice);
        }
        const auto spelled = ConnectionsFile::parse(
            "connections:\n  - name: a\n    kind: prometheus\n    url: http://h:9090\n    compress: Yes\n",
            QStringLiteral("c.yaml"));
        QVERIFY(spelled);
        QCOMPARE(spelled->value(0).compress, std::optional(true));
        const QString problem = firstProblem(
            "connections:\n  - name: a\n    kind: prometheus\n    url: http://h:9090\n    compress: gzip\n");
        QVERIFY2(problem.startsWith(QStringLiteral("5:")) && problem.contains(QStringLiteral("compress")),
                 qPrintable(problem));
    }

    void badFilesSayWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("twice") << QByteArray("connections:\n  - {name: a, kind: redis, url: 'redis://h:6379'}\n"
                                             "  - {name: a, kind: redis, url: 'redis://h:6380'}\n")
                               << QStringLiteral("3:5: A second connection is called \"a\"");
        QTest::newRow("kind") << QByteArray("connections:\n  - {name: a, kind: mysql, url: 'x'}\n")
                              << QStringLiteral("kind is prometheus, postgres, redis or clickhouse, not \"mysql\"");
        QTest::newRow("pin") << QByteArray("connections:\n  - name: a\n    kind: prometheus\n    url: https://h\n"
                                           "    tls: {pinned_sha256: abc}\n")
                             << QStringLiteral("64 hexadecimal digits");
        QTest::newRow("no address") << QByteArray("connections:\n  - {name: a, kind: postgres}\n")
                                    << QStringLiteral("dsn");
        QTest::newRow("typo") << QByteArray("connections:\n  - {name: a, kind: prometheus, url: 'http://h', tsl: {}}\n")
                              << QStringLiteral("tsl");
    }

    void badFilesSayWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString problem = firstProblem(text);
        QVERIFY2(problem.contains(expected), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestConnectionsFile)
#include "tst_connectionsfile.moc"
