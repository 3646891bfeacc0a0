#include "core/unit.h"

#include <QTest>

#include <limits>

using lotse::Unit;
using lotse::UnitFormatter;

Q_DECLARE_METATYPE(lotse::Unit)

class TestUnitFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("value");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds en") << "en_US" << 1.1 << Unit::Seconds << "1.1 s";
        QTest::newRow("seconds de") << "de_DE" << 1.1 << Unit::Seconds << "1,1 s";
        QTest::newRow("sub-second as ms") << "en_US" << 0.25 << Unit::Seconds << "250 ms";
        QTest::newRow("ms de") << "de_DE" << 12.5 << Unit::Milliseconds << "12,5 ms";
        QTest::newRow("ms over a second") << "en_US" << 2500.0 << Unit::Milliseconds << "2.5 s";
        QTest::newRow("percent") << "en_US" << 83.25 << Unit::Percent << "83.3 %";
        QTest::newRow("percent de") << "de_DE" << 83.25 << Unit::Percent << "83,3 %";
        QTest::newRow("ratio") << "en_US" << 0.5 << Unit::Ratio << "50 %";
        QTest::newRow("reqps") << "en_US" << 1234.0 << Unit::RequestsPerSecond << "1,234 req/s";
        QTest::newRow("reqps de") << "de_DE" << 1234.0 << Unit::RequestsPerSecond << "1.234 req/s";
        QTest::newRow("bytes") << "en_US" << 1536.0 << Unit::Bytes << "1.5 KiB";
        QTest::newRow("gibibytes") << "en_US" << 4.0 * 1024 * 1024 * 1024 << Unit::Bytes << "4 GiB";
        QTest::newRow("usd") << "en_US" << 1234.5 << Unit::Usd << "$1,234.50";
        QTest::newRow("usd de") << "de_DE" << 1234.5 << Unit::Usd << "1.234,50\u00a0$";
        QTest::newRow("count") << "en_US" << 5000.0 << Unit::Count << "5,000";
        QTest::newRow("small") << "en_US" << 0.00123 << Unit::None << "0.00123";
        QTest::newRow("NaN") << "en_US" << std::numeric_limits<double>::quiet_NaN() << Unit::Seconds << "—";
        QTest::newRow("inf") << "en_US" << std::numeric_limits<double>::infinity() << Unit::Seconds << "∞";
    }
    void format()
    {
        QFETCH(QString, locale);
        QFETCH(double, value);
        QFETCH(Unit, unit);
        QFETCH(QString, text);
        QCOMPARE(UnitFormatter(QLocale(locale)).format(value, unit), text);
    }

    void namesRoundTrip()
    {
        for (const char *name : {"s", "ms", "percent", "ratio", "reqps", "bytes", "usd", "count", ""}) {
            const auto unit = lotse::unitFromName(QString::fromLatin1(name));
            QVERIFY(unit);
            QCOMPARE(lotse::unitName(*unit), QString::fromLatin1(name));
        }
        QVERIFY(!lotse::unitFromName(QStringLiteral("parsecs")));
    }
};

QTEST_GUILESS_MAIN(TestUnitFormatter)
#include "tst_unitformatter.moc"
