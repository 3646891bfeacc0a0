#include "sources/prometheus/promqlsyntax.h"

#include <QTest>

using lotse::PromqlSyntax;

class TestPromqlSyntax final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsValidExpressions()
    {
        for (const char *query : {
                 "up",
                 "histogram_quantile(0.95, sum by (le) (rate(x_bucket{job=\"kato\"}[5m])))",
                 "sum(rate(x{path=~\"/a(b|c)\"}[1m])) / ignoring(status) group_left sum(y)",
                 "x{label='it\\'s'}",
                 "rate(x[5m:1m]) # a comment (with an open paren",
             }) {
            const auto problem = PromqlSyntax::check(QString::fromUtf8(query));
            QVERIFY2(
                !problem,
                qPrintable(QString::fromUtf8(query) + QStringLiteral(": ") + (problem ? problem->message : QString())));
        }
    }

    void findsTheFirstProblem_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("offset");
        QTest::newRow("unclosed paren") << "sum(rate(x[5m])" << 3;
        QTest::newRow("stray bracket") << "rate(x[5m]])" << 10;
        QTest::newRow("mismatched") << "sum(x{a=\"b\")" << 11;
        QTest::newRow("open string") << "x{a=\"b}" << 4;
        QTest::newRow("empty") << "   " << 0;
    }
    void findsTheFirstProblem()
    {
        QFETCH(QString, query);
        QFETCH(int, offset);
        const auto problem = PromqlSyntax::check(query);
        QVERIFY(problem);
        QCOMPARE(problem->column - 1, offset);
    }
};

QTEST_GUILESS_MAIN(TestPromqlSyntax)
#include "tst_promqlsyntax.moc"
