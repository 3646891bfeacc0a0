#include "grafana/grafanapaneltranslator.h"

#include "grafana/grafanaqueries.h"
#include "grafana/grafanasources.h"
#include "grafana/grafanatexts.h"
#include "grafana/grafanathresholds.h"
#include "grafana/grafanaunits.h"

#include <QJsonArray>

namespace lotse {

namespace {

QJsonObject fieldDefaults(const QJsonObject &panel)
{
    return panel.value(QLatin1String("fieldConfig")).toObject().value(QLatin1String("defaults")).toObject();
}

ImportedPanel placeholder(const ImportedPanel &base, const LocalizedText &reason, PanelOutcome &outcome)
{
    ImportedPanel card = base;
    card.kind = ImportedPanel::Kind::Placeholder;
    card.reason = reason;
    card.queries.clear();
    outcome.placeholder = true;
    outcome.reason = reason;
    return card;
}

} // namespace

GrafanaPanelTranslator::GrafanaPanelTranslator(const GrafanaQueries &queries, GrafanaSources &sources)
    : m_queries(queries)
    , m_sources(sources)
{
}

GrafanaPanelTranslator::Shape GrafanaPanelTranslator::shapeOf(const QString &type)
{
    if (type == QLatin1String("graph") || type == QLatin1String("timeseries"))
        return Shape::Chart;
    if (type == QLatin1String("stat") || type == QLatin1String("singlestat") || type == QLatin1String("gauge")
        || type == QLatin1String("bargauge"))
        return Shape::Kpi;
    if (type == QLatin1String("table") || type == QLatin1String("table-old"))
        return Shape::Table;
    return Shape::None;
}

QList<ImportedPanel> GrafanaPanelTranslator::translate(const FoundPanel &found, PanelOutcome &outcome) const
{
    const QJsonObject &panel = found.panel;
    outcome.type = panel.value(QLatin1String("type")).toString();
    outcome.section = found.section;
    outcome.title = panel.value(QLatin1String("title")).toString().trimmed();
    if (outcome.title.isEmpty())
        outcome.title = outcome.type.isEmpty() ? QStringLiteral("Panel") : outcome.type;
    ImportedPanel base;
    base.title = outcome.title;
    base.section = found.section;
    base.row = found.row;
    const Shape shape = shapeOf(outcome.type);
    if (shape == Shape::None)
        return {placeholder(base, GrafanaTexts::text(GrafanaTexts::Id::UnsupportedPanel, outcome.type), outcome)};
    QStringList transformations;
    for (const QJsonValue &step : panel.value(QLatin1String("transformations")).toArray())
        transformations.append(step.toObject().value(QLatin1String("id")).toString());
    if (!transformations.isEmpty())
        return {placeholder(
            base, GrafanaTexts::text(GrafanaTexts::Id::Transformations, transformations.join(QLatin1String(", "))),
            outcome)};
    const auto queries = queriesOf(panel, outcome);
    if (!queries)
        return {placeholder(base, queries.error(), outcome)};
    base.source = m_sources.nameOf(panel.value(QLatin1String("datasource")));
    base.unit = unitOf(panel, outcome);
    if (shape == Shape::Chart) {
        base.kind = ImportedPanel::Kind::Chart;
        base.queries = *queries;
        base.thresholds = chartThresholds(panel, outcome);
        return {base};
    }
    base.kind = ImportedPanel::Kind::Kpi;
    if (shape == Shape::Table)
        outcome.notes.append(GrafanaTexts::text(GrafanaTexts::Id::TableAsCards));
    readKpi(panel, base, outcome);
    return cards(base, *queries);
}

std::expected<QList<ImportedQuery>, LocalizedText> GrafanaPanelTranslator::queriesOf(const QJsonObject &panel,
                                                                                     PanelOutcome &outcome) const
{
    const QString kind = m_sources.kindOf(panel.value(QLatin1String("datasource")));
    if (!kind.isEmpty() && kind != QLatin1String("prometheus"))
        return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::NotPrometheus, kind));
    QList<ImportedQuery> queries;
    for (const QJsonValue &value : panel.value(QLatin1String("targets")).toArray()) {
        const QJsonObject target = value.toObject();
        const QString targetKind = m_sources.kindOf(target.value(QLatin1String("datasource")));
        if (!targetKind.isEmpty() && targetKind != QLatin1String("prometheus"))
            return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::NotPrometheus, targetKind));
        // A target left empty in Grafana's editor queries nothing: nothing to keep.
        if (target.value(QLatin1String("expr")).toString().trimmed().isEmpty()
            && target.contains(QLatin1String("expr")))
            continue;
        if (target.value(QLatin1String("hide")).toBool()) {
            outcome.notes.append(
                GrafanaTexts::text(GrafanaTexts::Id::HiddenTarget, target.value(QLatin1String("refId")).toString()));
            continue;
        }
        const auto query = m_queries.translate(target);
        if (!query)
            return std::unexpected(query.error());
        queries.append(*query);
    }
    if (queries.isEmpty())
        return std::unexpected(GrafanaTexts::text(GrafanaTexts::Id::NoQueries));
    return queries;
}

