// The label values API's request and answer: a label name that is no name
// never becomes part of a path, the selector and window are encoded, and an
// answer that is not a short list of texts is refused with its cause.
#include "sources/prometheus/prometheuslabelvalues.h"

#include <QTest>
#include <QUrl>

using lotse::Error;
using lotse::PrometheusLabelValues;

class TestPrometheusLabelValues final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathCarriesSelectorAndWindow()
    {
        const auto path = PrometheusLabelValues::path(
            QStringLiteral("instance"), QStringLiteral("up{job=~\"kato-prod\\\\(eu\\\\)|a&b\"}"), 100, 200.5);
        QVERIFY(path);
        QVERIFY2(path->startsWith(QStringLiteral("api/v1/label/instance/values?match%5B%5D=")), qPrintable(*path));
        const QUrl url(QStringLiteral("http://h/") + *path);
        // Decoded by the server, the selector is the one given: & and + do not split or turn into spaces.
        const QString match = url.query(QUrl::FullyDecoded).section(QStringLiteral("&start="), 0, 0);
        QCOMPARE(match, QStringLiteral("match[]=up{job=~\"kato-prod\\\\(eu\\\\)|a&b\"}"));
        QVERIFY2(path->endsWith(QStringLiteral("&start=100.000&end=200.500")), qPrintable(*path));
        QVERIFY(!PrometheusLabelValues::path(QStringLiteral("job"), {}, 1, 2)->contains(QStringLiteral("match")));
    }

    void aLabelThatIsNoNameIsRefused_data()
    {
        QTest::addColumn<QString>("label");
        QTest::newRow("path climb") << QStringLiteral("../../admin/tsdb/delete_series");
        QTest::newRow("query") << QStringLiteral("job/values?x=1#");
        QTest::newRow("encoded slash") << QStringLiteral("job%2F..");
        QTest::newRow("empty") << QString();
        QTest::newRow("digit first") << QStringLiteral("1job");
        QTest::newRow("unicode") << QStringLiteral("jöb");
    }
    void aLabelThatIsNoNameIsRefused()
    {
        QFETCH(QString, label);
        const auto path = PrometheusLabelValues::path(label, {}, 1, 2);
        QVERIFY(!path);
        QCOMPARE(path.error().kind, Error::Kind::Refused);
    }

    void parsesTheValuesSorted()
    {
        const auto values
            = PrometheusLabelValues::parse(R"json({"status":"success","data":["b","a","kato-prod(eu)"]})json");
        QVERIFY(values);
        QCOMPARE(*values, (QStringList{"a", "b", "kato-prod(eu)"}));
    }

    void refusesWhatIsNotAList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int malformed = int(Error::Kind::Malformed);
        QTest::newRow("truncated") << QByteArray(R"({"status":"success","data":["a",)") << malformed;
        QTest::newRow("error") << QByteArray(R"({"status":"error","error":"bad match[]"})")
                               << int(Error::Kind::QueryFailed);
        QTest::newRow("data not a list") << QByteArray(R"({"status":"success","data":{"a":1}})") << malformed;
        QTest::newRow("number in list") << QByteArray(R"({"status":"success","data":["a",1]})") << malformed;
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << malformed;
        QByteArray many = R"({"status":"success","data":[)";
        for (int i = 0; i <= PrometheusLabelValues::kMaxValues; ++i)
            many += (i ? ",\"" : "\"") + QByteArray::number(i) + '"';
        QTest::newRow("too many") << many + "]}" << malformed;
        QTest::newRow("huge value") << QByteArray(R"({"status":"success","data":[")")
                + QByteArray(PrometheusLabelValues::kMaxValueLength + 1, 'x')
                + "\"]}" << malformed;
    }
    void refusesWhatIsNotAList()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto values = PrometheusLabelValues::parse(body);
        QVERIFY(!values);
        QCOMPARE(int(values.error().kind), kind);
        QVERIFY(!values.error().message.isEmpty() || kind == int(Error::Kind::QueryFailed));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusLabelValues)
#include "tst_prometheuslabelvalues.moc"
