#include "dashboard/reduce.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace lotse {

std::expected<double, Error> KpiReducer::reduce(const QueryResult &result, Reduce reduce)
{
    if (result.type == QueryResult::Type::String)
        return std::unexpected(Error{Error::Kind::Malformed, tr("The query returned text, not a number.")});
    std::vector<double> values;
    for (const Series &series : result.series) {
        if (!series.values.empty())
            values.push_back(series.values.back());
    }
    // Counting rows or series: none is a valid answer, zero.
    if (reduce == Reduce::Count)
        return double(values.size());
    if (values.empty())
        return std::unexpected(Error{Error::Kind::NoData,
                                     tr("The query returned no data at this time. Check the metric names and labels, "
                                        "and that the source has samples for the range.")});
    switch (reduce) {
    case Reduce::First:
    case Reduce::Count: return values.front();
    case Reduce::Max:
        return *std::max_element(values.begin(), values.end(),
                                 [](double a, double b) { return !std::isnan(b) && (std::isnan(a) || a < b); });
    case Reduce::Min:
        return *std::min_element(values.begin(), values.end(),
                                 [](double a, double b) { return !std::isnan(a) && (std::isnan(b) || a < b); });
    case Reduce::Sum:
    case Reduce::Avg: {
        double sum = 0;
        for (double value : values)
            sum += value;
        return reduce == Reduce::Sum ? sum : sum / double(values.size());
    }
    }
    return values.front();
}

QString LegendTemplate::render(const QString &pattern, const Labels &labels)
{
    if (pattern.isEmpty()) {
        QStringList parts;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.key() != QLatin1String("__name__"))
                parts.append(QStringLiteral("%1=\"%2\"").arg(it.key(), it.value()));
        }
        const QString name = labels.value(QStringLiteral("__name__"));
        if (parts.isEmpty())
            return name.isEmpty() ? QStringLiteral("{}") : name;
        return name + QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    QString text;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        text += pattern.mid(last, match.capturedStart() - last);
        text += labels.value(match.captured(1));
        last = match.capturedEnd();
    }
    text += pattern.mid(last);
    return text;
}

} // namespace lotse
