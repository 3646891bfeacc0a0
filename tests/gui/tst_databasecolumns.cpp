// Database lists format each cell by what it means: identifiers and ports
// without thousands separators, Unix seconds and dates as the interface
// language writes them, shares of one as percent; a value beside its field
// (Redis INFO) means what the field says.
#include "databases/databasecolumns.h"
#include "databases/databasetableproxy.h"
#include "databases/tablemodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using lotse::DatabaseColumns;

class TestDatabaseColumns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void identifiersAndPortsHaveNoSeparators()
    {
        QCOMPARE(DatabaseColumns::text(QStringLiteral("pid"), qlonglong(12345)), QStringLiteral("12345"));
        QCOMPARE(DatabaseColumns::text(QStringLiteral("tcp_port"), qlonglong(6379)), QStringLiteral("6379"));
        QCOMPARE(DatabaseColumns::text(QStringLiteral("process_id"), qlonglong(40321)), QStringLiteral("40321"));
        // Amounts keep them.
        QCOMPARE(DatabaseColumns::text(QStringLiteral("calls"), qlonglong(12345)), QStringLiteral("12,345"));
    }

    void timestampsAndDatesFollowTheLanguage()
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1767225600); // 2026-01-01T00:00:00Z
        const QString english = DatabaseColumns::text(QStringLiteral("time"), qlonglong(1767225600));
        QVERIFY2(!english.contains(QLatin1String("1,767")), qPrintable(english));
        QVERIFY2(english.contains(QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)),
                 qPrintable(english));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = DatabaseColumns::text(QStringLiteral("last_vacuum"), at);
        QVERIFY2(german.contains(QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat)),
                 qPrintable(german));
        QVERIFY2(!german.contains(QLatin1Char('T')), qPrintable(german)); // not ISO 8601
    }

    void sharesAsPercent()
    {
        QCOMPARE(DatabaseColumns::text(QStringLiteral("hit_ratio"), 0.75), QStringLiteral("75.0 %"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DatabaseColumns::text(QStringLiteral("dead_ratio"), 0.125), QStringLiteral("12,5 %"));
    }

    void aValueMeansWhatItsFieldSays()
    {
        lotse::TableModel model;
        lotse::Table table;
        table.columns = {QStringLiteral("value"), QStringLiteral("section"), QStringLiteral("field")};
        table.rows = {{qlonglong(6379), QStringLiteral("server"), QStringLiteral("tcp_port")},
                      {qlonglong(123456), QStringLiteral("stats"), QStringLiteral("total_commands_processed")}};
        model.setTable(table);
        lotse::DatabaseTableProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("6379"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("123,456"));
    }
};

QTEST_MAIN(TestDatabaseColumns)
#include "tst_databasecolumns.moc"
