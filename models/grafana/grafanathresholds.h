#pragma once

#include "core/localizedtext.h"
#include "core/thresholds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
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
    /// From an old graph's `thresholds: [{value, op: gt|lt, colorMode}]`: the
    /// direction from `op`, warning and critical from the colour mode (or the
    /// tone of a custom colour). What does not fit is left out and told in @p notes.
    static Thresholds fromGraph(const QJsonArray &thresholds, QList<LocalizedText> &notes);

private:
    enum class Tone {
        Good,
        Warning,
        Bad,
        Other
    };

    static Tone toneOf(const QString &color);
    static Tone hueTone(int hue);
    /// Warning or Bad for a graph threshold's colour mode; Good or Other for none.
    static Tone graphTone(const QJsonObject &threshold);
    /// Drops a warning that stands beyond its critical, which no bands can show.
    static void keepInOrder(Thresholds &bands, QList<LocalizedText> &notes);
};

} // namespace lotse
