#include "sources/postgres/planadvisor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace lotse {

namespace {

QString relationOf(const QJsonObject &node)
{
    const QString relation = node.value(QStringLiteral("Relation Name")).toString();
    if (relation.isEmpty())
        return {};
    const QString schema = node.value(QStringLiteral("Schema")).toString();
    return (schema.isEmpty() ? QStringLiteral("public") : schema) + QLatin1Char('.') + relation;
}

double rowsOf(const QJsonObject &node)
{
    // Actual rows are per loop; a node that ran several loops returned their sum.
    if (node.contains(QStringLiteral("Actual Rows")))
        return node.value(QStringLiteral("Actual Rows")).toDouble()
            * node.value(QStringLiteral("Actual Loops")).toDouble(1);
    return node.value(QStringLiteral("Plan Rows")).toDouble();
}

PlanAdvice base(PlanAdvice::Kind kind, const QJsonObject &node, int depth)
{
    PlanAdvice advice;
    advice.kind = kind;
    advice.nodeType = node.value(QStringLiteral("Node Type")).toString();
    advice.relation = relationOf(node);
    advice.depth = depth;
    advice.cost = node.value(QStringLiteral("Total Cost")).toDouble();
    advice.rows = rowsOf(node);
    return advice;
}

/// alias → schema.table for every relation read below @p node.
void collectAliases(const QJsonObject &node, QHash<QString, QString> &aliases)
{
    const QString relation = relationOf(node);
    if (!relation.isEmpty()) {
        const QString alias = node.value(QStringLiteral("Alias")).toString();
        aliases.insert(alias.isEmpty() ? node.value(QStringLiteral("Relation Name")).toString() : alias, relation);
    }
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        collectAliases(child.toObject(), aliases);
}

QString kilobytes(double value)
{
    return QCoreApplication::translate("lotse::PlanAdvisor", "%1 kB").arg(QLocale().toString(value, 'f', 0));
}

} // namespace

QString PlanAdvice::kindId() const
{
    switch (kind) {
    case Kind::SeqScan: return QStringLiteral("seq_scan");
    case Kind::NestedLoop: return QStringLiteral("nested_loop");
    case Kind::LargeSort: return QStringLiteral("large_sort");
    case Kind::HashJoinWithoutIndex: return QStringLiteral("hash_join_without_index");
    }
    return {};
}

QList<PlanAdvice> PlanAdvisor::advise(const QByteArray &plan, const IndexedColumns &indexed)
{
    QList<PlanAdvice> advice;
    const QJsonArray statements = QJsonDocument::fromJson(plan).array();
    for (const QJsonValue &statement : statements)
        visit(statement.toObject().value(QStringLiteral("Plan")).toObject(), 0, indexed, advice);
    return advice;
}

void PlanAdvisor::visit(const QJsonObject &node, int depth, const IndexedColumns &indexed, QList<PlanAdvice> &out)
{
    const QString type = node.value(QStringLiteral("Node Type")).toString();
    if (type == QLatin1String("Seq Scan")) {
        PlanAdvice advice = base(PlanAdvice::Kind::SeqScan, node, depth);
        advice.detail = node.value(QStringLiteral("Filter")).toString();
        advice.advice = tr("Sequential scan of %1 (%2 rows): every row is read. If the query selects few of them, an "
                           "index on the filtered columns avoids that.")
                            .arg(advice.relation, QLocale().toString(advice.rows, 'f', 0));
        out.append(advice);
    } else if (type == QLatin1String("Nested Loop")
               && node.value(QStringLiteral("Total Cost")).toDouble() > kNestedLoopCost) {
        PlanAdvice advice = base(PlanAdvice::Kind::NestedLoop, node, depth);
        advice.detail = QLocale().toString(advice.cost, 'f', 0);
        advice.advice = tr("Nested loop costing %1: the inner side runs once per outer row. An index on the inner "
                           "join column, or a join condition the planner can hash or merge, is cheaper.")
                            .arg(advice.detail);
        out.append(advice);
    } else if (type == QLatin1String("Sort")) {
        // Only an analyzed plan knows the memory; before that, rows × width estimates it.
        const bool measured = node.contains(QStringLiteral("Sort Space Used"));
        const double kb = measured ? node.value(QStringLiteral("Sort Space Used")).toDouble()
                                   : node.value(QStringLiteral("Plan Rows")).toDouble()
                * node.value(QStringLiteral("Plan Width")).toDouble() / 1024.0;
        if (kb > kSortKilobytes) {
            PlanAdvice advice = base(PlanAdvice::Kind::LargeSort, node, depth);
            const QString where = node.value(QStringLiteral("Sort Space Type")).toString();
            advice.detail = measured ? tr("%1 (%2)").arg(kilobytes(kb), where) : tr("about %1").arg(kilobytes(kb));
            advice.advice = tr("Sort of %1 using %2: an index in the sort order avoids the sort, a LIMIT or fewer "
                               "columns shrink it; on disk it needs a larger work_mem.")
                                .arg(QLocale().toString(advice.rows, 'f', 0), advice.detail);
            out.append(advice);
        }
    } else if (type == QLatin1String("Hash Join")) {
        adviseHashJoin(node, depth, indexed, out);
    }
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        visit(child.toObject(), depth + 1, indexed, out);
}

void PlanAdvisor::adviseHashJoin(const QJsonObject &node, int depth, const IndexedColumns &indexed,
                                 QList<PlanAdvice> &out)
{
    QHash<QString, QString> aliases;
    collectAliases(node, aliases);
    // "(a.bid = b.bid)", with casts such as "((a.x)::text = (b.y)::text)".
    static const QRegularExpression qualified(QStringLiteral("([A-Za-z_][A-Za-z0-9_$]*)\\.([A-Za-z_][A-Za-z0-9_$]*)"));
    QStringList unindexed;
    QString relation;
    auto matches = qualified.globalMatch(node.value(QStringLiteral("Hash Cond")).toString());
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QString table = aliases.value(match.captured(1));
        if (table.isEmpty() || indexed.value(table).contains(match.captured(2)))
            continue;
        unindexed.append(match.captured(1) + QLatin1Char('.') + match.captured(2));
        relation = table;
    }
    if (unindexed.isEmpty())
        return;
    PlanAdvice advice = base(PlanAdvice::Kind::HashJoinWithoutIndex, node, depth);
    advice.relation = relation;
    advice.detail = unindexed.join(QStringLiteral(", "));
    advice.advice = tr("Hash join on %1 without an index on that column: the whole table is read and hashed for "
                       "every run. An index on it lets the planner look rows up instead.")
                        .arg(advice.detail);
    out.append(advice);
}

PlanAdvisor::IndexedColumns PlanAdvisor::indexedColumns(const Table &table)
{
    IndexedColumns indexed;
    for (const QVariantList &row : table.rows)
        indexed[row.value(0).toString() + QLatin1Char('.') + row.value(1).toString()].insert(row.value(2).toString());
    return indexed;
}

Table PlanAdvisor::toTable(const QList<PlanAdvice> &advice)
{
    Table table;
    table.columns
        = {QStringLiteral("cost"),  QStringLiteral("kind"), QStringLiteral("node"),   QStringLiteral("relation"),
           QStringLiteral("depth"), QStringLiteral("rows"), QStringLiteral("detail"), QStringLiteral("advice")};
    for (const PlanAdvice &one : advice) {
        table.rows.append(
            {one.cost, one.kindId(), one.nodeType, one.relation, one.depth, one.rows, one.detail, one.advice});
    }
    return table;
}

} // namespace lotse
