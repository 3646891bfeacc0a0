#pragma once

#include "core/thresholds.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace lotse {

/// What a check read: its value and state, as a condition sees it.
struct CheckValue
{
    double value = 0;
    State state = State::Unknown;
};

/// A branch condition of a runbook: a test on one check, or a combination.
/// Evaluated in three-valued logic: a test on a check whose state is unknown
/// is undecided, and undecided stays undecided unless the others settle it
/// (false in an `all`, true in an `any`). A test on a check with nothing to
/// judge (n/a) is false, negated or not, unless it asks for the state n/a:
/// no finding is ever decided from it.
struct Condition
{
    enum class Kind {
        State,
        Above,
        Below,
        All,
        Any,
        Not
    };

    Kind kind = Kind::State;
    QString check;
    QList<State> states;       ///< Kind::State: holds when the state is one of these
    double number = 0;         ///< Kind::Above / Kind::Below
    QList<Condition> children; ///< All, Any: operands; Not: exactly one
    int line = 0;              ///< where it stands in its file (1-based)
    int column = 0;

    using Lookup = std::function<CheckValue(const QString &check)>;

    /// True, false, or nothing when unknown checks leave it undecided.
    std::optional<bool> evaluate(const Lookup &lookup) const;
    /// A test on one check (state, above, below), not a combination.
    bool isTest() const { return kind == Kind::State || kind == Kind::Above || kind == Kind::Below; }
    /// Every check the condition reads.
    void collectChecks(QSet<QString> &checks) const;
    /// Checks in reading order, without repeats.
    QStringList checks() const;
};

} // namespace lotse
