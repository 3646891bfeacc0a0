// A check whose source is unreachable, times out or answers an error gives
// verdict error and exit 2, naming the cause: never healthy.
#include "support.h"

#include "cannedhttpserver.h"

#include <QTcpServer>

using namespace lotse::test;

class TestDiagnoseErrors final : public QObject
{
    Q_OBJECT

private:
    void expectError(const QString &url, const QString &kind, const QString &needle, const QStringList &extra = {})
    {
        for (const QString &runbook : {QStringLiteral("kato"), QStringLiteral("tmi")}) {
            const Run diagnose
                = run(lotseBinary(),
                      QStringList{QStringLiteral("diagnose"), QStringLiteral("--runbook"), runbook,
                                  QStringLiteral("--prometheus"), url, QStringLiteral("--json"), QStringLiteral("-")}
                          + extra);
            QCOMPARE(diagnose.exitCode, 2);
            const QJsonObject report = QJsonDocument::fromJson(diagnose.out).object();
            QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("error"));
            const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
            QVERIFY(!errors.isEmpty());
            for (const QJsonValue &error : errors) {
                QCOMPARE(error.toObject().value(QStringLiteral("kind")).toString(), kind);
                QVERIFY2(
                    error.toObject().value(QStringLiteral("message")).toString().contains(needle, Qt::CaseInsensitive),
                    qPrintable(error.toObject().value(QStringLiteral("message")).toString()));
            }
            QVERIFY(diagnose.err.contains("Could not read check"));
            // The text account says so too.
            const Run text
                = run(lotseBinary(),
                      QStringList{QStringLiteral("diagnose"), QStringLiteral("--runbook"), runbook,
                                  QStringLiteral("--prometheus"), url, QStringLiteral("--lang"), QStringLiteral("en")}
                          + extra);
            QCOMPARE(text.exitCode, 2);
            QVERIFY(text.out.contains("Verdict: error"));
            QVERIFY(!text.out.contains("healthy: no runbook rule holds"));
        }
    }

private Q_SLOTS:
    void unreachable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        expectError(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("connection_refused"),
                    QStringLiteral("refused"));
    }

    void timesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        expectError(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), QStringLiteral("timeout"),
                    QStringLiteral("did not answer"), {QStringLiteral("--timeout"), QStringLiteral("1")});
    }

    void serverError()
    {
        CannedHttpServer server(
            422,
            "{\"status\":\"error\",\"errorType\":\"execution\",\"error\":\"query timed out in expression evaluation\"}");
        expectError(QString::fromLatin1(server.url()), QStringLiteral("unprocessable"), QStringLiteral("timed out"));
    }

    void noDataIsNotHealthy()
    {
        CannedHttpServer server(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}");
        expectError(QString::fromLatin1(server.url()), QStringLiteral("no_data"), QStringLiteral("no data"));
    }

    void badRunbookCannotRun()
    {
        const Run missing = run(lotseBinary(),
                                {QStringLiteral("diagnose"), QStringLiteral("--runbook"), QStringLiteral("nope"),
                                 QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("kato"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoseErrors)
#include "tst_diagnoseerrors.moc"
