// The Databases area of the main window on the offscreen platform, against the
// real PostgreSQL, Redis and ClickHouse of the CTest fixtures: a tab per
// source, live tables that sort, filter and copy, KPI cards judged like a
// dashboard's, plan advice on a double-click, and an event loop that keeps
// turning while the tables refresh, also with a source that is down.
#include "../integration/dbsupport.h"
#include "../support/stallprobe.h"

#include "dashboard/dashboardsession.h"
#include "databases/databaselistview.h"
#include "databases/databaseplandialog.h"
#include "databases/databaseplantree.h"
#include "databases/databaserecordview.h"
#include "databases/databasesourceview.h"
#include "databases/databasesview.h"
#include "databases/databasetableproxy.h"
#include "dashboard/kpicard.h"
#include "core/localization.h"
#include "window/mainwindow.h"
#include "sources/source.h"
#include "databases/tablefeed.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <algorithm>

using namespace lotse;
using namespace lotse::test;

namespace {

constexpr int kTimeoutMs = 30000;
/// The longest the GUI thread may be busy at once while the tables refresh.
constexpr double kStallBudgetMs = 50;

/// A statement without constants, so pg_stat_statements keeps it as written
/// and it can be planned as it stands: a sequential scan of lotse_orders.
const QString kOrdersStatement = QStringLiteral(
    "SELECT customer_id, count(*) AS orders FROM lotse_orders GROUP BY customer_id ORDER BY orders DESC");
/// Run this often, so that "calls" holds 12 or more next to 1, 2 and 3: text order would put "12" first.
constexpr int kOrdersCalls = 12;

/// The value of @p column in source row @p row of @p list's model.
QVariant valueAt(const DatabaseListView *list, int row, const QString &column)
{
    const Table &table = list->proxy()->table()->table();
    return table.rows.value(row).value(table.columns.indexOf(column));
}

/// A count from the Redis fixture's DIR/expected ("session_without_ttl 25").
qint64 expectedRedis(const QString &name)
{
    QFile file(fixtureFile(QStringLiteral("redis"), QStringLiteral("expected")));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(name.toUtf8() + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

} // namespace

class TestDatabasesView final : public QObject
{
    Q_OBJECT

private:
    Localization m_localization;
    QString m_postgres;
    QString m_redis;
    QString m_clickhouse;
    qint64 m_ordersCalls = 0; ///< what pg_stat_statements counted for kOrdersStatement
    std::unique_ptr<MainWindow> m_window;

    /// The main window on the Databases area with the three sources; ClickHouse at @p clickhouse.
    std::unique_ptr<MainWindow> openWindow(const QString &clickhouse)
    {
        auto window = std::make_unique<MainWindow>(&m_localization);
        window->resize(1280, 800);
        window->show();
        // Nothing listens at the Prometheus of the default dashboard: only the databases matter here.
        window->start({QStringLiteral("lotse"), QStringLiteral("--prometheus"),
                       QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), QStringLiteral("--postgres"),
                       m_postgres, QStringLiteral("--redis"), m_redis, QStringLiteral("--clickhouse"), clickhouse,
                       QStringLiteral("--area"), QStringLiteral("databases")});
        window->activateWindow();
        return window;
    }

    DatabaseSourceView *showSource(MainWindow &window, const QString &name)
    {
        window.databasesView()->showSource(name);
        return window.databasesView()->sourceView(name);
    }

    /// List @p id of @p source, brought to the front and read once since.
    static DatabaseListView *freshList(DatabaseSourceView *source, const QString &id)
    {
        DatabaseListView *list = source->list(id);
        if (!list)
            return nullptr;
        QSignalSpy refreshed(list, &DatabaseListView::refreshed);
        source->showList(id);
        list->refresh();
        if (refreshed.isEmpty() && !refreshed.wait(kTimeoutMs))
            return nullptr;
        return list;
    }

    /// The row of @p list (in the order shown) whose statement is kOrdersStatement; -1 if none.
    static int ordersRow(const DatabaseListView *list)
    {
        const DatabaseTableProxy *proxy = list->proxy();
        const int column = int(proxy->table()->table().columns.indexOf(QStringLiteral("query")));
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, column).data(TableModel::SortRole).toString() == kOrdersStatement)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_localization.setLanguage(QStringLiteral("en"));
        m_postgres = fixtureValue(QStringLiteral("postgres"), QStringLiteral("dsn"));
        QVERIFY2(!m_postgres.isEmpty(),
                 "the PostgreSQL fixture did not start (install postgresql and postgresql-contrib)");
        const QUrl redis(fixtureValue(QStringLiteral("redis"), QStringLiteral("url")));
        QVERIFY2(redis.isValid() && !redis.host().isEmpty(),
                 "the Redis fixture did not start (install redis-server and redis-tools)");
        m_clickhouse = fixtureValue(QStringLiteral("clickhouse"), QStringLiteral("url"));
        QVERIFY2(!m_clickhouse.isEmpty(), "the ClickHouse fixture did not start (install clickhouse-server and curl)");

