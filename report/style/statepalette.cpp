#include "style/statepalette.h"

namespace lotse {

namespace {

struct Tones
{
    QColor light; ///< on a light background
    QColor dark;  ///< on a dark background
    QColor text;  ///< text on a light background
};

Tones tonesFor(State state)
{
    switch (state) {
    case State::Good: return {QColor(0x2e, 0x9e, 0x44), QColor(0x5c, 0xc8, 0x6f), QColor(0x1f, 0x7a, 0x33)};
    case State::Warning: return {QColor(0xe8, 0xa3, 0x00), QColor(0xf5, 0xc0, 0x3b), QColor(0x9a, 0x6a, 0x00)};
    case State::Critical: return {QColor(0xd3, 0x2f, 0x2f), QColor(0xf2, 0x6b, 0x6b), QColor(0xb7, 0x1c, 0x1c)};
    case State::Unknown:
    case State::NotApplicable: break;
    }
    return {QColor(0x8a, 0x8f, 0x98), QColor(0x9a, 0xa0, 0xa8), QColor(0x6b, 0x70, 0x78)};
}

QColor blend(const QColor &a, const QColor &b, double weightOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - weightOfB) + b.redF() * weightOfB),
                            float(a.greenF() * (1 - weightOfB) + b.greenF() * weightOfB),
                            float(a.blueF() * (1 - weightOfB) + b.blueF() * weightOfB));
}

} // namespace

bool StatePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatePalette::color(State state, const QPalette &palette)
{
    const Tones tones = tonesFor(state);
    return isDark(palette) ? tones.dark : tones.light;
}

QColor StatePalette::textColor(State state, const QPalette &palette)
{
    const Tones tones = tonesFor(state);
    return isDark(palette) ? tones.dark : tones.text;
}

QColor StatePalette::neutral(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6c, 0xa8, 0xe6) : QColor(0x2f, 0x6f, 0xb3);
}

QColor StatePalette::dimmed(const QColor &color, const QPalette &palette)
{
    return blend(color, palette.color(QPalette::Base), 0.55);
}

} // namespace lotse
