#pragma once

#include <QString>

#include <optional>

namespace lotse {

/// Health of a value. Unknown when the value could not be read: it is never
/// shown as good.
enum class State {
    Good,
    Warning,
    Critical,
    Unknown
};

/// "good", "warning", "critical", "unknown": a state where JSON, YAML or a
/// snapshot spells it. Everything else carries the enum.
QString stateId(State state);
/// The state stateId() names; nothing for any other text.
std::optional<State> stateFrom(QStringView id);

/// Warning and critical bands with a direction. Bands are exceeded strictly,
/// as the guides write them ("p95 > 100 ms").
struct Thresholds
{
    enum class Direction {
        HigherIsWorse,
        LowerIsWorse
    };

    Direction direction = Direction::HigherIsWorse;
    std::optional<double> warning;
    std::optional<double> critical;

    bool isEmpty() const { return !warning && !critical; }
    /// True when the bands are in the order the direction needs.
    bool isOrdered() const;
    /// The state of @p value; NaN is Unknown, and without bands any number is Good.
    State classify(double value) const;
};

} // namespace lotse
