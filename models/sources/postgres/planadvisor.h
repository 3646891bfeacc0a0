#pragma once

#include "core/queryresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace lotse {

/// One remark on one node of a PostgreSQL plan.
struct PlanAdvice
{
    enum class Kind {
        SeqScan,
        NestedLoop,
        LargeSort,
        HashJoinWithoutIndex
    };

    Kind kind = Kind::SeqScan;
    QString nodeType; ///< "Seq Scan", "Nested Loop", …
    QString relation; ///< schema.table when the node reads one
    int depth = 0;    ///< 0 for the plan's root
    double cost = 0;  ///< the node's total cost
    double rows = 0;  ///< rows the node returns (actual when analyzed)
    QString detail;   ///< what was measured: "12,000 kB", "a.bid"
    QString advice;   ///< translated, for people

    /// Stable identifier: seq_scan, nested_loop, large_sort, hash_join_without_index.
    QString kindId() const;
};

/// Reads `EXPLAIN (FORMAT JSON)` output and gives advice per plan node:
///   - a sequential scan;
///   - a nested loop whose total cost exceeds 1000;
///   - a sort that uses more than 1000 kB: "Sort Space Used" when the plan was
///     analyzed, otherwise estimated from the node's rows × width;
///   - a hash join whose condition names a column that leads no index.
class PlanAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PlanAdvisor)

public:
    static constexpr double kNestedLoopCost = 1000;
    static constexpr double kSortKilobytes = 1000;

    /// Columns that lead an index: "schema.table" → column names.
    using IndexedColumns = QHash<QString, QSet<QString>>;

    /// @p plan is the JSON text EXPLAIN (FORMAT JSON) returned.
    static QList<PlanAdvice> advise(const QByteArray &plan, const IndexedColumns &indexed);
    /// The index table PostgresViews::indexedColumns() returns, as a lookup.
    static IndexedColumns indexedColumns(const Table &table);
    /// The advice as a table: kind, node, relation, depth, cost, rows, detail, advice.
    static Table toTable(const QList<PlanAdvice> &advice);

private:
    static void visit(const QJsonObject &node, int depth, const IndexedColumns &indexed, QList<PlanAdvice> &out);
    static void adviseHashJoin(const QJsonObject &node, int depth, const IndexedColumns &indexed,
                               QList<PlanAdvice> &out);
};

} // namespace lotse
