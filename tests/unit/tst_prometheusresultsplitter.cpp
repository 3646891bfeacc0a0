#include "sources/prometheus/prometheusresultsplitter.h"

#include <QTest>

#include <string>

using lotse::PrometheusResultSplitter;

namespace {

/// JSON written with single quotes, for readable test bodies.
std::string json(std::string text)
{
    for (char &c : text) {
        if (c == '\'')
            c = '"';
    }
    return text;
}

} // namespace

class TestPrometheusResultSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheRootsResultArray_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected"); // offset of the '[' or -1
        const auto row = [](const char *name, const std::string &text, int expected) {
            QTest::newRow(name) << QString::fromStdString(text) << expected;
        };
        const std::string prometheus = json("{'status':'success','data':{'resultType':'matrix','result':[{");
        row("Prometheus", prometheus, int(prometheus.size()) - 2);
        const std::string victoria = json("{'status':'success','isPartial':false,'data':{'resultType':'vector',"
                                          "'result':[]}}");
        row("VictoriaMetrics", victoria, int(victoria.find('[')));
        const std::string spaced = json("{ 'data' :\n {\t'result' : [ ] } }");
        row("whitespace", spaced, int(spaced.find('[')));
        const std::string after = json("{'x':{'data':{'result':[1]}},'warnings':['a'],'data':{'result':[2]}}");
        row("nested data first", after, int(after.rfind('[')));
        row("data not an object", json("{'data':'x','data':{'result':[1]}}"), -1);
        row("result not an array", json("{'data':{'result':{},'result':[1]}}"), -1);
        row("data without result", json("{'data':{'resultType':'x'},'more':{'result':[1]}}"), -1);
        row("escaped key", json("{'d\\u0061ta':{'result':[1]}}"), -1);
        row("escaped value", json("{'status':'su\\u0063cess','data':{'result':[1]}}"), -1);
        row("root is an array", json("[{'data':{'result':[1]}}]"), -1);
        row("unterminated string", json("{'data':{'resu"), -1);
        row("after the root", json("{} {'data':{'result':[1]}}"), -1);
        const std::string far = "{\"pad\":\"" + std::string(PrometheusResultSplitter::kEnvelopeReach, 'x')
            + json("','data':{'result':[1]}}");
        row("beyond reach", far, -1);
    }
    void findsTheRootsResultArray()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        const std::string utf8 = text.toStdString();
        const auto open = PrometheusResultSplitter::resultArrayOpen(utf8);
        QCOMPARE(open ? int(*open) : -1, expected);
    }

    void cutsBetweenElementsAfterEachPieceSize()
    {
        std::string body = json("{'status':'success','data':{'resultType':'vector','result':[");
        for (int i = 0; i < 40; ++i)
            body += json((i ? "," : "") + std::string("{'metric':{'i':'") + std::to_string(i) + "'},'value':[1,'2']}");
        body += "]}}";
        const auto split = PrometheusResultSplitter::split(body, 100);
        QVERIFY(split);
        QCOMPARE(body[split->arrayOpen], '[');
        QVERIFY(!split->commas.empty());
        std::size_t from = split->arrayOpen;
        for (const std::size_t comma : split->commas) {
            QCOMPARE(body.substr(comma - 1, 4), json("},{'"));
            QVERIFY(comma - from > 100); // a piece holds at least pieceBytes
            QVERIFY(comma - from < 100 + 40);  // and no more than the element that reaches past it
            from = comma;
        }
        QVERIFY(body.size() - from <= 100 + 40); // the last piece is the envelope's
    }

    void nothingToCut()
    {
        const std::string one = json("{'status':'success','data':{'resultType':'matrix','result':[{'metric':{},"
                                     "'values':[[1,'1'],[2,'2'],[3,'3'],[4,'4']]}]}}");
        QVERIFY(!PrometheusResultSplitter::split(one, 1)); // one element, no boundary
        const std::string pretty = json("{'data':{'result':[{'metric':{}}, {'metric':{}}, {'metric':{}}]}}");
        QVERIFY(!PrometheusResultSplitter::split(pretty, 1));
        const std::string small = json("{'data':{'result':[{'metric':{}},{'metric':{}}]}}");
        QVERIFY(!PrometheusResultSplitter::split(small, small.size()));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusResultSplitter)
#include "tst_prometheusresultsplitter.moc"
