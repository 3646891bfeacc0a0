#pragma once

#include "diagnosis/checklist.h"
#include "diagnosis/condition.h"
#include "dashboard/dashboard.h"
#include "core/localizedtext.h"
#include "core/thresholds.h"
#include "core/unit.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lotse {

/// Something a runbook measures: one query, one value, judged by thresholds.
struct CheckSpec : MeasureSpec
{
    /// Evidence from a source that may not be configured (a database next to
    /// Prometheus): without that source the check is skipped, not an error.
    bool optional = false;
};

/// A way out of a fork: automatic (`when` or `otherwise`) or chosen by hand.
struct Branch
{
    std::optional<Condition> when;
    bool otherwise = false;
    bool manual = false;
    LocalizedText label;   ///< what the engineer picks, for manual branches
    LocalizedText because; ///< why this branch holds, in the runbook's words
    QString target;
};

/// A command a leaf suggests; shown to copy, never run.
struct Remedy
{
    LocalizedText title;
    QString command;
};

/// What a leaf concludes.
struct FindingSpec
{
    QString slug;
    State severity = State::Critical; ///< Warning or Critical when fixed
    QString severityFrom;             ///< else: the state of this check
};

/// A step of the walk: a fork with branches, a leaf with a finding, or a
/// checklist with sections of items, which ends the walk like a leaf.
struct RunbookNode
{
    enum class Follow {
        All,
        First
    };

    QString id;
    LocalizedText title;
    LocalizedText question;
    Follow follow = Follow::First;
    QList<Branch> branches;
    std::optional<FindingSpec> finding;
    QStringList checks; ///< read and shown as evidence
    LocalizedText advice;
    QList<Remedy> remedies;
    QString verify;
    QList<ChecklistSection> sections;

    bool isLeaf() const { return finding.has_value(); }
    bool isChecklist() const { return !sections.isEmpty(); }
    /// The checklist item @p id, or nullptr when this node has none of that id.
    const ChecklistItem *item(const QString &id) const;
    /// Branch @p index, or nullptr when there is none: a saved walk may name
    /// one that the runbook it is shown with does not have.
    const Branch *branch(int index) const;
    /// Every check this node reads: its branches' conditions, its own checks, its
    /// verify check, its checklist items' checks.
    QStringList neededChecks() const;
};

/// A troubleshooting guide as data (docs/runbooks.md).
struct Runbook
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText description;
    QList<SourceRef> sources;
    QList<CheckSpec> checks;
    QString start;
    QList<RunbookNode> nodes;
    QList<VariableSpec> variables;
    VariableValues values; ///< the values its queries hold, once bound (VariableBinder)
    QString origin;
    QByteArray text; ///< the YAML it was read from, kept with a saved diagnosis

    const RunbookNode *node(const QString &id) const;
    const CheckSpec *check(const QString &id) const;
};

} // namespace lotse
