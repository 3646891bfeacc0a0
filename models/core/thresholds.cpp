#include "core/thresholds.h"

#include <cmath>

namespace lotse {

QString stateId(State state)
{
    switch (state) {
    case State::Good: return QStringLiteral("good");
    case State::Warning: return QStringLiteral("warning");
    case State::Critical: return QStringLiteral("critical");
    case State::Unknown: return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<State> stateFrom(QStringView id)
{
    for (State state : {State::Good, State::Warning, State::Critical, State::Unknown}) {
        if (stateId(state) == id)
            return state;
    }
    return std::nullopt;
}

bool Thresholds::isOrdered() const
{
    if (!warning || !critical)
        return true;
    return direction == Direction::HigherIsWorse ? *warning <= *critical : *warning >= *critical;
}

State Thresholds::classify(double value) const
{
    if (std::isnan(value))
        return State::Unknown;
    const auto exceeds = [this, value](double band) {
        return direction == Direction::HigherIsWorse ? value > band : value < band;
    };
    if (critical && exceeds(*critical))
        return State::Critical;
    if (warning && exceeds(*warning))
        return State::Warning;
    return State::Good;
}

} // namespace lotse
