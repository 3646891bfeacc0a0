#include "core/thresholds.h"

#include <QTest>

#include <limits>

using lotse::State;
using lotse::Thresholds;

Q_DECLARE_METATYPE(lotse::State)

class TestThresholds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<bool>("higherIsWorse");
        QTest::addColumn<double>("value");
        QTest::addColumn<State>("state");
        // p95 latency: warning above 0.5 s, critical above 2 s (TMI's table).
        QTest::newRow("low latency") << true << 0.1 << State::Good;
        QTest::newRow("at warning is not over it") << true << 0.5 << State::Good;
        QTest::newRow("over warning") << true << 0.6 << State::Warning;
        QTest::newRow("at critical") << true << 2.0 << State::Warning;
        QTest::newRow("over critical") << true << 3.2 << State::Critical;
        // Throughput: warning below 1000 req/s, critical below 100 req/s.
        QTest::newRow("high throughput") << false << 1500.0 << State::Good;
        QTest::newRow("throughput at warning") << false << 1000.0 << State::Good;
        QTest::newRow("throughput dropping") << false << 400.0 << State::Warning;
        QTest::newRow("throughput gone") << false << 40.0 << State::Critical;
        QTest::newRow("NaN is unknown") << true << std::numeric_limits<double>::quiet_NaN() << State::Unknown;
        QTest::newRow("NaN lower") << false << std::numeric_limits<double>::quiet_NaN() << State::Unknown;
        QTest::newRow("+Inf critical") << true << std::numeric_limits<double>::infinity() << State::Critical;
    }
    void classify()
    {
        QFETCH(bool, higherIsWorse);
        QFETCH(double, value);
        QFETCH(State, state);
        Thresholds thresholds;
        if (higherIsWorse) {
            thresholds.warning = 0.5;
            thresholds.critical = 2.0;
        } else {
            thresholds.direction = Thresholds::Direction::LowerIsWorse;
            thresholds.warning = 1000;
            thresholds.critical = 100;
        }
        QVERIFY(thresholds.isOrdered());
        QCOMPARE(thresholds.classify(value), state);
    }

    void includedEdges()
    {
        // TMI's goroutines: "1000 - 5000" warning includes 1000, "> 5000" critical does not include 5000.
        Thresholds goroutines;
        goroutines.warning = 1000;
        goroutines.warningIncluded = true;
        goroutines.critical = 5000;
        QCOMPARE(goroutines.classify(999), State::Good);
        QCOMPARE(goroutines.classify(1000), State::Warning);
        QCOMPARE(goroutines.classify(5000), State::Warning);
        QCOMPARE(goroutines.classify(5001), State::Critical);
        // Keiko colours value >= critical as critical; lower-is-worse "<= 50" too.
        goroutines.criticalIncluded = true;
        QCOMPARE(goroutines.classify(5000), State::Critical);
        Thresholds hits;
        hits.direction = Thresholds::Direction::LowerIsWorse;
        hits.warning = 50;
        hits.warningIncluded = true;
        QCOMPARE(hits.classify(50), State::Warning);
        QCOMPARE(hits.classify(50.5), State::Good);
        QCOMPARE(goroutines.bandText(State::Warning, QStringLiteral("1000")), QStringLiteral("\u2265 1000"));
        QCOMPARE(hits.bandText(State::Critical, QStringLiteral("25")), QStringLiteral("< 25"));
    }

    void ordering()
    {
        Thresholds higher;
        higher.warning = 5;
        higher.critical = 1;
        QVERIFY(!higher.isOrdered());
        Thresholds lower;
        lower.direction = Thresholds::Direction::LowerIsWorse;
        lower.warning = 1;
        lower.critical = 5;
        QVERIFY(!lower.isOrdered());
    }

    void onlyOneBand()
    {
        Thresholds critical;
        critical.critical = 80;
        QCOMPARE(critical.classify(90), State::Critical);
        QCOMPARE(critical.classify(79), State::Good);
        Thresholds none;
        QCOMPARE(none.classify(1e9), State::Good);
        QCOMPARE(none.classify(std::numeric_limits<double>::quiet_NaN()), State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestThresholds)
#include "tst_thresholds.moc"
