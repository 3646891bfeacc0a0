#include "alerts/alertsreport.h"

#include "core/localization.h"
#include "core/unit.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

QJsonObject stringObject(const QMap<QString, QString> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject alertJson(const Alert &alert)
{
    return QJsonObject{
        {QStringLiteral("name"), alert.name},
        {QStringLiteral("state"), alert.stateId()},
        {QStringLiteral("severity"), alert.severity},
        {QStringLiteral("source"), alert.source},
        {QStringLiteral("activeAt"),
         alert.activeAt.isValid() ? QJsonValue(alert.activeAt.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("value"), std::isfinite(alert.value) ? QJsonValue(alert.value) : QJsonValue()},
        {QStringLiteral("summary"), alert.annotations.value(QStringLiteral("summary"))},
        {QStringLiteral("description"), alert.annotations.value(QStringLiteral("description"))},
        {QStringLiteral("labels"), stringObject(alert.labels)},
        {QStringLiteral("annotations"), stringObject(alert.annotations)},
        {QStringLiteral("runbook"),
         QJsonObject{{QStringLiteral("kind"), alert.runbook.kindId()},
                     {QStringLiteral("runbook"), alert.runbook.runbook},
                     {QStringLiteral("node"), alert.runbook.node},
                     {QStringLiteral("url"), alert.runbook.toString()}}},
    };
}

} // namespace

QJsonObject AlertsReport::json(const QList<Alert> &alerts, const QStringList &problems)
{
    QJsonArray list;
    for (const Alert &alert : alerts)
        list.append(alertJson(alert));
    return QJsonObject{{QStringLiteral("alerts"), list},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

QString AlertsReport::stateText(Alert::State state)
{
    return state == Alert::State::Firing ? tr("firing") : tr("pending");
}

QString AlertsReport::severityText(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("critical");
    if (severity == QLatin1String("warning"))
        return tr("warning");
    if (severity == QLatin1String("info"))
        return tr("info");
    return severity;
}

QString AlertsReport::text(const QList<Alert> &alerts, const QStringList &problems, const QString &language,
                           const QDateTime &now)
{
    const QLocale locale = Localization::localeOf(language);
    QString out;
    QTextStream stream(&out);
    if (alerts.isEmpty())
        stream << tr("No alerts are firing or pending.") << '\n';
    for (const Alert &alert : alerts) {
        const QString since = alert.activeAt.isValid()
            ? tr("since %1 (%n min)", nullptr, int(alert.activeAt.secsTo(now) / 60))
                  .arg(locale.toString(alert.activeAt.toLocalTime(), QLocale::ShortFormat))
            : QString();
        stream << '[' << stateText(alert.state) << "] " << alert.name;
        if (!alert.severity.isEmpty())
            stream << " (" << severityText(alert.severity) << ')';
        stream << "  " << since;
        if (std::isfinite(alert.value))
            stream << "  " << tr("value %1").arg(valueText(alert, locale));
        stream << '\n';
        for (const QString &line : {alert.text(QStringLiteral("summary"), language),
                                    alert.text(QStringLiteral("description"), language), alert.labelsText()}) {
            if (!line.isEmpty())
                stream << "    " << line << '\n';
        }
        if (alert.runbook.kind != RunbookLink::Kind::None)
            stream << "    " << tr("Runbook: %1").arg(alert.runbook.toString()) << '\n';
    }
    for (const QString &problem : problems)
        stream << tr("Could not read alerts from %1").arg(problem) << '\n';
    return out;
}

QString AlertsReport::valueText(const Alert &alert, const QLocale &locale)
{
    if (!std::isfinite(alert.value))
        return {};
    // Prometheus sends a bare number; only the rule knows what it measures.
    const std::optional<Unit> unit = unitFromName(alert.annotations.value(QStringLiteral("unit")));
    return unit && *unit != Unit::None ? UnitFormatter(locale).format(alert.value, *unit)
                                       : locale.toString(alert.value, 'g', 4);
}

int AlertsReport::exitCode(const QList<Alert> &alerts, const QStringList &problems)
{
    if (!problems.isEmpty())
        return 2;
    const bool firing = std::any_of(alerts.cbegin(), alerts.cend(),
                                    [](const Alert &alert) { return alert.state == Alert::State::Firing; });
    return firing ? 1 : 0;
}

} // namespace lotse
