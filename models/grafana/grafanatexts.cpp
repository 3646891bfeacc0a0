#include "grafana/grafanatexts.h"

#include <QHash>

namespace lotse {

namespace {

struct Words
{
    const char *en;
    const char *de;
};

const QHash<GrafanaTexts::Id, Words> &words()
{
    using Id = GrafanaTexts::Id;
    static const QHash<Id, Words> table = {
        {Id::UnsupportedPanel,
         {"Grafana panel type \"%1\" has no counterpart in Lotse",
          "Grafana-Paneltyp \"%1\" hat in Lotse keine Entsprechung"}},
        {Id::NotPrometheus,
         {"a query is not PromQL (%1): Lotse imports Prometheus queries only",
          "eine Abfrage ist kein PromQL (%1): Lotse übernimmt nur Prometheus-Abfragen"}},
        {Id::NoQueries, {"the panel has no queries", "das Panel hat keine Abfragen"}},
        {Id::Transformations,
         {"the panel transforms its data (%1), which Lotse does not do",
          "das Panel formt seine Daten um (%1), was Lotse nicht kann"}},
        {Id::UnknownMacro,
         {"a query uses Grafana's %1, which Lotse has no value for",
          "eine Abfrage nutzt Grafanas %1, wofür Lotse keinen Wert hat"}},
        {Id::UndeclaredVariable,
         {"a query uses $%1, which no variable declares", "eine Abfrage nutzt $%1, das keine Variable deklariert"}},
        {Id::BadQuery, {"a query is not valid PromQL: %1", "eine Abfrage ist kein gültiges PromQL: %1"}},
        {Id::UnknownUnit,
         {"unit \"%1\" has no Lotse counterpart: shown as a plain number",
          "Einheit \"%1\" hat in Lotse keine Entsprechung: als bloße Zahl gezeigt"}},
        {Id::TableAsCards,
         {"table shown as cards, one per query, each the largest value of its rows",
          "Tabelle als Karten gezeigt, eine je Abfrage, jede mit dem größten Wert ihrer Zeilen"}},
        {Id::ReduceOverTime,
         {"Grafana's \"%1\" over time is read at the instant, series reduced by %2",
          "Grafanas \"%1\" über die Zeit wird zum Zeitpunkt gelesen, Reihen mit %2 zusammengefasst"}},
        {Id::NoDirection,
         {"threshold colours give no direction: no bands", "Schwellwertfarben ergeben keine Richtung: keine Bänder"}},
        {Id::VariableRegex,
         {"variable $%1: its regex filter is not applied", "Variable $%1: ihr Regex-Filter wird nicht angewandt"}},
        {Id::VariableFixed,
         {"variable $%1 (%2) cannot be read by Lotse: kept as a fixed list of its current values",
          "Variable $%1 (%2) kann Lotse nicht lesen: als feste Liste ihrer aktuellen Werte übernommen"}},
        {Id::VariableSource,
         {"variable $%1 chooses the data source: it became the source \"%2\"",
          "Variable $%1 wählt die Datenquelle: sie wurde zur Quelle \"%2\""}},
        {Id::VariableAllValue,
         {"variable $%1: its \"all\" value %2 is read as .*",
          "Variable $%1: ihr Wert für \"alle\" %2 wird als .* gelesen"}},
        {Id::MacroValue, {"%1 became %2", "%1 wurde zu %2"}},
        {Id::HiddenTarget,
         {"hidden query %1 left out, as Grafana hides it",
          "verborgene Abfrage %1 weggelassen, wie Grafana sie verbirgt"}},
        {Id::NotImportedTitle, {"%1 (not imported)", "%1 (nicht importiert)"}},
        {Id::VariableLeftOut,
         {"variable $%1 (%2) has no counterpart in Lotse: left out",
          "Variable $%1 (%2) hat in Lotse keine Entsprechung: weggelassen"}},
        {Id::DefaultNarrowed,
         {"variable $%1: one value, and no \"all\", as a query uses it outside a regex matcher",
          "Variable $%1: ein Wert und kein \"alle\", da eine Abfrage sie außerhalb eines Regex-Vergleichs nutzt"}},
        {Id::UntitledRow, {"Row %1", "Zeile %1"}},
        {Id::ThresholdColour,
         {"a threshold coloured \"%1\" is neither warning nor critical: left out",
          "ein Schwellwert in der Farbe \"%1\" ist weder Warnung noch kritisch: weggelassen"}},
        {Id::ThresholdOp,
         {"a threshold with op \"%1\" has no direction: left out",
          "ein Schwellwert mit op \"%1\" hat keine Richtung: weggelassen"}},
        {Id::ThresholdsMixed,
         {"thresholds both above (gt) and below (lt): only those of the first direction are kept",
          "Schwellwerte nach oben (gt) und nach unten (lt): nur die der ersten Richtung übernommen"}},
        {Id::ThresholdExtra,
         {"threshold %1 left out: a chart has one warning and one critical line",
          "Schwellwert %1 weggelassen: ein Diagramm hat eine Warn- und eine kritische Linie"}},
        {Id::RangeFallback,
         {"time range %1 is not one Lotse opens with: %2", "Zeitraum %1 kann Lotse nicht öffnen: %2"}},
    };
    return table;
}

/// The pattern with %1 and %2 filled in one pass: an argument holding "%2"
/// (a query, a regex) stays as it is, where QString::arg() would fill it too.
QString filled(const char *pattern, const QString &first, const QString &second)
{
    const QString text = QString::fromUtf8(pattern);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool marker = text.at(i) == QLatin1Char('%') && i + 1 < text.size();
        if (marker && (text.at(i + 1) == QLatin1Char('1') || text.at(i + 1) == QLatin1Char('2'))) {
            result += text.at(i + 1) == QLatin1Char('1') ? first : second;
            ++i;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

} // namespace

LocalizedText GrafanaTexts::text(Id id, const QString &first, const QString &second)
{
    const Words entry = words().value(id);
    return {filled(entry.en, first, second), filled(entry.de, first, second)};
}

} // namespace lotse
