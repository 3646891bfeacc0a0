#include "databases/databaseplantree.h"

#include "style/statepalette.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace lotse {

namespace {

QVariant cell(const Table &table, const QVariantList &row, const char *column)
{
    return row.value(table.columns.indexOf(QLatin1String(column)));
}

bool sameCost(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

} // namespace

DatabasePlanTree::DatabasePlanTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(NodeColumn, QHeaderView::Interactive);
    retranslate();
}

QString DatabasePlanTree::kindTitle(const QString &kindId)
{
    if (kindId == QLatin1String("seq_scan"))
        return tr("Sequential scan");
    if (kindId == QLatin1String("nested_loop"))
        return tr("Costly nested loop");
    if (kindId == QLatin1String("large_sort"))
        return tr("Large sort");
    if (kindId == QLatin1String("hash_join_without_index"))
        return tr("Hash join without index");
    return kindId;
}

QList<DatabasePlanTree::Remark> DatabasePlanTree::remarksOf(const Table &advice)
{
    QList<Remark> remarks;
    for (const QVariantList &row : advice.rows) {
        remarks.append({cell(advice, row, "kind").toString(), cell(advice, row, "node").toString(),
                        cell(advice, row, "depth").toInt(), cell(advice, row, "cost").toDouble(),
                        cell(advice, row, "advice").toString()});
    }
    return remarks;
}

void DatabasePlanTree::setPlan(const QByteArray &json, const Table &advice)
{
    clear();
    m_remarks = remarksOf(advice);
    m_next = 0;
    m_placed = 0;
    m_analyzed = false;
    for (const QJsonValue &statement : QJsonDocument::fromJson(json).array())
        addNode(statement.toObject().value(QStringLiteral("Plan")).toObject(), 0, nullptr);
    setColumnHidden(TimeColumn, !m_analyzed);
    expandAll();
    resizeColumnToContents(NodeColumn);
    for (int column = CostColumn; column < AdviceColumn; ++column)
        resizeColumnToContents(column);
}

QString DatabasePlanTree::nodeText(const QJsonObject &node)
{
    QString text = node.value(QStringLiteral("Node Type")).toString();
    if (const QString join = node.value(QStringLiteral("Join Type")).toString();
        !join.isEmpty() && join != QLatin1String("Inner"))
        text = tr("%1 (%2)").arg(text, join);
    if (const QString relation = node.value(QStringLiteral("Relation Name")).toString(); !relation.isEmpty()) {
        const QString schema = node.value(QStringLiteral("Schema")).toString();
        text = tr("%1 on %2").arg(text, schema.isEmpty() ? relation : schema + QLatin1Char('.') + relation);
    }
    if (const QString index = node.value(QStringLiteral("Index Name")).toString(); !index.isEmpty())
        text = tr("%1 using %2").arg(text, index);
    return text;
}

void DatabasePlanTree::addNode(const QJsonObject &node, int depth, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    const QLocale locale;
    const double cost = node.value(QStringLiteral("Total Cost")).toDouble();
    item->setText(NodeColumn, nodeText(node));
    item->setText(CostColumn, locale.toString(cost, 'f', 2));
    const bool analyzed = node.contains(QStringLiteral("Actual Total Time"));
    m_analyzed = m_analyzed || analyzed;
    // Actual rows are per loop; the node returned them once per loop.
    const double rows = analyzed
        ? node.value(QStringLiteral("Actual Rows")).toDouble() * node.value(QStringLiteral("Actual Loops")).toDouble(1)
        : node.value(QStringLiteral("Plan Rows")).toDouble();
    item->setText(RowsColumn, locale.toString(rows, 'f', 0));
    if (analyzed)
        item->setText(TimeColumn, locale.toString(node.value(QStringLiteral("Actual Total Time")).toDouble(), 'f', 3));
    for (int column = CostColumn; column <= TimeColumn; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (const QString filter = node.value(QStringLiteral("Filter")).toString(); !filter.isEmpty())
        item->setToolTip(NodeColumn, tr("Filter: %1").arg(filter));

    // PlanAdvisor visits the nodes in this same order (a node, then its children).
    if (m_next < m_remarks.size()) {
        const Remark &remark = m_remarks.at(m_next);
        if (remark.depth == depth && remark.node == node.value(QStringLiteral("Node Type")).toString()
            && sameCost(remark.cost, cost)) {
            markAdvice(item, remark);
            ++m_next;
        }
    }
    for (const QJsonValue &child : node.value(QStringLiteral("Plans")).toArray())
        addNode(child.toObject(), depth + 1, item);
}

void DatabasePlanTree::markAdvice(QTreeWidgetItem *item, const Remark &remark)
{
    item->setText(AdviceColumn, kindTitle(remark.kind));
    item->setIcon(AdviceColumn, QIcon(QStringLiteral(":/icons/warning.svg")));
    item->setForeground(AdviceColumn, StatePalette::textColor(lotse::State::Warning, palette()));
    item->setToolTip(AdviceColumn, remark.text);
    item->setData(AdviceColumn, Qt::UserRole, remark.text);
    ++m_placed;
}

void DatabasePlanTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void DatabasePlanTree::retranslate()
{
    setHeaderLabels({tr("Plan node"), tr("Cost"), tr("Rows"), tr("Time (ms)"), tr("Advice")});
}

} // namespace lotse
