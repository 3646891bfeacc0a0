#pragma once

#include "sources/sourceinfo.h"
#include "core/thresholds.h"
#include "core/timerange.h"
#include "core/unit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <memory>

class QTranslator;

namespace lotse {

/// The words and numbers of a report in the report's language, which need not
/// be the desktop's: texts marked with QT_TR_NOOP in a class are looked up in
/// Lotse's translation for that language (translations/lotse_LANG.ts, loaded
/// into a translator of the report's own rather than installed for the whole
/// program), else left English.
/// Numbers and dates follow QLocale(de_DE) or QLocale(en_US); times are local,
/// on a 24-hour clock with seconds, as operators compare them with logs.
class ReportText final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ReportText)

public:
    explicit ReportText(const QString &language);

    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    UnitFormatter units() const { return UnitFormatter(m_locale); }

    /// @p source of @p context in the report's language, "%n" replaced by @p n.
    QString translate(const char *context, const char *source, int n = -1) const;

    QString stateName(State state) const;
    /// A span back from an instant in words: "the last hour", "the last 6 hours".
    QString lastSpan(qint64 seconds) const;
    /// "15.01.2026 13:00:00" / "1/15/2026 13:00:00", in local time.
    QString dateTime(const QDateTime &at) const;
    /// "13:00:00", local.
    QString clock(const QDateTime &at) const;
    /// "CET, UTC+01:00": the zone local times are written in.
    QString zone(const QDateTime &at) const;
    /// "2026-01-15 12:00:00 UTC".
    QString utc(const QDateTime &at) const;
    /// The window in local time, the end without its date when on the same day.
    QString window(const TimeWindow &window) const;
    /// The window in UTC.
    QString windowUtc(const TimeWindow &window) const;
    /// "Page 2 of 3".
    QString pageOf(int page, int count) const;
    /// "prometheus — http://… — version 2.42.0", or "version unknown".
    QString source(const SourceInfo &source) const;
    /// "warning > 100 ms · critical > 500 ms", empty without bands; @p separator between the bands.
    QString thresholds(const Thresholds &thresholds, Unit unit, const QString &separator = QStringLiteral(" · ")) const;

    static QDateTime fromSeconds(double seconds);

private:
    QString text(const char *source, int n = -1) const { return translate("lotse::ReportText", source, n); }
    QString date(const QDate &date) const;

    QString m_language;
    QLocale m_locale;
    std::shared_ptr<const QTranslator> m_translator; ///< shared by copies; none for English
};

} // namespace lotse
