#include "definitions/dashboardloader.h"
#include "variables/promqlsubstitution.h"
#include "variables/sqlsubstitution.h"
#include "variables/variablebinder.h"
#include "variables/variablevalues.h"

#include "diagnosticsearch.h"

#include <QRegularExpression>
#include <QTest>

using lotse::DashboardLoader;
using lotse::PromqlSubstitution;
using lotse::SqlSubstitution;
using lotse::VariableBinder;
using lotse::VariableValues;

namespace {

VariableValues values(const QStringList &arguments)
{
    const auto parsed = VariableValues::fromArguments(arguments);
    if (!parsed)
        qFatal("bad arguments");
    return *parsed;
}

QByteArray dashboard(const QByteArray &variables, const QByteArray &query)
{
    return "id: d\n"
           "title: {en: D, de: D}\n"
        + variables + "kpis:\n  - id: k\n    title: {en: K, de: K}\n    query: '" + query + "'\n";
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void promql_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equal") << "up{job=\"$job\"}" << QStringList{"job=kato-prod"} << "up{job=\"kato-prod\"}";
        QTest::newRow("braces") << "up{job=\"${job}\"}" << QStringList{"job=a"} << "up{job=\"a\"}";
        QTest::newRow("brackets") << "up{job=\"[[job]]\"}" << QStringList{"job=a"} << "up{job=\"a\"}";
        QTest::newRow("quote escaped") << "up{job=\"$job\"}" << QStringList{"job=a\"} or vector(1) #"}
                                       << "up{job=\"a\\\"} or vector(1) #\"}";
        QTest::newRow("backslash escaped") << "up{job='$job'}" << QStringList{"job=a\\'b"} << "up{job='a\\\\\\'b'}";
        QTest::newRow("regex escaped") << "up{job=~\"$job\"}" << QStringList{"job=a.b+(c)"}
                                       << "up{job=~\"a\\\\.b\\\\+\\\\(c\\\\)\"}";
        QTest::newRow("multi") << "up{job=~\"$job\"}" << QStringList{"job=a", "job=b|c"} << "up{job=~\"(a|b\\\\|c)\"}";
        QTest::newRow("not regex") << "up{job !~ \"$job\"}" << QStringList{"job=a,b"} << "up{job !~ \"(a|b)\"}";
        QTest::newRow("all") << "up{job=~\"$job\"}" << QStringList{"job=$__all"} << "up{job=~\".*\"}";
        QTest::newRow("duration") << "rate(x[$step])" << QStringList{"step=5m"} << "rate(x[5m])";
        QTest::newRow("dollar kept") << "up{job=~\"a$\"}" << QStringList{} << "up{job=~\"a$\"}";
    }

    void promql()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto bound = PromqlSubstitution::apply(query, values(arguments));
        QVERIFY2(bound, bound ? "" : qPrintable(bound.error()));
        QCOMPARE(*bound, expected);
    }