Unit GrafanaPanelTranslator::unitOf(const QJsonObject &panel, PanelOutcome &outcome)
{
    QString id = fieldDefaults(panel).value(QLatin1String("unit")).toString();
    if (id.isEmpty())
        id = panel.value(QLatin1String("yaxes")).toArray().at(0).toObject().value(QLatin1String("format")).toString();
    if (id.isEmpty())
        id = panel.value(QLatin1String("format")).toString();
    if (const auto unit = GrafanaUnits::map(id))
        return *unit;
    outcome.notes.append(GrafanaTexts::text(GrafanaTexts::Id::UnknownUnit, id));
    return Unit::None;
}

QString GrafanaPanelTranslator::reduceOf(const QJsonObject &panel, PanelOutcome &outcome)
{
    static const QList<std::pair<QString, QString>> reductions = {
        {QStringLiteral("lastNotNull"), QString()},
        {QStringLiteral("last"), QString()},
        {QStringLiteral("current"), QString()},
        {QStringLiteral("mean"), QStringLiteral("avg")},
        {QStringLiteral("avg"), QStringLiteral("avg")},
        {QStringLiteral("max"), QStringLiteral("max")},
        {QStringLiteral("min"), QStringLiteral("min")},
        {QStringLiteral("sum"), QStringLiteral("sum")},
        {QStringLiteral("total"), QStringLiteral("sum")},
        {QStringLiteral("first"), QStringLiteral("first")},
        {QStringLiteral("firstNotNull"), QStringLiteral("first")},
        {QStringLiteral("count"), QStringLiteral("count")},
    };
    const QJsonArray calcs = panel.value(QLatin1String("options"))
                                 .toObject()
                                 .value(QLatin1String("reduceOptions"))
                                 .toObject()
                                 .value(QLatin1String("calcs"))
                                 .toArray();
    const QString calc = calcs.isEmpty() ? panel.value(QLatin1String("valueName")).toString(QStringLiteral("last"))
                                         : calcs.at(0).toString();
    const auto known = std::find_if(reductions.cbegin(), reductions.cend(),
                                    [&calc](const auto &entry) { return entry.first == calc; });
    const QString reduce = known == reductions.cend() ? QString() : known->second;
    // The instant a card reads is Grafana's last value; any other calculation changes meaning.
    if (known == reductions.cend() || !reduce.isEmpty())
        outcome.notes.append(GrafanaTexts::text(GrafanaTexts::Id::ReduceOverTime, calc,
                                                reduce.isEmpty() ? QStringLiteral("max") : reduce));
    return reduce;
}

void GrafanaPanelTranslator::readKpi(const QJsonObject &panel, ImportedPanel &card, PanelOutcome &outcome)
{
    card.reduce = reduceOf(panel, outcome);
    const QJsonObject steps = fieldDefaults(panel).value(QLatin1String("thresholds")).toObject();
    const std::optional<Thresholds> bands = steps.contains(QLatin1String("steps"))
        ? GrafanaThresholds::fromSteps(steps.value(QLatin1String("steps")).toArray())
        : GrafanaThresholds::fromLegacy(panel.value(QLatin1String("thresholds")).toString(),
                                        panel.value(QLatin1String("colors")).toArray());
    if (!bands)
        outcome.notes.append(GrafanaTexts::text(GrafanaTexts::Id::NoDirection));
    card.thresholds = bands.value_or(Thresholds{});
}

Thresholds GrafanaPanelTranslator::chartThresholds(const QJsonObject &panel, PanelOutcome &outcome)
{
    // An old graph draws its own lines: [{value, op, colorMode}].
    if (const QJsonValue graph = panel.value(QLatin1String("thresholds")); graph.isArray())
        return GrafanaThresholds::fromGraph(graph.toArray(), outcome.notes);
    const QJsonObject defaults = fieldDefaults(panel);
    const QString mode = defaults.value(QLatin1String("custom"))
                             .toObject()
                             .value(QLatin1String("thresholdsStyle"))
                             .toObject()
                             .value(QLatin1String("mode"))
                             .toString(QStringLiteral("off"));
    if (mode == QLatin1String("off"))
        return {};
    const QJsonArray steps
        = defaults.value(QLatin1String("thresholds")).toObject().value(QLatin1String("steps")).toArray();
    const std::optional<Thresholds> bands = GrafanaThresholds::fromSteps(steps);
    if (!bands)
        outcome.notes.append(GrafanaTexts::text(GrafanaTexts::Id::NoDirection));
    return bands.value_or(Thresholds{});
}

QList<ImportedPanel> GrafanaPanelTranslator::cards(const ImportedPanel &base, const QList<ImportedQuery> &queries)
{
    QList<ImportedPanel> cards;
    for (const ImportedQuery &query : queries) {
        ImportedPanel card = base;
        card.queries = {query};
        // Several values of one panel: each card is told apart by its legend.
        if (queries.size() > 1)
            card.title = base.title + QStringLiteral(" · ")
                + (query.legend.isEmpty() ? QString::number(cards.size() + 1) : query.legend);
        cards.append(card);
    }
    return cards;
}

} // namespace lotse
