#include "definitions/linkedchecks.h"

#include "definitions/definitioncatalog.h"
#include "definitions/runbookloader.h"

#include <QHash>

namespace lotse {

namespace {

QString simplified(const QString &query)
{
    return QString(query).remove(QLatin1Char(' '));
}

QString bandsText(const Thresholds &thresholds)
{
    QStringList bands;
    if (thresholds.warning)
        bands.append(LinkedChecks::tr("warning %1")
                         .arg(thresholds.bandText(State::Warning, QString::number(*thresholds.warning))));
    if (thresholds.critical)
        bands.append(LinkedChecks::tr("critical %1")
                         .arg(thresholds.bandText(State::Critical, QString::number(*thresholds.critical))));
    return bands.isEmpty() ? LinkedChecks::tr("no bands") : bands.join(QStringLiteral(", "));
}

} // namespace

LinkedChecks::RunbookLookup LinkedChecks::builtIn()
{
    // A dashboard links few runbooks, often the same one for every card.
    auto cache = std::make_shared<QHash<QString, std::optional<Runbook>>>();
    return [cache](const QString &id) -> std::optional<Runbook> {
        if (const auto it = cache->constFind(id); it != cache->cend())
            return *it;
        const QString path = DefinitionCatalog(QStringLiteral("runbooks")).resolve(id);
        auto loaded = path.isEmpty() ? std::expected<Runbook, Diagnostics>(std::unexpected(Diagnostics{}))
                                     : RunbookLoader::loadFile(path);
        const std::optional<Runbook> runbook = loaded ? std::optional<Runbook>(*loaded) : std::nullopt;
        cache->insert(id, runbook);
        return runbook;
    };
}

const CheckSpec *LinkedChecks::linked(const KpiSpec &kpi, const Runbook &runbook)
{
    if (!kpi.check.isEmpty())
        return runbook.check(kpi.check);
    for (const CheckSpec &check : runbook.checks) {
        if (simplified(check.query) == simplified(kpi.query))
            return &check;
    }
    return nullptr;
}

void LinkedChecks::adopt(Dashboard &dashboard, const RunbookLookup &runbooks)
{
    for (KpiSpec &kpi : dashboard.kpis) {
        if (kpi.runbook.isEmpty() || !kpi.thresholds.isEmpty())
            continue;
        const auto runbook = runbooks(kpi.runbook);
        if (const CheckSpec *check = runbook ? linked(kpi, *runbook) : nullptr)
            kpi.thresholds = check->thresholds;
    }
}

Diagnostics LinkedChecks::compare(const Dashboard &dashboard, const RunbookLookup &runbooks)
{
    Diagnostics problems;
    for (const KpiSpec &kpi : dashboard.kpis) {
        if (kpi.runbook.isEmpty())
            continue;
        const auto runbook = runbooks(kpi.runbook);
        if (!runbook)
            continue;
        const CheckSpec *check = linked(kpi, *runbook);
        const auto warn = [&](const QString &message) {
            problems.append({dashboard.origin, kpi.line, kpi.column, tr("warning: %1").arg(message)});
        };
        if (!check && !kpi.check.isEmpty())
            warn(tr("card \"%1\" links to check \"%2\", which runbook \"%3\" does not have")
                     .arg(kpi.id, kpi.check, kpi.runbook));
        else if (check && check->thresholds != kpi.thresholds)
            warn(tr("card \"%1\" judges by %2, its check \"%3\" in runbook \"%4\" by %5: one metric, one judgement")
                     .arg(kpi.id, bandsText(kpi.thresholds), check->id, kpi.runbook, bandsText(check->thresholds)));
    }
    return problems;
}

} // namespace lotse
