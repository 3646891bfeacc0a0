#pragma once

#include "core/queryresult.h"

#include <QTreeWidget>

class QJsonObject;

namespace lotse {

/// A PostgreSQL plan (EXPLAIN FORMAT JSON) as a tree of its nodes, with the
/// PlanAdvisor's remark on the nodes it has one for: the kind in the Advice
/// column, the whole advice on hover.
class DatabasePlanTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        NodeColumn,
        CostColumn,
        RowsColumn,
        TimeColumn,
        AdviceColumn,
        ColumnCount
    };

    explicit DatabasePlanTree(QWidget *parent = nullptr);

    /// Shows @p json; @p advice is PlanAdvisor::toTable()'s table, one row per remark.
    void setPlan(const QByteArray &json, const Table &advice);
    /// Remarks placed on a node.
    int adviceCount() const { return m_placed; }
    bool isAnalyzed() const { return m_analyzed; }

    /// A remark's kind for people: "Sequential scan", …
    static QString kindTitle(const QString &kindId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Remark
    {
        QString kind;
        QString node;
        int depth = 0;
        double cost = 0;
        QString text;
    };

    void addNode(const QJsonObject &node, int depth, QTreeWidgetItem *parent);
    void markAdvice(QTreeWidgetItem *item, const Remark &remark);
    static QString nodeText(const QJsonObject &node);
    static QList<Remark> remarksOf(const Table &advice);
    void retranslate();

    QList<Remark> m_remarks;
    qsizetype m_next = 0;
    int m_placed = 0;
    bool m_analyzed = false;
};

} // namespace lotse
