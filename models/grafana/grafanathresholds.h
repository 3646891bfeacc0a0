#pragma once

#include "core/thresholds.h"

#include <QJsonArray>
#include <QString>

#include <optional>

namespace lotse {

/// Grafana's colour steps as Lotse's warning and critical bands with their
/// direction. The colours say which way is worse: green at the bottom and red
/// at the top is higher-is-worse, red at the bottom and green at the top is
/// lower-is-worse.
class GrafanaThresholds final
{
public:
    /// From `fieldConfig.defaults.thresholds.steps` ([{color, value}], the
    /// first with value null). Empty bands when there are none to draw;
    /// nothing when the colours give no direction.
    static std::optional<Thresholds> fromSteps(const QJsonArray &steps);
    /// From a singlestat's `thresholds: "80,90"` and its three `colors`.
    static std::optional<Thresholds> fromLegacy(const QString &thresholds, const QJsonArray &colors);

private:
    enum class Tone {
        Good,
        Warning,
        Bad,
        Other
    };

    static Tone toneOf(const QString &color);
    static Tone hueTone(int hue);
};

} // namespace lotse