        // As an operator would: the read-only users, passwords from the environment.
        QUrl reader = redis;
        reader.setUserName(QStringLiteral("lotse"));
        m_redis = reader.toString();
        qputenv("LOTSE_POSTGRES_PASSWORD",
                fixtureValue(QStringLiteral("postgres"), QStringLiteral("password")).toUtf8());
        qputenv("LOTSE_REDIS_PASSWORD",
                fixtureValue(QStringLiteral("redis"), QStringLiteral("reader-password")).toUtf8());
        qputenv("LOTSE_CLICKHOUSE_PASSWORD",
                fixtureValue(QStringLiteral("clickhouse"), QStringLiteral("password")).toUtf8());

        QStringList statements(kOrdersCalls, kOrdersStatement);
        const QString dir = qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QStringLiteral("/postgres");
        const Run orders = adminPsql(dir, statements.join(QStringLiteral(";\n")));
        QVERIFY2(orders.exitCode == 0, orders.err.constData());
        const Run counted = adminPsql(
            dir, QStringLiteral("SELECT sum(calls) FROM pg_stat_statements WHERE query = '%1'").arg(kOrdersStatement));
        m_ordersCalls = counted.out.trimmed().toLongLong();
        QVERIFY2(m_ordersCalls >= kOrdersCalls, counted.out.constData());

        m_window = openWindow(m_clickhouse);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void aTabPerSource()
    {
        DatabasesView *databases = m_window->databasesView();
        QCOMPARE(m_window->areas()->currentWidget(), databases);
        QVERIFY(databases->hasSources());
        QStringList names;
        for (const DatabaseSourceView *view : databases->sourceViews())
            names.append(view->source()->name());
        // The Prometheus of the dashboard is no database: it gets no tab.
        QCOMPARE(names,
                 (QStringList{QStringLiteral("postgres"), QStringLiteral("redis"), QStringLiteral("clickhouse")}));
        QCOMPARE(databases->tabs()->count(), 3);
        for (int index = 0; index < 3; ++index)
            QVERIFY(
                databases->tabs()->tabText(index).contains(databases->sourceViews().at(index)->source()->location()));
        QVERIFY(!databases->findChild<QLabel *>(QStringLiteral("databasesPlaceholder"))->isVisible());
    }

    void topStatementsFillFromTheServer()
    {
        DatabaseSourceView *postgres = showSource(*m_window, QStringLiteral("postgres"));
        DatabaseListView *list = freshList(postgres, QStringLiteral("top-statements"));
        QVERIFY(list);
        QVERIFY2(list->errorText().isEmpty(), qPrintable(list->errorText()));
        QVERIFY(list->proxy()->rowCount() > 1);
        const int row = ordersRow(list);
        QVERIFY(row >= 0);
        const int source = list->proxy()->mapToSource(list->proxy()->index(row, 0)).row();
        QCOMPARE(valueAt(list, source, QStringLiteral("calls")).toLongLong(), m_ordersCalls);
        // Numbers are right-aligned, as every numeric column is.
        const int calls = int(list->proxy()->table()->table().columns.indexOf(QStringLiteral("calls")));
        QCOMPARE(list->proxy()->index(row, calls).data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight,
                 int(Qt::AlignRight));
    }

