#include "databases/databasekpis.h"

#include "sources/source.h"
#include "sources/sourcekinds.h"

#include <QTranslator>

namespace lotse {

namespace {

/// A card's title in English and German, as dashboards carry it, so the card
/// follows a change of language. The German is lotse_de.ts's, where
/// Localization finds it; without it (a build without translations) the
/// English stands for both.
LocalizedText localized(const char *text)
{
    static QTranslator german;
    static const bool loaded = german.load(QStringLiteral(":/i18n/lotse_de.qm"));
    const QString en = QString::fromUtf8(text);
    return {en, loaded ? german.translate("lotse::DatabaseKpis", text) : QString()};
}

KpiSpec specFrom(const CardInfo &card, const QString &source)
{
    KpiSpec spec;
    spec.id = QLatin1String(card.id);
    spec.title = localized(card.title);
    spec.source = source;
    spec.query = QLatin1String(card.query);
    spec.unit = card.unit;
    spec.reduce = card.reduce;
    spec.thresholds.direction = card.direction;
    spec.thresholds.warning = card.warning;
    spec.thresholds.critical = card.critical;
    if (card.denominator)
        spec.denominator = Denominator{QLatin1String(card.denominator), localized(card.zero), {}};
    return spec;
}

} // namespace

Dashboard DatabaseKpis::dashboardFor(const Source &source, int refreshSeconds)
{
    Dashboard dashboard;
    dashboard.id = QStringLiteral("database-") + source.name();
    dashboard.title = {source.name(), source.name()};
    dashboard.refreshSeconds = refreshSeconds;
    dashboard.sources.append({source.name(), source.kind()});
    if (const SourceKind *kind = SourceKinds::find(source.kind())) {
        for (const CardInfo &card : kind->kpiCards())
            dashboard.kpis.append(specFrom(card, source.name()));
    }
    return dashboard;
}

} // namespace lotse
