#include "sources/prometheus/prometheusresponseparser.h"

#include <QTest>

#include <cmath>

using lotse::Error;
using lotse::PrometheusResponseParser;
using lotse::QueryResult;

namespace {

/// JSON written with single quotes, which keeps the test bodies readable (and
/// out of moc's way: it does not follow raw string literals).
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

} // namespace

class TestPrometheusResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorWithLabels()
    {
        const auto result = PrometheusResponseParser::parse(
            json("{'status':'success','data':{'resultType':'vector','result':["
                 "            {'metric':{'__name__':'up','job':'kato','instance':'a:1'},'value':[1768478400.5,'1']},"
                 "            {'metric':{'job':'kato','instance':'b:2'},'value':[1768478400.5,'0.25']}]}}"));
        QVERIFY(result);
        QCOMPARE(result->type, QueryResult::Type::Vector);
        QCOMPARE(result->series.size(), size_t(2));
        QCOMPARE(result->series[0].labels.value(QStringLiteral("instance")), QStringLiteral("a:1"));
        QCOMPARE(result->series[0].labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
        QCOMPARE(result->series[1].times.front(), 1768478400.5);
        QCOMPARE(result->series[1].values.front(), 0.25);
    }

    void matrixInColumns()
    {
        const auto result = PrometheusResponseParser::parse(
            json("{'status':'success','data':{'resultType':'matrix','result':["
                 "            {'metric':{'job':'tmi'},'values':[[100,'1.5'],[115,'2e3'],[130,'-0.125']]}]}}"));
        QVERIFY(result);
        QCOMPARE(result->type, QueryResult::Type::Matrix);
        const auto &series = result->series.at(0);
        QCOMPARE(series.times, (std::vector<double>{100, 115, 130}));
        QCOMPARE(series.values, (std::vector<double>{1.5, 2000, -0.125}));
    }

    void scalarAndString()
    {
        const auto scalar = PrometheusResponseParser::parse(
            json("{'status':'success','data':{'resultType':'scalar','result':[1768478400,'42.5']}}"));
        QVERIFY(scalar);
        QCOMPARE(scalar->type, QueryResult::Type::Scalar);
        QCOMPARE(scalar->series.at(0).values.at(0), 42.5);
        QCOMPARE(scalar->series.at(0).times.at(0), 1768478400.0);

        const auto text = PrometheusResponseParser::parse(
            json("{'status':'success','data':{'resultType':'string','result':[1768478400,'hello']}}"));
        QVERIFY(text);
        QCOMPARE(text->type, QueryResult::Type::String);
        QCOMPARE(text->text, QStringLiteral("hello"));
        QVERIFY(text->series.empty());
    }

    void specialValues()
    {
        const auto result = PrometheusResponseParser::parse(
            json("{'status':'success','data':{'resultType':'matrix','result':["
                 "            {'metric':{},'values':[[1,'NaN'],[2,'+Inf'],[3,'-Inf'],[4,'+1.5']]}]}}"));
        QVERIFY(result);
        const auto &values = result->series.at(0).values;
        QVERIFY(std::isnan(values[0]));
        QVERIFY(std::isinf(values[1]) && values[1] > 0);
        QVERIFY(std::isinf(values[2]) && values[2] < 0);
        QCOMPARE(values[3], 1.5);
    }

    void keysInAnyOrder()
    {
        const auto result = PrometheusResponseParser::parse(json(
            "{'data':{'result':[{'value':[5,'7'],'metric':{'a':'b'}}],'resultType':'vector'},'status':'success'}"));
        QVERIFY(result);
        QCOMPARE(result->series.at(0).values.at(0), 7.0);
        QCOMPARE(result->series.at(0).labels.value(QStringLiteral("a")), QStringLiteral("b"));
    }

    void errorBody()
    {
        const auto result = PrometheusResponseParser::parse(
            json("{'status':'error','errorType':'bad_data','error':'1:5: parse error: unexpected character'}"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::QueryFailed);
        QVERIFY(result.error().message.contains(QStringLiteral("bad_data")));
        QVERIFY(result.error().message.contains(QStringLiteral("unexpected character")));
    }

    void warningsSurface()
    {
        const auto result
            = PrometheusResponseParser::parse(json("{'status':'success','warnings':['partial response','w2'],"
                                                   "            'data':{'resultType':'vector','result':[]}}"));
        QVERIFY(result);
        QCOMPARE(result->warnings, (QStringList{QStringLiteral("partial response"), QStringLiteral("w2")}));
        QVERIFY(result->series.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray(
            json("{'status':'success','data':{'resultType':'vector','result':[{'metric':{}"));
        QTest::newRow("no status") << QByteArray(json("{'data':{'resultType':'vector','result':[]}}"));
        QTest::newRow("bad value") << QByteArray(
            json("{'status':'success','data':{'resultType':'vector','result':[{'metric':{},'value':[1,'abc']}]}}"));
        QTest::newRow("number not string") << QByteArray(
            json("{'status':'success','data':{'resultType':'vector','result':[{'metric':{},'value':[1,2]}]}}"));
        QTest::newRow("bad type") << QByteArray(json("{'status':'success','data':{'resultType':'cube','result':[]}}"));
        QTest::newRow("short pair") << QByteArray(
            json("{'status':'success','data':{'resultType':'matrix','result':[{'metric':{},'values':[[1]]}]}}"));
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        const auto result = PrometheusResponseParser::parse(body);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Malformed);
        QVERIFY(!result.error().message.isEmpty());
    }

    void generatedBodyRoundTrips()
    {
        // Values written with full precision must come back bit for bit.
        std::vector<std::vector<double>> expected;
        const auto result = PrometheusResponseParser::parse(generatedBody(20, 500, expected));
        QVERIFY(result);
        QCOMPARE(result->series.size(), size_t(20));
        for (size_t s = 0; s < 20; ++s)
            QCOMPARE(result->series[s].values, expected[s]);
    }

    void bodiesLargerThanTheKeptBuffers()
    {
        // Past kKeptCapacity the parser gives its buffers back after the parse;
        // the next parse on this thread, small or large, starts afresh.
        std::vector<std::vector<double>> expected;
        const QByteArray large = generatedBody(100, 20000, expected);
        QVERIFY(size_t(large.size()) > PrometheusResponseParser::kKeptCapacity);
        std::vector<std::vector<double>> few;
        const QByteArray small = generatedBody(2, 10, few);
        for (const QByteArray &body : {large, small, large, small}) {
            const auto result = PrometheusResponseParser::parse(body);
            QVERIFY(result);
            const auto &values = body.size() == large.size() ? expected : few;
            QCOMPARE(result->series.size(), values.size());
            for (size_t s = 0; s < values.size(); ++s)
                QCOMPARE(result->series[s].values, values[s]);
        }
    }

    void largeAnswersAreReadInPieces()
    {
        std::vector<std::vector<double>> expected;
        QByteArray body = generatedBody(30, 200, expected);
        const QByteArray original = body;
        body.reserve(body.size() + PrometheusResponseParser::kPadding);
        const auto pieces = PrometheusResponseParser::parseInPieces(body, 4096);
        QVERIFY(pieces);
        QCOMPARE(body, original); // the brackets put in for each piece are gone again
        QCOMPARE(pieces->series.size(), expected.size());
        for (size_t s = 0; s < expected.size(); ++s) {
            QCOMPARE(pieces->series[s].values, expected[s]);
            QCOMPARE(pieces->series[s].labels.value(QStringLiteral("i")), QString::number(s));
        }
    }

    void warmUpParsesItsOwnMatrix()
    {
        QVERIFY(PrometheusResponseParser::warmUp(qsizetype(2) << 20));
    }

    void piecesGiveTheWholeAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("cut"); // whether parseInPieces may read it at all
        std::vector<std::vector<double>> unused;
        QTest::newRow("generated") << generatedBody(12, 30, unused) << true;
        const QByteArray whole = generatedBody(12, 30, unused);
        QTest::newRow("cut short in the last element") << whole.left(whole.size() - 20) << false;
        QTest::newRow("cut short in the middle") << whole.left(whole.size() / 2) << false;
        QTest::newRow("cut's text in a label") << json("{'status':'success','data':{'resultType':'vector','result':["
                                                       "{'metric':{'a':'},{\\'b'},'value':[1,'1']},"
                                                       "{'metric':{'a':'},{\\''},'value':[2,'2']},"
                                                       "{'metric':{},'value':[3,'3']}]},'warnings':['w']}")
                                               << true;
        QTest::newRow("objects inside an element")
            << json("{'status':'success','data':{'resultType':'matrix','result':["
                    "{'metric':{},'values':[[1,'1']],'x':[{'k':1},{'k':2},{'k':3},{'k':4},{'k':5},{'k':6}]},"
                    "{'metric':{},'values':[[2,'2']]}]}}")
            << false;
        QTest::newRow("escaped key before the real one")
            << json("{'status':'success','d\\u0061ta':{'resultType':'vector','result':[{'metric':{},'value':[1,'1']}]},"
                    "'data':{'resultType':'vector','result':[{'metric':{},'value':[2,'2']},"
                    "{'metric':{},'value':[3,'3']}]}}")
            << false;
        QTest::newRow("empty first element") << json("{'status':'success','data':{'resultType':'vector','result':[ ,"
                                                     "{'metric':{},'value':[2,'2']},{'metric':{},'value':[3,'3']}]}}")
                                             << false;
        QTest::newRow("trailing comma") << json("{'status':'success','data':{'resultType':'vector','result':["
                                                "{'metric':{},'value':[2,'2']},{'metric':{},'value':[3,'3']},]}}")
                                        << false;
        QTest::newRow("scalar of objects") << json("{'status':'success','data':{'resultType':'scalar','result':["
                                                   "{'metric':{}},{'metric':{}}]}}")
                                           << false;
        QTest::newRow("error with data") << json("{'status':'error','errorType':'x','error':'y','data':{'resultType':"
                                                 "'vector','result':[{'metric':{},'value':[1,'1']},{'metric':{}}]}}")
                                         << false;
    }
    void piecesGiveTheWholeAnswer()
    {
        // Whatever the size of the pieces, the answer or the error is the one
        // the whole parse gives; the fuzzer checks the same on mutated bodies.
        QFETCH(QByteArray, body);
        QFETCH(bool, cut);
        const auto whole = PrometheusResponseParser::parse(body, body.size());
        for (qsizetype pieceBytes = 1; pieceBytes < body.size(); pieceBytes += 7) {
            const auto pieces = PrometheusResponseParser::parse(body, pieceBytes);
            QCOMPARE(pieces.has_value(), whole.has_value());
            if (!whole) {
                QCOMPARE(pieces.error().message, whole.error().message);
                continue;
            }
            QCOMPARE(pieces->warnings, whole->warnings);
            QCOMPARE(pieces->series.size(), whole->series.size());
            for (size_t s = 0; s < whole->series.size(); ++s) {
                QCOMPARE(pieces->series[s].labels, whole->series[s].labels);
                QCOMPARE(pieces->series[s].values, whole->series[s].values);
            }
        }
        QByteArray padded = body;
        padded.reserve(body.size() + PrometheusResponseParser::kPadding);
        QCOMPARE(PrometheusResponseParser::parseInPieces(padded, 1).has_value(), cut);
    }

private:
    /// A `query_range` body of @p series series of @p points values each, written with full precision.
    static QByteArray generatedBody(int series, int points, std::vector<std::vector<double>> &expected)
    {
        QByteArray body = json("{'status':'success','data':{'resultType':'matrix','result':[");
        expected.assign(size_t(series), {});
        for (int s = 0; s < series; ++s) {
            body += (s ? "," : "") + QByteArray(json("{'metric':{'i':'")) + QByteArray::number(s)
                + json("'},'values':[");
            for (int p = 0; p < points; ++p) {
                const double value = std::sin(s * 1000 + p) * std::pow(10.0, (p % 7) - 3);
                expected[size_t(s)].push_back(value);
                body += (p ? "," : "") + QByteArray("[") + QByteArray::number(1700000000 + p * 15) + ",\""
                    + QByteArray::number(value, 'g', 17) + "\"]";
            }
            body += "]}";
        }
        body += "]}}";
        return body;
    }

private Q_SLOTS:
    void sampleValueSyntax()
    {
        double value = 0;
        QVERIFY(PrometheusResponseParser::parseSampleValue("1e-9", value));
        QCOMPARE(value, 1e-9);
        QVERIFY(!PrometheusResponseParser::parseSampleValue("", value));
        QVERIFY(!PrometheusResponseParser::parseSampleValue("1.0x", value));
        QVERIFY(!PrometheusResponseParser::parseSampleValue("Inf ", value));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusResponseParser)
#include "tst_prometheusresponseparser.moc"
