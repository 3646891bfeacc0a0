#include "diagnosis/condition.h"

namespace lotse {

std::optional<bool> Condition::evaluate(const Lookup &lookup) const
{
    switch (kind) {
    case Kind::State:
    case Kind::Above:
    case Kind::Below: {
        const CheckValue read = lookup(check);
        if (read.state == State::Unknown)
            return std::nullopt;
        // Nothing to judge breaks no rule: only a test that asks for n/a holds.
        if (read.state == State::NotApplicable)
            return kind == Kind::State && states.contains(State::NotApplicable);
        if (kind == Kind::State)
            return states.contains(read.state);
        return kind == Kind::Above ? read.value > number : read.value < number;
    }
    case Kind::All:
    case Kind::Any: {
        // The value that settles the combination on its own.
        const bool settles = kind == Kind::Any;
        bool undecided = false;
        for (const Condition &child : children) {
            const auto result = child.evaluate(lookup);
            if (!result)
                undecided = true;
            else if (*result == settles)
                return settles;
        }
        if (undecided)
            return std::nullopt;
        return !settles;
    }
    case Kind::Not: {
        if (children.isEmpty())
            return std::nullopt;
        const Condition &child = children.first();
        // "not below 0.9" of nothing to judge is no more a finding than "above".
        if (child.isTest() && lookup(child.check).state == State::NotApplicable)
            return child.evaluate(lookup);
        const auto result = child.evaluate(lookup);
        if (!result)
            return std::nullopt;
        return !*result;
    }
    }
    return std::nullopt;
}

void Condition::collectChecks(QSet<QString> &checks) const
{
    if (!check.isEmpty())
        checks.insert(check);
    for (const Condition &child : children)
        child.collectChecks(checks);
}

QStringList Condition::checks() const
{
    QStringList ordered;
    if (!check.isEmpty())
        ordered.append(check);
    for (const Condition &child : children) {
        for (const QString &id : child.checks()) {
            if (!ordered.contains(id))
                ordered.append(id);
        }
    }
    return ordered;
}

} // namespace lotse
