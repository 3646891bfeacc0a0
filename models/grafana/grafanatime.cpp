#include "grafana/grafanatime.h"

#include "core/timerange.h"
#include "grafana/grafanatexts.h"

namespace lotse {

QString GrafanaTime::range(const QJsonObject &dashboard, QList<LocalizedText> &notes)
{
    static const QString fallback = QStringLiteral("now-1h");
    const QJsonObject time = dashboard.value(QLatin1String("time")).toObject();
    if (time.isEmpty())
        return fallback;
    const QString from = time.value(QLatin1String("from")).toString();
    const QString to = time.value(QLatin1String("to")).toString(QStringLiteral("now"));
    if (to == QLatin1String("now") && TimeRange::parse(from))
        return from;
    notes.append(GrafanaTexts::text(GrafanaTexts::Id::RangeFallback, from + QStringLiteral(" – ") + to, fallback));
    return fallback;
}

qint64 GrafanaTime::rangeSeconds(const QString &range)
{
    return TimeRange::parseDuration(range.mid(4)).value_or(3600);
}

QString GrafanaTime::refresh(const QJsonObject &dashboard)
{
    const QString refresh = dashboard.value(QLatin1String("refresh")).toString();
    const auto seconds = TimeRange::parseDuration(refresh);
    return seconds && *seconds > 0 ? refresh : QStringLiteral("off");
}

} // namespace lotse
