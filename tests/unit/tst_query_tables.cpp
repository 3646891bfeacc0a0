// What the database sources make of their answers: tables with a series for
// checks, the item model a GUI shows each list in, plan advice on canned plans,
// ClickHouse's JSONCompact and error bodies, and Redis's INFO.
#include "sources/clickhouse/clickhouseresponse.h"
#include "databases/databaseviews.h"
#include "sources/postgres/planadvisor.h"
#include "sources/redis/redisinfo.h"
#include "databases/tablemodel.h"
#include "databases/tableresult.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace lotse;

namespace {

Table sample()
{
    Table table;
    table.columns = {QStringLiteral("pid"), QStringLiteral("query"), QStringLiteral("running_s")};
    table.rows = {{101, QStringLiteral("SELECT 1"), 2.5},
                  {102, QStringLiteral("UPDATE t"), 10.0},
                  {103, QStringLiteral("SELECT 2"), 0.5}};
    return table;
}

QByteArray plan(const char *node)
{
    return QByteArray("[{\"Plan\": ") + node + "}]";
}

} // namespace

class TestQueryTables final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesFromFirstNumericColumn()
    {
        Table table;
        table.columns
            = {QStringLiteral("name"), QStringLiteral("flag"), QStringLiteral("mean_ms"), QStringLiteral("calls")};
        table.rows = {{QStringLiteral("a"), true, 12.5, 3}, {QStringLiteral("b"), false, QVariant(), 4}};
        const auto result = TableResult::make(table);
        QVERIFY(result);
        QCOMPARE(result->type, QueryResult::Type::Table);
        // A bool is no number, a null has no point.
        QCOMPARE(result->series.size(), size_t(1));
        QCOMPARE(result->series.front().values.front(), 12.5);
        QCOMPARE(result->series.front().labels.value(QStringLiteral("name")), QStringLiteral("a"));
        QCOMPARE(result->series.front().labels.value(QStringLiteral("calls")), QStringLiteral("3"));
        QCOMPARE(result->table.rows.size(), qsizetype(2));

        const auto calls = TableResult::make(table, QStringLiteral("calls"));
        QVERIFY(calls);
        QCOMPARE(calls->series.size(), size_t(2));
        QCOMPARE(calls->series.back().values.front(), 4.0);
        const auto missing = TableResult::make(table, QStringLiteral("nope"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::Invalid);
    }

    void modelPassesTesterAndKeepsRows()
    {
        TableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKeyColumns({QStringLiteral("pid")});
        model.setTable(sample());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("query"));
        QCOMPARE(model.data(model.index(1, 2), TableModel::SortRole).toDouble(), 10.0);

        // 101 changes, 103 goes, 104 comes: one row changed, one removed, one appended.
        Table next = sample();
        next.rows = {{104, QStringLiteral("SELECT 4"), 0.1},
                     {101, QStringLiteral("SELECT 1"), 3.5},
                     {102, QStringLiteral("UPDATE t"), 10.0}};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTable(next);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, 2), TableModel::SortRole).toDouble(), 3.5);
        QCOMPARE(model.data(model.index(2, 0), TableModel::SortRole).toInt(), 104);

        // The same answer again changes nothing.
        changed.clear();
        model.setTable(next);
        QCOMPARE(changed.size(), 0);

        // Duplicate keys do not make rows multiply.
        Table twice = next;
        twice.rows.append(twice.rows.first());
        model.setTable(twice);
        model.setTable(twice);
        QCOMPARE(model.rowCount(), 4);

        // Other columns: a reset.
        Table other;
        other.columns = {QStringLiteral("x")};
        other.rows = {{1}};
        model.setTable(other);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.columnCount(), 1);
    }

    void sortsNumbersAsNumbers()
    {
        TableModel model;
        Table table;
        table.columns = {QStringLiteral("n")};
        table.rows = {{9}, {10}, {100}};
        model.setTable(table);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TableModel::SortRole);
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.data(proxy.index(0, 0), TableModel::SortRole).toInt(), 100);
        proxy.setFilterFixedString(QStringLiteral("10"));
        proxy.setFilterKeyColumn(-1);
        QCOMPARE(proxy.rowCount(), 2);
    }

    void csv()
    {
        TableModel model;
        Table table;
        table.columns = {QStringLiteral("query"), QStringLiteral("n")};
        table.rows = {{QStringLiteral("SELECT \"a\", b"), 1}, {QStringLiteral("plain"), 2.5}};
        model.setTable(table);
        QCOMPARE(model.toCsv({0, 1}), QStringLiteral("query,n\r\n\"SELECT \"\"a\"\", b\",1\r\nplain,2.5\r\n"));
        QCOMPARE(model.toCsv({1}), QStringLiteral("query,n\r\nplain,2.5\r\n"));
    }

    void planAdviceKinds()
    {
        PlanAdvisor::IndexedColumns indexed;
        indexed[QStringLiteral("public.b")].insert(QStringLiteral("id"));
        const QByteArray tree = plan(R"json({"Node Type": "Hash Join", "Total Cost": 500, "Plan Rows": 10,
            "Hash Cond": "(a.b_id = b.id)", "Plans": [
              {"Node Type": "Seq Scan", "Relation Name": "a", "Schema": "public", "Alias": "a", "Total Cost": 100, "Plan Rows": 1000},
              {"Node Type": "Hash", "Plans": [
                {"Node Type": "Index Scan", "Relation Name": "b", "Schema": "public", "Alias": "b", "Total Cost": 5}]}]})json");
        const auto advice = PlanAdvisor::advise(tree, indexed);
        QCOMPARE(advice.size(), 2);
        QCOMPARE(advice.at(0).kind, PlanAdvice::Kind::HashJoinWithoutIndex);
        QCOMPARE(advice.at(0).detail, QStringLiteral("a.b_id"));
        QCOMPARE(advice.at(0).relation, QStringLiteral("public.a"));
        QCOMPARE(advice.at(1).kind, PlanAdvice::Kind::SeqScan);
        QCOMPARE(advice.at(1).depth, 1);

        // With an index on a.b_id there is nothing to say about the join.
        indexed[QStringLiteral("public.a")].insert(QStringLiteral("b_id"));
        QCOMPARE(PlanAdvisor::advise(tree, indexed).size(), 1);

        const auto loops
            = PlanAdvisor::advise(plan(R"json({"Node Type": "Nested Loop", "Total Cost": 1000.5})json"), {});
        QCOMPARE(loops.size(), 1);
        QCOMPARE(loops.first().kindId(), QStringLiteral("nested_loop"));
        QVERIFY(PlanAdvisor::advise(plan(R"json({"Node Type": "Nested Loop", "Total Cost": 999})json"), {}).isEmpty());

        // Sorts: estimated from rows × width before ANALYZE, measured after.
        const auto estimated
            = PlanAdvisor::advise(plan(R"json({"Node Type": "Sort", "Plan Rows": 20000, "Plan Width": 100})json"), {});
        QCOMPARE(estimated.size(), 1);
        QVERIFY(estimated.first().detail.startsWith(QLatin1String("about")));
        QVERIFY(PlanAdvisor::advise(plan(R"json({"Node Type": "Sort", "Plan Rows": 1000, "Plan Width": 100})json"), {})
                    .isEmpty());
        const auto measured = PlanAdvisor::advise(plan(R"json({"Node Type": "Sort", "Plan Rows": 10, "Plan Width": 8,
            "Actual Rows": 60000, "Actual Loops": 1, "Sort Space Used": 4200, "Sort Space Type": "Disk"})json"),
                                                  {});
        QCOMPARE(measured.size(), 1);
        QVERIFY(measured.first().detail.contains(QLatin1String("Disk")));
        QCOMPARE(measured.first().rows, 60000.0);
        QVERIFY(PlanAdvisor::advise(plan(R"json({"Node Type": "Sort", "Plan Rows": 1e6, "Plan Width": 100,
            "Sort Space Used": 25, "Sort Space Type": "Memory"})json"),
                                    {})
                    .isEmpty());

        const Table table = PlanAdvisor::toTable(advice);
        QCOMPARE(table.columns.first(), QStringLiteral("cost"));
        QCOMPARE(table.rows.size(), qsizetype(2));
    }

    void clickHouseAnswers()
    {
        const QByteArray body
            = R"json({"meta": [{"name": "n", "type": "UInt64"}, {"name": "x", "type": "Nullable(Float64)"},
            {"name": "s", "type": "String"}, {"name": "big", "type": "UInt64"}],
            "data": [["12", 1.5, "a", "18446744073709551615"], ["3", null, "b", "4"]], "rows": 2})json";
        const auto table = ClickHouseResponse::parse(body);
        QVERIFY(table);
        QCOMPARE(table->rows.at(0).at(0).toLongLong(), 12LL);
        QVERIFY(TableResult::isNumber(table->rows.at(0).at(0)));
        QCOMPARE(table->rows.at(0).at(1).toDouble(), 1.5);
        QVERIFY(table->rows.at(1).at(1).isNull());
        QCOMPARE(table->rows.at(0).at(3).toULongLong(), 18446744073709551615ULL);
        QVERIFY(!ClickHouseResponse::parse("Code: 62, e.displayText() = DB::Exception: Syntax error"));

        const Error old = ClickHouseResponse::failure(
            500,
            "Code: 164, e.displayText() = DB::Exception: Cannot insert into table in readonly mode, e.what() = DB::Exception",
            QStringLiteral("ch"), 10000);
        QCOMPARE(old.kind, Error::Kind::Refused);
        QVERIFY(!old.message.contains(QLatin1String("e.what()")));
        const Error current = ClickHouseResponse::failure(
            500, "Code: 159. DB::Exception: Timeout exceeded: elapsed 1.0 seconds. (TIMEOUT_EXCEEDED)",
            QStringLiteral("ch"), 1000);
        QCOMPARE(current.kind, Error::Kind::Timeout);
        QCOMPARE(ClickHouseResponse::failure(401, "Code: 516. DB::Exception: default: Authentication failed",
                                             QStringLiteral("ch"), 1)
                     .kind,
                 Error::Kind::Unauthorized);
        QCOMPARE(ClickHouseResponse::failure(502, "<html>", QStringLiteral("ch"), 1).kind, Error::Kind::HttpStatus);
    }

    void redisInfo()
    {
        const RedisInfo info
            = RedisInfo::parse("# Server\r\nredis_version:7.0.15\r\n\r\n# Memory\r\nused_memory:1000\r\n"
                               "maxmemory:4000\r\n# Stats\r\nkeyspace_hits:30\r\nkeyspace_misses:10\r\n"
                               "evicted_keys:2\r\n# Commandstats\r\ncmdstat_get:calls=3,usec=9,usec_per_call=3.00\r\n"
                               "# Keyspace\r\ndb0:keys=95,expires=40,avg_ttl=0\r\n");
        QCOMPARE(info.value(QStringLiteral("db0.keys")).toLongLong(), 95LL);
        QCOMPARE(info.value(QStringLiteral("cmdstat_get.usec_per_call")).toDouble(), 3.0);
        QCOMPARE(info.value(QStringLiteral("redis_version")).toString(), QStringLiteral("7.0.15"));
        const Table table = info.toTable();
        QCOMPARE(table.rows.size(), qsizetype(12));
        QCOMPARE(table.rows.first().at(1).toString(), QStringLiteral("server"));
        const Table overview = info.overview();
        QCOMPARE(overview.rows.first().at(overview.columns.indexOf(QStringLiteral("hit_ratio"))).toDouble(), 0.75);
        QCOMPARE(overview.rows.first().at(overview.columns.indexOf(QStringLiteral("memory_used_ratio"))).toDouble(),
                 0.25);
    }

    void catalog()
    {
        QCOMPARE(DatabaseViews::forKind(QStringLiteral("postgres")).size(), 8);
        QCOMPARE(DatabaseViews::forKind(QStringLiteral("redis")).size(), 4);
        QCOMPARE(DatabaseViews::forKind(QStringLiteral("clickhouse")).size(), 3);
        QVERIFY(DatabaseViews::find(QStringLiteral("postgres"), QStringLiteral("blocking")));
        const Error unknown = DatabaseViews::unknown(QStringLiteral("redis"), QStringLiteral("nope"));
        QVERIFY(unknown.message.contains(QLatin1String("@keys-without-ttl")));
    }
};

QTEST_GUILESS_MAIN(TestQueryTables)
#include "tst_query_tables.moc"
