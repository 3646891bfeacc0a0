#include "core/unit.h"

#include <array>
#include <cmath>
#include <utility>

namespace lotse {

namespace {

constexpr std::array<std::pair<const char *, Unit>, 10> kUnitNames{{
    {"", Unit::None},
    {"s", Unit::Seconds},
    {"ms", Unit::Milliseconds},
    {"percent", Unit::Percent},
    {"ratio", Unit::Ratio},
    {"reqps", Unit::RequestsPerSecond},
    {"bytes", Unit::Bytes},
    {"bytesps", Unit::BytesPerSecond},
    {"usd", Unit::Usd},
    {"count", Unit::Count},
}};

} // namespace

std::optional<Unit> unitFromName(const QString &name)
{
    for (const auto &[text, unit] : kUnitNames) {
        if (name == QLatin1String(text))
            return unit;
    }
    return std::nullopt;
}

QString unitName(Unit unit)
{
    for (const auto &[text, candidate] : kUnitNames) {
        if (candidate == unit)
            return QString::fromLatin1(text);
    }
    return {};
}

UnitFormatter::UnitFormatter(QLocale locale)
    : m_locale(std::move(locale))
{
}

QString UnitFormatter::number(double value) const
{
    const double magnitude = std::abs(value);
    int decimals = 0;
    if (magnitude == 0 || magnitude >= 100)
        decimals = 0;
    else if (magnitude >= 10)
        decimals = 1;
    else if (magnitude >= 0.01)
        decimals = 2;
    else
        return m_locale.toString(value, 'g', 3);
    QString text = m_locale.toString(value, 'f', decimals);
    // "1.10" reads as more precise than it is; drop trailing zeros.
    if (decimals > 0) {
        const QChar point = m_locale.decimalPoint().at(0);
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString UnitFormatter::scaled(double value, const char *const *suffixes, int count, double base) const
{
    int index = 0;
    while (index + 1 < count && std::abs(value) >= base) {
        value /= base;
        ++index;
    }
    return tr("%1 %2").arg(number(value), QString::fromUtf8(suffixes[index]));
}

QString UnitFormatter::format(double value, Unit unit) const
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    switch (unit) {
    case Unit::None:
    case Unit::Count: return number(value);
    case Unit::Seconds:
        if (std::abs(value) < 1 && value != 0)
            return tr("%1 ms").arg(number(value * 1000));
        return tr("%1 s").arg(number(value));
    case Unit::Milliseconds:
        if (std::abs(value) >= 1000)
            return tr("%1 s").arg(number(value / 1000));
        return tr("%1 ms").arg(number(value));
    case Unit::Percent: return tr("%1 %").arg(number(value));
    case Unit::Ratio: return tr("%1 %").arg(number(value * 100));
    case Unit::RequestsPerSecond: return tr("%1 req/s").arg(number(value));
    case Unit::Bytes: {
        static const char *const suffixes[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
        return scaled(value, suffixes, 6, 1024);
    }
    case Unit::BytesPerSecond: {
        static const char *const suffixes[] = {"B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s", "PiB/s"};
        return scaled(value, suffixes, 6, 1024);
    }
    case Unit::Usd: return m_locale.toCurrencyString(value, QStringLiteral("$"), 2);
    }
    return number(value);
}

} // namespace lotse