    void filterNarrowsTheRows()
    {
        DatabaseListView *list
            = m_window->databasesView()->sourceView(QStringLiteral("postgres"))->list(QStringLiteral("top-statements"));
        const int all = list->proxy()->rowCount();
        list->filterEdit()->clear();
        QTest::keyClicks(list->filterEdit(), QStringLiteral("LOTSE_ORDERS GROUP"));
        const int shown = list->proxy()->rowCount();
        QVERIFY2(shown > 0 && shown < all, qPrintable(QStringLiteral("%1 of %2").arg(shown).arg(all)));
        for (int row = 0; row < shown; ++row) {
            const QString text
                = list->proxy()
                      ->index(row, int(list->proxy()->table()->table().columns.indexOf(QStringLiteral("query"))))
                      .data(TableModel::SortRole)
                      .toString();
            QVERIFY2(text.contains(QLatin1String("lotse_orders GROUP"), Qt::CaseInsensitive), qPrintable(text));
        }
        list->filterEdit()->clear();
        QCOMPARE(list->proxy()->rowCount(), list->proxy()->table()->rowCount());
    }

    void sortingByANumericColumnIsNumeric()
    {
        DatabaseListView *list
            = m_window->databasesView()->sourceView(QStringLiteral("postgres"))->list(QStringLiteral("top-statements"));
        const int calls = int(list->proxy()->table()->table().columns.indexOf(QStringLiteral("calls")));
        QHeaderView *header = list->tableView()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(calls) + header->sectionSize(calls) / 2, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), calls);
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QList<qint64> values;
        for (int row = 0; row < list->proxy()->rowCount(); ++row)
            values.append(list->proxy()->index(row, calls).data(TableModel::SortRole).toLongLong());
        QVERIFY(ascending ? std::is_sorted(values.cbegin(), values.cend())
                          : std::is_sorted(values.crbegin(), values.crend()));
        // 12 calls or more next to fewer: as text "12" would sort before "3".
        QVERIFY(values.contains(m_ordersCalls));
        QVERIFY(std::any_of(values.cbegin(), values.cend(), [](qint64 value) { return value > 1 && value < 10; }));
    }

    void ctrlCCopiesCsvWithTheHeader()
    {
        DatabaseListView *list
            = m_window->databasesView()->sourceView(QStringLiteral("postgres"))->list(QStringLiteral("top-statements"));
        QTableView *table = list->tableView();
        table->setFocus();
        table->clearSelection();
        table->selectionModel()->select(list->proxy()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(list->proxy()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        const QString csv = QApplication::clipboard()->text();
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), list->proxy()->table()->table().columns.join(QLatin1Char(',')));
        // Two rows, each a record (statements may hold quoted line breaks, so count records by their queryid).
        const QString first
            = valueAt(list, list->proxy()->sourceRows({list->proxy()->index(0, 0)}).first(), QStringLiteral("queryid"))
                  .toString();
        const QString second
            = valueAt(list, list->proxy()->sourceRows({list->proxy()->index(1, 0)}).first(), QStringLiteral("queryid"))
                  .toString();
        QVERIFY2(csv.contains(first) && csv.contains(second), qPrintable(csv));
        QCOMPARE(csv, list->csv());
        table->clearSelection();
    }

    void kpiCardsAreJudged()
    {
        DatabaseSourceView *postgres = showSource(*m_window, QStringLiteral("postgres"));
        QHash<QString, KpiCard *> cards;
        for (KpiCard *card : postgres->cards())
            cards.insert(card->kpiId(), card);
        for (const QString &id : {QStringLiteral("cache_hit_ratio"), QStringLiteral("connections_used"),
                                  QStringLiteral("dead_tuple_ratio")}) {
            QVERIFY2(cards.contains(id), qPrintable(id));
            QTRY_VERIFY2_WITH_TIMEOUT(cards.value(id)->state() != lotse::State::Unknown, qPrintable(id), kTimeoutMs);
            QVERIFY(!cards.value(id)->hasError());
            QVERIFY(cards.value(id)->isJudged());
        }
        const KpiModel *model = postgres->session()->kpis();
        const double connections = model->value(model->rowOf(QStringLiteral("connections_used"))).value;
        QVERIFY2(connections > 0 && connections < 100, qPrintable(QString::number(connections)));
    }

    void redisKeysWithoutTtlAreCountedExactly()
    {
        DatabaseSourceView *redis = showSource(*m_window, QStringLiteral("redis"));
        DatabaseListView *list = freshList(redis, QStringLiteral("keys-without-ttl"));
        QVERIFY(list);
        QVERIFY2(list->errorText().isEmpty(), qPrintable(list->errorText()));
        QVERIFY(list->patternEdit());
        // Every key: the sessions and the cache entries without a TTL, at least.
        const qint64 sessions = expectedRedis(QStringLiteral("session_without_ttl"));
        const qint64 cache = expectedRedis(QStringLiteral("cache_without_ttl"));
        QVERIFY(sessions > 0 && cache > 0);
        QVERIFY(valueAt(list, 0, QStringLiteral("without_ttl")).toLongLong() >= sessions + cache);

        QSignalSpy refreshed(list, &DatabaseListView::refreshed);
        list->patternEdit()->setText(QStringLiteral("session:*"));
        QMetaObject::invokeMethod(list->patternEdit(), &QLineEdit::editingFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), kTimeoutMs);
        QVERIFY2(list->errorText().isEmpty(), qPrintable(list->errorText()));
        QCOMPARE(list->proxy()->table()->rowCount(), 1);
        QCOMPARE(valueAt(list, 0, QStringLiteral("without_ttl")).toLongLong(), sessions);
        // One row by nature: read down, a line per column.
        QVERIFY(list->showsRecord());
        QCOMPARE(list->recordView()->item(0, 1)->text(), QString::number(sessions));
        QCOMPARE(valueAt(list, 0, QStringLiteral("with_ttl")).toLongLong(),
                 expectedRedis(QStringLiteral("session_with_ttl")));

        // The memory card reads used_memory from the same INFO.
        for (KpiCard *card : redis->cards()) {
            if (card->kpiId() == QLatin1String("used_memory"))
                QTRY_VERIFY_WITH_TIMEOUT(!card->hasError() && card->state() != lotse::State::Unknown, kTimeoutMs);
        }
    }

    void clickHouseTableSizesListTheEvents()
    {
        DatabaseSourceView *clickhouse = showSource(*m_window, QStringLiteral("clickhouse"));
        DatabaseListView *list = freshList(clickhouse, QStringLiteral("table-sizes"));
        QVERIFY(list);
        QVERIFY2(list->errorText().isEmpty(), qPrintable(list->errorText()));
        const Table &table = list->proxy()->table()->table();
        const qsizetype events = rowWhere(table, QStringLiteral("table"), QStringLiteral("events"));
        QVERIFY(events >= 0);
        QCOMPARE(cell(table, events, QStringLiteral("database")).toString(), QStringLiteral("lotse"));
        QCOMPARE(cell(table, events, QStringLiteral("rows")).toLongLong(), 100000LL);
    }

    void doubleClickOpensPlanAdvice()
    {
        DatabaseSourceView *postgres = showSource(*m_window, QStringLiteral("postgres"));
        DatabaseListView *list = freshList(postgres, QStringLiteral("top-statements"));
        QVERIFY(list);
        list->filterEdit()->setText(QStringLiteral("lotse_orders group by"));
        const int row = ordersRow(list);
        QVERIFY(row >= 0);
        const int query = int(list->proxy()->table()->table().columns.indexOf(QStringLiteral("query")));
        QTableView *table = list->tableView();
        table->scrollTo(list->proxy()->index(row, query));
        const QPoint at = table->visualRect(list->proxy()->index(row, query)).center();
        // A double-click is a press, then the double-click event on the same cell.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);

        QTRY_VERIFY_WITH_TIMEOUT(postgres->planDialog(), 5000);
        DatabasePlanDialog *dialog = postgres->planDialog();
        QCOMPARE(dialog->statement(), kOrdersStatement);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasPlan() || !dialog->errorText().isEmpty(), kTimeoutMs);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->planTree()->topLevelItemCount() == 1);
        // The whole of lotse_orders is read: a sequential scan, with its advice on that node.
        QVERIFY(dialog->planTree()->adviceCount() >= 1);
        const QList<QTreeWidgetItem *> scans = dialog->planTree()->findItems(
            QStringLiteral("lotse_orders"), Qt::MatchContains | Qt::MatchRecursive, DatabasePlanTree::NodeColumn);
        QVERIFY(!scans.isEmpty());
        QVERIFY(!scans.first()->data(DatabasePlanTree::AdviceColumn, Qt::UserRole).toString().isEmpty());
        QVERIFY(!dialog->planTree()->isAnalyzed());

        // EXPLAIN ANALYZE runs the statement: offered for a single SELECT, only after a warning.
        QVERIFY(dialog->analyzeButton()->isEnabled());
        dialog->analyzeButton()->click();
        QVERIFY(dialog->analyzeWarning());
        QVERIFY(!dialog->isBusy());
        dialog->analyzeWarning()->button(QMessageBox::Cancel)->click();
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->planTree()->isAnalyzed());
        dialog->analyzeButton()->click();
        QTRY_VERIFY(dialog->analyzeWarning());
        QAbstractButton *run = nullptr;
        for (QAbstractButton *button : dialog->analyzeWarning()->buttons()) {
            if (dialog->analyzeWarning()->buttonRole(button) == QMessageBox::AcceptRole)
                run = button;
        }
        QVERIFY(run);
        run->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->planTree()->isAnalyzed(), kTimeoutMs);
        dialog->close();
        list->filterEdit()->clear();
    }

    void planAdviceIsNotOfferedToRunAWrite()
    {
        DatabaseSourceView *postgres = showSource(*m_window, QStringLiteral("postgres"));
        postgres->openPlan(QStringLiteral("UPDATE lotse_churn SET value = $1 WHERE id % $2 = $3"));
        DatabasePlanDialog *dialog = postgres->planDialog();
        QVERIFY(dialog);
        // Placeholders wait for values; a write is never analyzed.
        QVERIFY(!dialog->isBusy());
        QVERIFY(!dialog->analyzeButton()->isEnabled());
        dialog->close();
    }

    void eventLoopKeepsTurningWithASourceDown()
    {
        const quint16 down = closedPort();
        StallProbe probe;
        auto window = openWindow(QStringLiteral("http://127.0.0.1:%1/?user=default").arg(down));
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        probe.start();
        // Every list of every source, twice: each is read as it comes to the front.
        for (int round = 0; round < 2; ++round) {
            for (DatabaseSourceView *source : window->databasesView()->sourceViews()) {
                showSource(*window, source->source()->name());
                for (const DatabaseListView *list : source->lists())
                    QVERIFY2(freshList(source, list->view().id), qPrintable(list->view().id));
                if (source->session()->isBusy()) {
                    QSignalSpy cards(source->session(), &DashboardSession::refreshFinished);
                    QVERIFY(cards.wait(kTimeoutMs));
                }
            }
        }
        probe.stop();
        qInfo("worst event-loop stall while the tables refreshed: %.1f ms (%.1f ms on the wall clock, waits for a "
              "CPU included)",
              probe.worstMs(), probe.worstWallMs());
        QVERIFY2(probe.worstMs() < kStallBudgetMs, qPrintable(QStringLiteral("%1 ms").arg(probe.worstMs())));

        // The source that is down says so in its tab; the others are fine.
        DatabaseSourceView *clickhouse = window->databasesView()->sourceView(QStringLiteral("clickhouse"));
        for (const DatabaseListView *list : clickhouse->lists()) {
            QVERIFY(list->feed()->error());
            QCOMPARE(list->feed()->error()->kind, Error::Kind::ConnectionRefused);
            QVERIFY2(list->errorText().contains(QString::number(down)), qPrintable(list->errorText()));
            QVERIFY(!list->isStale());
        }
        for (const KpiCard *card : clickhouse->cards()) {
            QCOMPARE(card->state(), lotse::State::Unknown);
            QVERIFY(card->hasError());
        }
        for (const DatabaseListView *list : window->databasesView()->sourceView(QStringLiteral("postgres"))->lists())
            QVERIFY2(list->errorText().isEmpty(),
                     qPrintable(list->view().id + QStringLiteral(": ") + list->errorText()));
    }
};

QTEST_MAIN(TestDatabasesView)
#include "tst_databasesview.moc"
