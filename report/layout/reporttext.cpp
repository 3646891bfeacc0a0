#include "layout/reporttext.h"

#include "core/localization.h"

#include <QTranslator>

#include <cmath>

namespace lotse {

ReportText::ReportText(const QString &language)
    : m_language(language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en"))
    , m_locale(Localization::localeOf(m_language))
{
    // English needs its translator too: the source texts are English, but its
    // plural forms ("1 finding", "2 findings") are in lotse_en.ts.
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral(":/i18n/lotse_%1.qm").arg(m_language)))
        m_translator = std::move(translator);
}

QString ReportText::translate(const char *context, const char *source, int n) const
{
    QString translated = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    return n >= 0 ? translated.replace(QLatin1String("%n"), m_locale.toString(n)) : translated;
}

QString ReportText::lastSpan(qint64 seconds) const
{
    // In words, as a sentence reads it: "the last hour", "die letzten 6 Stunden".
    constexpr qint64 kMinute = 60, kHour = 3600, kDay = 86400, kWeek = 7 * 86400;
    if (seconds >= kWeek && seconds % kWeek == 0)
        return text(QT_TR_N_NOOP("the last %n week(s)"), int(seconds / kWeek));
    if (seconds >= kDay && seconds % kDay == 0)
        return text(QT_TR_N_NOOP("the last %n day(s)"), int(seconds / kDay));
    if (seconds >= kHour && seconds % kHour == 0)
        return text(QT_TR_N_NOOP("the last %n hour(s)"), int(seconds / kHour));
    if (seconds >= kMinute && seconds % kMinute == 0)
        return text(QT_TR_N_NOOP("the last %n minute(s)"), int(seconds / kMinute));
    return text(QT_TR_N_NOOP("the last %n second(s)"), int(seconds));
}

QString ReportText::stateName(State state) const
{
    switch (state) {
    case State::Good: return text(QT_TR_NOOP("good"));
    case State::Warning: return text(QT_TR_NOOP("warning"));
    case State::Critical: return text(QT_TR_NOOP("critical"));
    case State::Unknown: return text(QT_TR_NOOP("unknown"));
    case State::NotApplicable: return text(QT_TR_NOOP("n/a"));
    }
    return {};
}

QString ReportText::date(const QDate &date) const
{
    // The locale's short date, with the century: a report outlives two-digit years.
    QString format = m_locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return m_locale.toString(date, format);
}

QString ReportText::dateTime(const QDateTime &at) const
{
    const QDateTime local = at.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + clock(local);
}

QString ReportText::clock(const QDateTime &at) const
{
    return m_locale.toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

QString ReportText::zone(const QDateTime &at) const
{
    const QDateTime local = at.toLocalTime();
    const int minutes = local.offsetFromUtc() / 60;
    const QString offset = QStringLiteral("UTC%1%2:%3")
                               .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                               .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
    const QString name = local.timeZoneAbbreviation();
    return name.isEmpty() || name.startsWith(QLatin1String("UTC")) ? offset : name + QStringLiteral(", ") + offset;
}

QString ReportText::utc(const QDateTime &at) const
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString ReportText::window(const TimeWindow &window) const
{
    const QDateTime from = fromSeconds(window.from).toLocalTime();
    const QDateTime to = fromSeconds(window.to).toLocalTime();
    const QString end = from.date() == to.date() ? clock(to) : dateTime(to);
    return QStringLiteral("%1 – %2 (%3)").arg(dateTime(from), end, zone(to));
}

QString ReportText::windowUtc(const TimeWindow &window) const
{
    const QDateTime from = fromSeconds(window.from).toUTC();
    const QDateTime to = fromSeconds(window.to).toUTC();
    const QString end
        = from.date() == to.date() ? to.toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC") : utc(to);
    return from.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" – ") + end;
}

QString ReportText::pageOf(int page, int count) const
{
    return text(QT_TR_NOOP("Page %1 of %2")).arg(m_locale.toString(page), m_locale.toString(count));
}

QString ReportText::source(const SourceInfo &source) const
{
    const QString version = source.version.isEmpty() ? text(QT_TR_NOOP("version unknown"))
                                                     : text(QT_TR_NOOP("version %1")).arg(source.version);
    QStringList parts{source.name};
    if (!source.location.isEmpty())
        parts.append(source.location);
    parts.append(version);
    QString line = parts.join(QStringLiteral(" — "));
    for (const QString &caution : source.cautions)
        line += QLatin1Char('\n') + text(QT_TR_NOOP("Caution: %1")).arg(caution);
    return line;
}

QString ReportText::thresholds(const Thresholds &thresholds, Unit unit, const QString &separator) const
{
    QStringList bands;
    // "warning ≥ 1000": the band's own comparison, so an included edge shows.
    const auto band = [&](State state, std::optional<double> value) {
        if (value)
            bands.append(QStringLiteral("%1 %2").arg(stateName(state),
                                                     thresholds.bandText(state, units().format(*value, unit))));
    };
    band(State::Warning, thresholds.warning);
    band(State::Critical, thresholds.critical);
    return bands.join(separator);
}

QDateTime ReportText::fromSeconds(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
}

} // namespace lotse
