#include "axes/valueaxis.h"

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

const char *const kBinary[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};

/// Values beyond this are drawn at the axis' edge: the span between the
/// largest doubles overflows, and a server answering 1.7e308 once made an
/// axis of step 1 over an infinite span, seconds of ticks on the GUI thread.
constexpr double kLargest = 1e300;
/// From here on, numbers are written with an exponent: 1e+15 is read, 1,000,000,000,000,000 is counted.
constexpr double kExponentFrom = 1e15;

/// The binary prefix that writes @p largest bytes as at least 1: "KiB" for 5000.
std::pair<double, QString> binaryScale(double largest)
{
    int index = 0;
    double base = 1;
    while (index + 1 < int(std::size(kBinary)) && largest >= base * 1024) {
        base *= 1024;
        ++index;
    }
    return {1 / base, QString::fromLatin1(kBinary[index])};
}

} // namespace

double ValueAxis::roundStep(double raw)
{
    if (!(raw > 0) || !std::isfinite(raw))
        return 1;
    const double base = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / base;
    const double round = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
    return round * base;
}

ValueAxis::Scale ValueAxis::scaleFor(Unit unit, double largest)
{
    switch (unit) {
    case Unit::None: return {1, QStringLiteral("%1"), 0};
    case Unit::Count: return {1, QStringLiteral("%1"), 1};
    case Unit::Seconds:
        return largest < 1 ? Scale{1000, QStringLiteral("%1 ms"), 0} : Scale{1, QStringLiteral("%1 s"), 0};
    case Unit::Milliseconds:
        return largest >= 1000 ? Scale{0.001, QStringLiteral("%1 s"), 0} : Scale{1, QStringLiteral("%1 ms"), 0};
    case Unit::Percent: return {1, QStringLiteral("%1 %"), 0};
    case Unit::Ratio: return {100, QStringLiteral("%1 %"), 0};
    case Unit::RequestsPerSecond: return {1, QStringLiteral("%1 req/s"), 0};
    case Unit::Bytes:
    case Unit::BytesPerSecond: {
        const auto [factor, prefix] = binaryScale(largest);
        const QString suffix = prefix + (unit == Unit::Bytes ? QStringLiteral("B") : QStringLiteral("B/s"));
        return {factor, QStringLiteral("%1 ") + suffix, 1};
    }
    case Unit::Usd: return {1, QStringLiteral("$%1"), 0};
    }
    return {1, QStringLiteral("%1"), 0};
}

ValueAxis::ValueAxis(double low, double high, int ticks, Unit unit, const QLocale &locale)
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    if (high < low)
        std::swap(low, high);
    low = std::clamp(low, -kLargest, kLargest);
    high = std::clamp(high, -kLargest, kLargest);
    ticks = std::max(1, ticks);
    Scale scale = scaleFor(unit, std::max(std::abs(low), std::abs(high)));
    place(low, high, ticks, scale);
    // Rounding the top up may cross into the next scale ("1,200 B" → "1.2 KiB"): one more pass.
    const Scale rounded = scaleFor(unit, std::max(std::abs(m_low), std::abs(m_high)));
    if (rounded.pattern != scale.pattern) {
        scale = rounded;
        place(low, high, ticks, scale);
    }
    const double shown = m_step * scale.factor;
    const int decimals = std::max(0, int(std::ceil(-std::log10(shown) - 1e-9)));
    const int count = int(std::llround((m_high - m_low) / m_step));
    for (int i = 0; i <= count; ++i) {
        const double value = m_low + i * m_step;
        // -0 is not a value anyone wants to read.
        const double number = std::abs(value) < m_step * 1e-9 ? 0.0 : value * scale.factor;
        const QString text = std::abs(number) >= kExponentFrom ? locale.toString(number, 'g', 6)
                                                                : locale.toString(number, 'f', decimals);
        m_ticks.append({value, scale.pattern.arg(text)});
    }
}

void ValueAxis::place(double low, double high, int ticks, const Scale &scale)
{
    if (high <= low)
        high = low + (low == 0 ? std::max(1.0, scale.smallest) : std::abs(low) * 0.1);
    const double shown = roundStep((high - low) * scale.factor / ticks);
    m_step = std::max(shown / scale.factor, scale.smallest);
    // A step of 1,000 bytes written in KiB would read 0.98: steps are round in the scale shown.
    m_low = std::floor(low / m_step + 1e-9) * m_step;
    m_high = std::max(m_low + m_step, std::ceil(high / m_step - 1e-9) * m_step);
}

} // namespace lotse
