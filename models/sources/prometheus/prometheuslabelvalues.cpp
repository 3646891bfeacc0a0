#include "sources/prometheus/prometheuslabelvalues.h"

#include "sources/prometheus/prometheusapianswer.h"
#include "sources/prometheus/prometheussource.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lotse {

namespace {

Error unusable(const QString &why)
{
    return Error{Error::Kind::Malformed,
                 PrometheusLabelValues::tr("The label values answer is not usable: %1").arg(why)};
}

} // namespace

std::expected<QString, Error> PrometheusLabelValues::path(const QString &label, const QString &selector, double from,
                                                          double to)
{
    // The name becomes a part of the path: only what Prometheus allows as a label name.
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!name.match(label).hasMatch())
        return std::unexpected(Error{Error::Kind::Refused, tr("\"%1\" is not a label name.").arg(label)});
    QStringList items;
    if (!selector.isEmpty())
        items.append(QStringLiteral("match%5B%5D=") + QString::fromLatin1(QUrl::toPercentEncoding(selector)));
    items.append(QStringLiteral("start=") + PrometheusSource::apiTime(from));
    items.append(QStringLiteral("end=") + PrometheusSource::apiTime(to));
    return QStringLiteral("api/v1/label/%1/values?%2").arg(label, items.join(QLatin1Char('&')));
}

std::expected<QStringList, Error> PrometheusLabelValues::parse(const QByteArray &body)
{
    const auto data = PrometheusApiAnswer::data(body, kMaxValueLength);
    if (!data && data.error().kind == Error::Kind::Malformed)
        return std::unexpected(unusable(data.error().message));
    if (!data)
        return std::unexpected(data.error());
    if (!data->isArray())
        return std::unexpected(unusable(tr("the values are not a list")));
    const QJsonArray values = data->toArray();
    if (values.size() > kMaxValues)
        return std::unexpected(
            unusable(tr("%1 values, more than %2 a list can offer").arg(values.size()).arg(kMaxValues)));
    QStringList out;
    for (const QJsonValue &value : values) {
        if (!value.isString() || value.toString().size() > kMaxValueLength)
            return std::unexpected(unusable(tr("a value is not a short text")));
        out.append(value.toString());
    }
    out.sort();
    return out;
}

} // namespace lotse
