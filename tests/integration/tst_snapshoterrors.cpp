// `lotse snapshot` against sources that fail, or answer NaN: every KPI is
// unknown, with a message that names the cause, and the command exits non-zero.
#include "support.h"

#include "cannedhttpserver.h"

#include <QTcpServer>

using namespace lotse::test;

class TestSnapshotErrors final : public QObject
{
    Q_OBJECT

private:
    /// Runs a snapshot of the KATO dashboard against @p url and checks that
    /// every KPI failed with @p kind and a message containing @p needle.
    void expectFailure(const QString &url, const QString &kind, const QString &needle)
    {
        const Run snapshot = run(lotseBinary(),
                                 {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                                  QStringLiteral("--prometheus"), url, QStringLiteral("--timeout"), QStringLiteral("5"),
                                  QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(snapshot.exitCode, 2);
        const QJsonObject report = QJsonDocument::fromJson(snapshot.out).object();
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonArray kpis = report.value(QStringLiteral("kpis")).toArray();
        QVERIFY(!kpis.isEmpty());
        for (const QJsonValue &value : kpis) {
            const QJsonObject kpi = value.toObject();
            QCOMPARE(kpi.value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
            QVERIFY(kpi.value(QStringLiteral("value")).isNull());
            QCOMPARE(kpi.value(QStringLiteral("error_kind")).toString(), kind);
            const QString message = kpi.value(QStringLiteral("error")).toString();
            QVERIFY2(message.contains(needle, Qt::CaseInsensitive), qPrintable(message));
        }
        QVERIFY(!snapshot.err.isEmpty());
    }

private Q_SLOTS:
    void closedPort()
    {
        // A port that was free a moment ago and has nobody listening now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        expectFailure(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("connection_refused"),
                      QStringLiteral("refused"));
    }

    void textOutputFollowsTheLanguage()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run snapshot
            = run(lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                   QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                   QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--json"), QStringLiteral("-")});
        // JSON keeps its ids whatever the language.
        const QJsonArray kpis = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray();
        QVERIFY(!kpis.isEmpty());
        QCOMPARE(kpis.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("unknown"));
        // The text speaks German, states too.
        const Run text = run(lotseBinary(),
                             {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                              QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                              QStringLiteral("--lang"), QStringLiteral("de")});
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("unbekannt")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral(" unknown")), qPrintable(out));
    }

    void unavailable()
    {
        CannedHttpServer server(503, "Service Unavailable: TSDB is still loading", "text/plain");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("unavailable"), QStringLiteral("HTTP 503"));
    }

    void unavailableWithErrorBody()
    {
        CannedHttpServer server(503,
                                "{\"status\":\"error\",\"errorType\":\"unavailable\",\"error\":\"too many queries\"}");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("unavailable"),
                      QStringLiteral("too many queries"));
    }

    void malformedJson()
    {
        CannedHttpServer server(200,
                                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("malformed"),
                      QStringLiteral("not valid Prometheus JSON"));
    }

    void badRequest()
    {
        CannedHttpServer server(400,
                                "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"1:1: parse error\"}");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("bad_request"), QStringLiteral("parse error"));
    }

    void proxyFailure()
    {
        CannedHttpServer server(502, "<html>Bad Gateway</html>", "text/html");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("proxy"), QStringLiteral("HTTP 502"));
    }

    void nanReading()
    {
        // What Prometheus answers for a ratio over no samples (0/0): every KPI
        // reads NaN, none can be judged, and the snapshot is not "ok".
        CannedHttpServer server(200,
                                "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
                                "[{\"metric\":{},\"value\":[1700000000,\"NaN\"]}]}}");
        expectFailure(QString::fromLatin1(server.url()), QStringLiteral("no_data"), QStringLiteral("returned NaN"));
    }

    void timeout()
    {
        // A server that accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const Run snapshot
            = run(lotseBinary(),
                  {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato"),
                   QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
                   QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(snapshot.exitCode, 2);
        const QJsonObject kpi
            = QJsonDocument::fromJson(snapshot.out).object().value(QStringLiteral("kpis")).toArray().at(0).toObject();
        QCOMPARE(kpi.value(QStringLiteral("error_kind")).toString(), QStringLiteral("timeout"));
        QVERIFY(kpi.value(QStringLiteral("error")).toString().contains(QStringLiteral("1 s")));
    }

    void badArguments()
    {
        const Run noSource
            = run(lotseBinary(), {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("kato")});
        QCOMPARE(noSource.exitCode, 2);
        QVERIFY(noSource.err.contains("--prometheus"));
        const Run noDashboard = run(lotseBinary(),
                                    {QStringLiteral("snapshot"), QStringLiteral("--dashboard"), QStringLiteral("nope"),
                                     QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(noDashboard.exitCode, 2);
        QVERIFY(noDashboard.err.contains("kato")); // lists what exists
    }
};

QTEST_GUILESS_MAIN(TestSnapshotErrors)
#include "tst_snapshoterrors.moc"
