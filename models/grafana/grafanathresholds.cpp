#include "grafana/grafanathresholds.h"

#include "grafana/grafanatexts.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

struct Step
{
    double value;
    QString color;
};

QList<Step> stepsOf(const QJsonArray &steps)
{
    QList<Step> list;
    for (const QJsonValue &entry : steps) {
        const QJsonObject step = entry.toObject();
        const QJsonValue value = step.value(QLatin1String("value"));
        // The base step has no value: it holds from minus infinity.
        const double at = value.isDouble() ? value.toDouble() : -qInf();
        list.append({at, step.value(QLatin1String("color")).toString()});
    }
    std::stable_sort(list.begin(), list.end(), [](const Step &a, const Step &b) { return a.value < b.value; });
    return list;
}

/// The hue (0..359) of a colour, or -1 for greys: QColor is in QtGui, which
/// models do not link.
int hueOf(int red, int green, int blue)
{
    const int high = std::max({red, green, blue});
    const int low = std::min({red, green, blue});
    if (high - low < 16)
        return -1;
    const double span = high - low;
    double hue = high == red ? std::fmod((green - blue) / span, 6.0)
        : high == green      ? (blue - red) / span + 2
                             : (red - green) / span + 4;
    hue *= 60;
    return int(hue < 0 ? hue + 360 : hue);
}

/// The hue of "#rgb", "#rrggbb" or "rgb(r, g, b)"/"rgba(…)"; nothing for other texts.
std::optional<int> hueOfText(const QString &name)
{
    static const QRegularExpression rgb(QStringLiteral("^rgba?\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)"));
    if (const auto match = rgb.match(name); match.hasMatch())
        return hueOf(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3}|[0-9a-f]{6})$"));
    if (!hex.match(name).hasMatch())
        return std::nullopt;
    QString digits = name.mid(1);
    if (digits.size() == 3)
        digits = QString(digits[0]) + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
    return hueOf(digits.mid(0, 2).toInt(nullptr, 16), digits.mid(2, 2).toInt(nullptr, 16),
                 digits.mid(4, 2).toInt(nullptr, 16));
}

} // namespace

GrafanaThresholds::Tone GrafanaThresholds::hueTone(int hue)
{
    if (hue < 0)
        return Tone::Other; // grey, white, black
    if (hue >= 75 && hue <= 170)
        return Tone::Good;
    if (hue >= 20 && hue < 75)
        return Tone::Warning;
    return hue < 20 || hue >= 330 ? Tone::Bad : Tone::Other;
}

GrafanaThresholds::Tone GrafanaThresholds::toneOf(const QString &color)
{
    const QString name = color.trimmed().toLower();
    if (name.contains(QLatin1String("green")))
        return Tone::Good;
    if (name.contains(QLatin1String("yellow")) || name.contains(QLatin1String("orange")))
        return Tone::Warning;
    if (name.contains(QLatin1String("red")))
        return Tone::Bad;
    const std::optional<int> hue = hueOfText(name);
    return hue ? hueTone(*hue) : Tone::Other;
}

std::optional<Thresholds> GrafanaThresholds::fromSteps(const QJsonArray &steps)
{
    const QList<Step> list = stepsOf(steps);
    if (list.size() < 2)
        return Thresholds{};
    QList<Tone> tones;
    for (const Step &step : list)
        tones.append(toneOf(step.color));
    Thresholds bands;
    if (tones.first() == Tone::Good && tones.last() != Tone::Good && tones.last() != Tone::Other) {
        // A step's colour holds from its value on: the bands include their edges.
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (tones.at(i) == Tone::Warning && !bands.warning && !bands.critical)
                bands.warning = list.at(i).value;
            if (tones.at(i) == Tone::Bad && !bands.critical)
                bands.critical = list.at(i).value;
        }
        bands.warningIncluded = bands.criticalIncluded = true;
        return bands;
    }
    if (tones.last() == Tone::Good && (tones.first() == Tone::Bad || tones.first() == Tone::Warning)) {
        // Below a step's value the colour beneath it holds: strict edges.
        bands.direction = Thresholds::Direction::LowerIsWorse;
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (tones.at(i - 1) == Tone::Bad && tones.at(i) != Tone::Bad)
                bands.critical = list.at(i).value;
            if (tones.at(i) == Tone::Good && !bands.warning && tones.at(i - 1) == Tone::Warning)
                bands.warning = list.at(i).value;
        }
        return bands;
    }
    return std::nullopt;
}

