#pragma once

#include <QString>
#include <QStringList>

namespace lotse {

/// A variable a dashboard or runbook declares under `variables:`
/// (docs/variables.md): where its values come from, and which are chosen
/// until someone picks others.
struct VariableSpec
{
    enum class Kind {
        LabelValues, ///< `query: label_values(metric, label)` or `label_values(label)`
        Query,       ///< `query: PROMQL` with `label:`, the values of that label in the result
        Custom,      ///< `custom: [a, b]`
        Constant,    ///< `constant: VALUE`
        Interval     ///< `interval: [1m, 5m]`
    };

    QString name;
    Kind kind = Kind::Custom;
    QString metric;      ///< LabelValues: the series selector (may be empty); Query: the PromQL
    QString label;       ///< LabelValues and Query: the label whose values are offered
    QString source;      ///< the source the values are read from (empty: the first)
    QStringList options; ///< Custom, Constant and Interval: the fixed values
    QStringList defaults;
    bool multi = false;
    bool includeAll = false;
    int line = 0; ///< where the declaration stands, 1-based
    int column = 0;

    /// Whether the values are read from a source rather than written down.
    bool isRead() const { return kind == Kind::LabelValues || kind == Kind::Query; }
};

} // namespace lotse
