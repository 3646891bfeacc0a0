#include "dashboard/linemerger.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// Labels as one text, to find a series by them.
QString keyOf(const Labels &labels)
{
    QString key;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        key += it.key() + QLatin1Char('\x1f') + it.value() + QLatin1Char('\x1e');
    return key;
}

} // namespace

double LineMerger::resumeFrom(const std::vector<std::shared_ptr<const Series>> &held, double step)
{
    double last = std::nan("");
    for (const std::shared_ptr<const Series> &series : held) {
        if (series && !series->isEmpty())
            last = std::isnan(last) ? series->times.back() : std::max(last, series->times.back());
    }
    return last - step;
}

Series LineMerger::merged(const Series &held, const Series &fresh, double from)
{
    const double freshStart = fresh.isEmpty() ? INFINITY : fresh.times.front();
    const auto first = std::lower_bound(held.times.begin(), held.times.end(), from);
    const auto last = std::lower_bound(first, held.times.end(), freshStart);
    const auto begin = first - held.times.begin();
    const auto end = last - held.times.begin();
    Series out;
    out.labels = fresh.isEmpty() ? held.labels : fresh.labels;
    out.times.reserve(size_t(end - begin) + fresh.times.size());
    out.values.reserve(out.times.capacity());
    out.times.insert(out.times.end(), first, last);
    out.values.insert(out.values.end(), held.values.begin() + begin, held.values.begin() + end);
    const auto keep = std::lower_bound(fresh.times.begin(), fresh.times.end(), from) - fresh.times.begin();
    out.times.insert(out.times.end(), fresh.times.begin() + keep, fresh.times.end());
    out.values.insert(out.values.end(), fresh.values.begin() + keep, fresh.values.end());
    return out;
}

std::vector<Series> LineMerger::mergedAll(const std::vector<std::shared_ptr<const Series>> &held,
                                          std::vector<Series> fresh, double from)
{
    QHash<QString, qsizetype> freshAt;
    for (size_t i = 0; i < fresh.size(); ++i)
        freshAt.insert(keyOf(fresh[i].labels), qsizetype(i));
    std::vector<bool> taken(fresh.size(), false);
    std::vector<Series> out;
    out.reserve(held.size() + fresh.size());
    const Series none;
    for (const std::shared_ptr<const Series> &series : held) {
        const qsizetype at = freshAt.value(keyOf(series->labels), -1);
        if (at >= 0)
            taken[size_t(at)] = true;
        Series line = merged(*series, at >= 0 ? fresh[size_t(at)] : none, from);
        if (!line.isEmpty())
            out.push_back(std::move(line));
    }
    for (size_t i = 0; i < fresh.size(); ++i) {
        if (!taken[i])
            out.push_back(merged(none, fresh[i], from));
    }
    return out;
}

} // namespace lotse