std::optional<Thresholds> GrafanaThresholds::fromLegacy(const QString &thresholds, const QJsonArray &colors)
{
    const QStringList values = thresholds.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (values.isEmpty())
        return Thresholds{};
    QJsonArray steps;
    steps.append(QJsonObject{{QStringLiteral("value"), QJsonValue()}, {QStringLiteral("color"), colors.at(0)}});
    for (qsizetype i = 0; i < values.size() && i + 1 < colors.size(); ++i) {
        bool ok = false;
        const double value = values.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        steps.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("color"), colors.at(i + 1)}});
    }
    return fromSteps(steps);
}

GrafanaThresholds::Tone GrafanaThresholds::graphTone(const QJsonObject &threshold)
{
    const QString mode = threshold.value(QLatin1String("colorMode")).toString();
    if (mode == QLatin1String("warning"))
        return Tone::Warning;
    if (mode == QLatin1String("critical"))
        return Tone::Bad;
    if (mode != QLatin1String("custom"))
        return mode == QLatin1String("ok") ? Tone::Good : Tone::Other;
    const QString fill = threshold.value(QLatin1String("fillColor")).toString();
    return toneOf(fill.isEmpty() ? threshold.value(QLatin1String("lineColor")).toString() : fill);
}

Thresholds GrafanaThresholds::fromGraph(const QJsonArray &thresholds, QList<LocalizedText> &notes)
{
    using Id = GrafanaTexts::Id;
    Thresholds bands;
    std::optional<Thresholds::Direction> direction;
    bool mixed = false;
    for (const QJsonValue &entry : thresholds) {
        const QJsonObject threshold = entry.toObject();
        const QString op = threshold.value(QLatin1String("op")).toString();
        if (op != QLatin1String("gt") && op != QLatin1String("lt")) {
            notes.append(GrafanaTexts::text(Id::ThresholdOp, op));
            continue;
        }
        const auto towards
            = op == QLatin1String("gt") ? Thresholds::Direction::HigherIsWorse : Thresholds::Direction::LowerIsWorse;
        if (direction && *direction != towards) {
            if (!std::exchange(mixed, true))
                notes.append(GrafanaTexts::text(Id::ThresholdsMixed));
            continue;
        }
        const Tone tone = graphTone(threshold);
        if (tone != Tone::Warning && tone != Tone::Bad) {
            notes.append(
                GrafanaTexts::text(Id::ThresholdColour, threshold.value(QLatin1String("colorMode")).toString()));
            continue;
        }
        const QJsonValue value = threshold.value(QLatin1String("value"));
        std::optional<double> &band = tone == Tone::Warning ? bands.warning : bands.critical;
        if (!value.isDouble() || band) {
            notes.append(GrafanaTexts::text(Id::ThresholdExtra, value.toVariant().toString()));
            continue;
        }
        direction = towards;
        band = value.toDouble();
    }
    // gt and lt are strict: the value itself is not yet beyond the line.
    bands.direction = direction.value_or(Thresholds::Direction::HigherIsWorse);
    keepInOrder(bands, notes);
    return bands;
}

void GrafanaThresholds::keepInOrder(Thresholds &bands, QList<LocalizedText> &notes)
{
    if (!bands.warning || !bands.critical || bands.isOrdered())
        return;
    notes.append(GrafanaTexts::text(GrafanaTexts::Id::ThresholdExtra, QString::number(*bands.warning, 'g', 15)));
    bands.warning.reset();
}

} // namespace lotse
