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
/// (false in an `all`, true in an `any`).
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
    /// Every check the condition reads.
    void collectChecks(QSet<QString> &checks) const;
    /// Checks in reading order, without repeats.
    QStringList checks() const;
};

} // namespace lotse
