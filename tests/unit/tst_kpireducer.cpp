#include "dashboard/reduce.h"

#include <QTest>

#include <cmath>

using lotse::KpiReducer;
using lotse::LegendTemplate;
using lotse::QueryResult;
using lotse::Reduce;

namespace {

QueryResult vectorOf(std::initializer_list<double> values)
{
    QueryResult result;
    for (double value : values) {
        lotse::Series series;
        series.times.push_back(1);
        series.values.push_back(value);
        result.series.push_back(series);
    }
    return result;
}

} // namespace

class TestKpiReducer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reduces()
    {
        const QueryResult result = vectorOf({3, 1, 8});
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Max), 8.0);
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Min), 1.0);
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Sum), 12.0);
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Avg), 4.0);
        QCOMPARE(*KpiReducer::reduce(result, Reduce::First), 3.0);
    }

    void countsRows()
    {
        QCOMPARE(*KpiReducer::reduce(vectorOf({3, 1, 8}), Reduce::Count), 3.0);
        QCOMPARE(*KpiReducer::reduce(QueryResult{}, Reduce::Count), 0.0); // none is an answer
    }

    void nanLosesToNumbers()
    {
        const QueryResult result = vectorOf({std::nan(""), 2, std::nan("")});
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Max), 2.0);
        QCOMPARE(*KpiReducer::reduce(result, Reduce::Min), 2.0);
        QVERIFY(std::isnan(*KpiReducer::reduce(vectorOf({std::nan("")}), Reduce::Max)));
    }

    void noDataIsAnErrorNotZero()
    {
        const auto value = KpiReducer::reduce(QueryResult{}, Reduce::Max);
        QVERIFY(!value);
        QCOMPARE(value.error().kind, lotse::Error::Kind::NoData);
        QVERIFY(!value.error().message.isEmpty());
    }

    void legendTemplates()
    {
        const lotse::Labels labels{{QStringLiteral("__name__"), QStringLiteral("up")},
                                   {QStringLiteral("instance"), QStringLiteral("a:1")},
                                   {QStringLiteral("job"), QStringLiteral("kato")}};
        QCOMPARE(LegendTemplate::render(QStringLiteral("p95 {{instance}} ({{ job }})"), labels),
                 QStringLiteral("p95 a:1 (kato)"));
        QCOMPARE(LegendTemplate::render(QStringLiteral("{{missing}}x"), labels), QStringLiteral("x"));
        QCOMPARE(LegendTemplate::render(QString(), labels), QStringLiteral("up{instance=\"a:1\", job=\"kato\"}"));
        QCOMPARE(LegendTemplate::render(QString(), {}), QStringLiteral("{}"));
    }
};

QTEST_GUILESS_MAIN(TestKpiReducer)
#include "tst_kpireducer.moc"
