#include "dashboard/compareperiod.h"

#include <QHash>

namespace lotse {

const QList<qint64> &ComparePeriod::choices()
{
    static const QList<qint64> periods{0, Day, Week};
    return periods;
}

std::optional<qint64> ComparePeriod::parse(const QString &text)
{
    if (text == QLatin1String("off"))
        return 0;
    const std::optional<qint64> seconds = TimeRange::parseDuration(text);
    if (seconds && (*seconds == Day || *seconds == Week))
        return seconds;
    return std::nullopt;
}

QString ComparePeriod::text(qint64 seconds)
{
    if (seconds == Day)
        return tr("1 day");
    if (seconds == Week)
        return tr("1 week");
    return tr("Off");
}

QString ComparePeriod::lineName(const QString &name, qint64 seconds)
{
    return seconds == Week ? tr("%1 (1 week ago)").arg(name) : tr("%1 (1 day ago)").arg(name);
}

TimeWindow ComparePeriod::shifted(const TimeWindow &window, qint64 seconds)
{
    return {window.from - double(seconds), window.to - double(seconds)};
}

void ComparePeriod::restamp(Series &series, qint64 seconds)
{
    for (double &time : series.times)
        time += double(seconds);
}

void ComparePeriod::link(QList<ChartLine> &lines)
{
    QHash<QString, int> current;
    for (int index = 0; index < lines.size(); ++index) {
        if (lines.at(index).shift == 0 && !current.contains(lines.at(index).name))
            current.insert(lines.at(index).name, index);
    }
    for (ChartLine &line : lines) {
        if (line.shift == 0)
            continue;
        line.base = current.value(line.name, -1);
        line.name = lineName(line.name, line.shift);
    }
}

} // namespace lotse
