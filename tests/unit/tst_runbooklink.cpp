#include "alerts/runbooklink.h"

#include <QTest>

using namespace lotse;

class TestRunbookLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("runbook");
        QTest::addColumn<QString>("node");
        QTest::newRow("node") << "lotse:runbook/kato#high_latency"
                              << "runbook"
                              << "kato"
                              << "high_latency";
        QTest::newRow("runbook") << "lotse:runbook/kato"
                                 << "runbook"
                                 << "kato"
                                 << "";
        QTest::newRow("bare id") << "tmi"
                                 << "runbook"
                                 << "tmi"
                                 << "";
        QTest::newRow("bare id and node") << "tmi#high_cpu"
                                          << "runbook"
                                          << "tmi"
                                          << "high_cpu";
        QTest::newRow("padded") << "  lotse:runbook/promptcard#memory \n"
                                << "runbook"
                                << "promptcard"
                                << "memory";
        QTest::newRow("web") << "https://wiki.example.org/runbooks/kato?x=1#y"
                             << "external"
                             << ""
                             << "";
        QTest::newRow("empty") << ""
                               << "none"
                               << ""
                               << "";
        QTest::newRow("empty node") << "lotse:runbook/kato#"
                                    << "none"
                                    << ""
                                    << "";
        QTest::newRow("traversal") << "lotse:runbook/../../etc/passwd"
                                   << "none"
                                   << ""
                                   << "";
        QTest::newRow("upper case id") << "lotse:runbook/KATO"
                                       << "none"
                                       << ""
                                       << "";
        QTest::newRow("file") << "file:///etc/passwd"
                              << "none"
                              << ""
                              << "";
        QTest::newRow("javascript") << "javascript:alert(1)"
                                    << "none"
                                    << ""
                                    << "";
        QTest::newRow("no host") << "https:///x"
                                 << "none"
                                 << ""
                                 << "";
        QTest::newRow("huge") << "https://example.org/" + QString(5000, QLatin1Char('a')) << "none"
                              << ""
                              << "";
        QTest::newRow("long id") << "lotse:runbook/" + QString(200, QLatin1Char('k')) << "none"
                                 << ""
                                 << "";
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        QFETCH(QString, runbook);
        QFETCH(QString, node);
        const RunbookLink link = RunbookLink::parse(text);
        QCOMPARE(link.kindId(), kind);
        QCOMPARE(link.runbook, runbook);
        QCOMPARE(link.node, node);
    }

    void writesItsOwnForm()
    {
        QCOMPARE(RunbookLink::parse(QStringLiteral("kato#high_cpu")).toString(),
                 QStringLiteral("lotse:runbook/kato#high_cpu"));
        QCOMPARE(RunbookLink::parse(QStringLiteral("https://example.org/a")).url,
                 QUrl(QStringLiteral("https://example.org/a")));
        QVERIFY(RunbookLink::parse(QStringLiteral("javascript:x")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRunbookLink)
#include "tst_runbooklink.moc"
