#pragma once

#include <QString>

#include <optional>

namespace lotse {

/// Health of a value. Unknown when the value could not be read: it is never
/// shown as good. NotApplicable when the source answered and there was
/// nothing to judge (a share of no requests, a percentile of no
/// observations): neither good nor bad, and never an error.
enum class State {
    Good,
    Warning,
    Critical,
    Unknown,
    NotApplicable
};

/// "good", "warning", "critical", "unknown", "n/a": a state where JSON, YAML
/// or a snapshot spells it. Everything else carries the enum.
QString stateId(State state);
/// The state stateId() names; nothing for any other text.
std::optional<State> stateFrom(QStringView id);

/// Warning and critical bands with a direction. Each band says whether its
/// edge belongs to it, as the guides write them: "> 2 s" holds above 2 s,
/// "1000 – 5000" (`>= 1000`) from 1000 on.
struct Thresholds
{
    enum class Direction {
        HigherIsWorse,
        LowerIsWorse
    };

    Direction direction = Direction::HigherIsWorse;
    std::optional<double> warning;
    std::optional<double> critical;
    bool warningIncluded = false;  ///< the warning band starts at its edge (>=, <=)
    bool criticalIncluded = false; ///< the critical band starts at its edge

    bool isEmpty() const { return !warning && !critical; }
    bool operator==(const Thresholds &other) const = default;
    /// ">= 1000" or "> 2": how a band is written, its edge's comparison first.
    QString bandText(State band, const QString &value) const;
    /// True when the bands are in the order the direction needs.
    bool isOrdered() const;
    /// The state of @p value; NaN is Unknown, and without bands any number is Good.
    State classify(double value) const;
};

} // namespace lotse
