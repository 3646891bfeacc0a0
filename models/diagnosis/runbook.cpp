#include "diagnosis/runbook.h"

namespace lotse {

QStringList RunbookNode::neededChecks() const
{
    QStringList needed;
    const auto add = [&needed](const QString &id) {
        if (!id.isEmpty() && !needed.contains(id))
            needed.append(id);
    };
    for (const Branch &branch : branches) {
        if (branch.when) {
            for (const QString &id : branch.when->checks())
                add(id);
        }
    }
    for (const QString &id : checks)
        add(id);
    add(verify);
    for (const ChecklistSection &section : sections) {
        for (const ChecklistItem &item : section.items) {
            for (const QString &id : item.checks)
                add(id);
        }
    }
    return needed;
}

const ChecklistItem *RunbookNode::item(const QString &id) const
{
    for (const ChecklistSection &section : sections) {
        for (const ChecklistItem &candidate : section.items) {
            if (candidate.id == id)
                return &candidate;
        }
    }
    return nullptr;
}

const Branch *RunbookNode::branch(int index) const
{
    return index >= 0 && index < branches.size() ? &branches.at(index) : nullptr;
}

const RunbookNode *Runbook::node(const QString &id) const
{
    for (const RunbookNode &candidate : nodes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const CheckSpec *Runbook::check(const QString &id) const
{
    for (const CheckSpec &candidate : checks) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

} // namespace lotse