    void promqlRefuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("several in =") << "up{job=\"$job\"}" << QStringList{"job=a,b"};
        QTest::newRow("code outside strings") << "rate(x[$step])" << QStringList{"step=5m]) or vector(1"};
        QTest::newRow("no value") << "up{job=\"$job\"}" << QStringList{};
    }

    void promqlRefuses()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, arguments);
        QVERIFY(!PromqlSubstitution::apply(query, values(arguments)));
    }

    void regexEscapeMatchesItself()
    {
        const QString value = QStringLiteral("a.b*c+d?(e)|[f]{1,2}^$\\");
        const QRegularExpression pattern(QLatin1Char('^') + PromqlSubstitution::regexEscape(value) + QLatin1Char('$'));
        QVERIFY(pattern.isValid());
        QVERIFY(pattern.match(value).hasMatch());
        QVERIFY(!pattern.match(QStringLiteral("aXb*c+d?(e)|[f]{1,2}^$\\")).hasMatch());
    }

    void sqlBindsParameters()
    {
        const auto bound = SqlSubstitution::apply(
            QStringLiteral("SELECT '$x', \"$y\" /* $z */ FROM t WHERE a = $name AND b = ${other} OR a = $name -- $w\n"
                           "AND d = $$ $body $$"),
            values({QStringLiteral("name='; DROP TABLE t; --"), QStringLiteral("other=b")}));
        QVERIFY2(bound, bound ? "" : qPrintable(bound.error()));
        // Inside strings, comments and dollar quotes a reference is text, as PostgreSQL reads it.
        QCOMPARE(bound->text,
                 QStringLiteral("SELECT '$x', \"$y\" /* $z */ FROM t WHERE a = $1 AND b = $2 OR a = $1 -- $w\n"
                                "AND d = $$ $body $$"));
        // PostgreSQL's own $1 beside variables would be two parameters under one number.
        QVERIFY(!SqlSubstitution::apply(QStringLiteral("SELECT $1, $name"), values({QStringLiteral("name=a")})));
        QCOMPARE(QStringList(SqlSubstitution::names(QStringLiteral("SELECT $b, '$c', $a, $b"))),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        const auto plain = SqlSubstitution::apply(
            QStringLiteral("SELECT 1 FROM t WHERE a = $name AND b = ${other} OR a = $name AND c = $$ 1 $$"),
            values({QStringLiteral("name='; DROP TABLE t; --"), QStringLiteral("other=b,c")}));
        QVERIFY2(plain, plain ? "" : qPrintable(plain.error()));
        QCOMPARE(plain->text, QStringLiteral("SELECT 1 FROM t WHERE a = $1 AND b = $2 OR a = $1 AND c = $$ 1 $$"));
        QCOMPARE(plain->parameters,
                 (QStringList{QStringLiteral("'; DROP TABLE t; --"), QStringLiteral("{\"b\",\"c\"}")}));
    }

    void loaderDeclaresAndBindsDefaults()
    {
        const auto loaded = DashboardLoader::parse(
            dashboard("variables:\n  - name: job\n    query: label_values(up, job)\n    default: kato\n"
                      "  - name: instance\n    query: label_values(up{job=\"$job\"}, instance)\n"
                      "    include_all: true\n    multi: true\n",
                      "up{job=\"$job\", instance=~\"$instance\"}"),
            QStringLiteral("d.yaml"));
        QVERIFY2(loaded, loaded ? "" : qPrintable(lotse::diagnosticsText(loaded.error())));
        QCOMPARE(loaded->variables.size(), 2);
        QCOMPARE(loaded->variables.at(1).metric, QStringLiteral("up{job=\"$job\"}"));
        QCOMPARE(loaded->kpis.first().query, QStringLiteral("up{job=\"kato\", instance=~\".*\"}"));
        const auto rebound = VariableBinder::bind(*loaded, values({QStringLiteral("job=kato-prod")}));
        QVERIFY2(rebound, rebound ? "" : qPrintable(rebound.error()));
        QCOMPARE(rebound->kpis.first().query, QStringLiteral("up{job=\"kato-prod\", instance=~\".*\"}"));
        QCOMPARE(rebound->values.toJson().value(QStringLiteral("job")).toString(), QStringLiteral("kato-prod"));
        QVERIFY(!VariableBinder::bind(*loaded, values({QStringLiteral("nope=1")})));
        QVERIFY(!VariableBinder::bind(*loaded, values({QStringLiteral("job=a,b")}))); // not multi
    }

    void checkReportsUndeclaredAndCycles()
    {
        const auto undeclared = DashboardLoader::parse(dashboard({}, "up{job=\"$job\"}"), QStringLiteral("d.yaml"));
        const lotse::Diagnostic problem = lotse::test::problemAbout(undeclared, QStringLiteral("$job is no declared"));
        QCOMPARE(problem.message, QStringLiteral("$job is no declared variable"));
        QCOMPARE(problem.line, 6); // the kpi's query
        const auto cycle
            = DashboardLoader::parse(dashboard("variables:\n  - name: a\n    query: label_values(x{b=\"$b\"}, a)\n"
                                               "  - name: b\n    query: label_values(x{a=\"$a\"}, b)\n",
                                               "up"),
                                     QStringLiteral("d.yaml"));
        const lotse::Diagnostic circle = lotse::test::problemAbout(cycle, QStringLiteral("circle"));
        QVERIFY2(circle.message.endsWith(QStringLiteral("a → b → a")), qPrintable(circle.message));
        QCOMPARE(circle.line, 6); // b, where the walk closes the circle
    }
};

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
