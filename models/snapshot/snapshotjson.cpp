#include "snapshot/snapshotjson.h"

#include "core/unit.h"

#include <QJsonArray>

#include <cmath>

namespace lotse {

QJsonObject SnapshotJson::build(const QString &dashboardId, const KpiModel &kpis, const QDateTime &at,
                                const QString &language)
{
    const UnitFormatter formatter{QLocale(language)};
    QJsonArray list;
    for (int row = 0; row < kpis.rowCount(); ++row) {
        const KpiSpec &spec = kpis.spec(row);
        const KpiValue &value = kpis.value(row);
        QJsonObject kpi{
            {QStringLiteral("id"), spec.id},
            {QStringLiteral("title"), spec.title.text(language)},
            // JSON has no NaN or infinity: those are null, and the state says why.
            {QStringLiteral("value"), std::isfinite(value.value) ? QJsonValue(value.value) : QJsonValue()},
            {QStringLiteral("text"), formatter.format(value.value, spec.unit)},
            {QStringLiteral("unit"), unitName(spec.unit)},
            {QStringLiteral("state"), stateId(value.state)},
        };
        if (value.state == State::NotApplicable)
            kpi.insert(QStringLiteral("reason"), value.reason.text(language));
        if (value.error) {
            kpi.insert(QStringLiteral("error"), value.error->message);
            kpi.insert(QStringLiteral("error_kind"), value.error->kindId());
        }
        if (!value.warnings.isEmpty())
            kpi.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(value.warnings));
        list.append(kpi);
    }
    return QJsonObject{
        {QStringLiteral("dashboard"), dashboardId},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ok"), allRead(kpis)},
        {QStringLiteral("kpis"), list},
    };
}

bool SnapshotJson::allRead(const KpiModel &kpis)
{
    for (int row = 0; row < kpis.rowCount(); ++row) {
        if (kpis.value(row).error)
            return false;
    }
    return true;
}

} // namespace lotse
