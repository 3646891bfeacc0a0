#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace lotse {

/// What a number measures; decides how it is written.
enum class Unit {
    None,    ///< a plain number
    Seconds, ///< written as ms below one second
    Milliseconds,
    Percent, ///< already in percent
    Ratio,   ///< 0..1, written as percent
    RequestsPerSecond,
    Bytes,          ///< written with binary prefixes
    BytesPerSecond, ///< a rate of bytes, written "KiB/s"
    Usd,
    Count,
};

/// Parses the unit names of dashboards and runbooks ("s", "ms", "percent", …).
std::optional<Unit> unitFromName(const QString &name);
/// The name unitFromName() accepts for @p unit; "" for Unit::None.
QString unitName(Unit unit);

/// Writes values with their unit in the conventions of a locale: "1.1 s" in
/// English, "1,1 s" in German.
class UnitFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::UnitFormatter)

public:
    explicit UnitFormatter(QLocale locale = QLocale());

    /// The value with its unit, or "—" for NaN, "∞" for infinities.
    QString format(double value, Unit unit) const;
    /// Just the number, with as many digits as its size warrants.
    QString number(double value) const;

private:
    QString scaled(double value, const char *const *suffixes, int count, double base) const;

    QLocale m_locale;
};

} // namespace lotse
