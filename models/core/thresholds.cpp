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
    case State::NotApplicable: return QStringLiteral("n/a");
    }
    return QStringLiteral("unknown");
}

std::optional<State> stateFrom(QStringView id)
{
    for (State state : {State::Good, State::Warning, State::Critical, State::Unknown, State::NotApplicable}) {
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
    const auto exceeds = [this, value](double band, bool included) {
        if (included && value == band)
            return true;
        return direction == Direction::HigherIsWorse ? value > band : value < band;
    };
    if (critical && exceeds(*critical, criticalIncluded))
        return State::Critical;
    if (warning && exceeds(*warning, warningIncluded))
        return State::Warning;
    return State::Good;
}

QString Thresholds::bandText(State band, const QString &value) const
{
    const bool included = band == State::Critical ? criticalIncluded : warningIncluded;
    const bool higher = direction == Direction::HigherIsWorse;
    const QString comparison = higher ? (included ? QStringLiteral("\u2265") : QStringLiteral(">"))
                                      : (included ? QStringLiteral("\u2264") : QStringLiteral("<"));
    return comparison + QLatin1Char(' ') + value;
}

} // namespace lotse
