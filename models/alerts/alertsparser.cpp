#include "alerts/alertsparser.h"

#include "sources/prometheus/prometheusapianswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace lotse {

namespace {

Error malformed(const QString &why)
{
    return Error{Error::Kind::Malformed,
                 QCoreApplication::translate("lotse::AlertsParser", "The alerts answer is not usable: %1").arg(why)};
}

QString bounded(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() <= AlertsParser::kMaxText ? text : text.left(AlertsParser::kMaxText) + QChar(0x2026);
}

std::expected<QMap<QString, QString>, Error> stringMap(const QJsonValue &value)
{
    if (!value.isObject() && !value.isUndefined() && !value.isNull())
        return std::unexpected(malformed(QStringLiteral("labels or annotations are not an object")));
    const QJsonObject object = value.toObject();
    if (object.size() > AlertsParser::kMaxLabels)
        return std::unexpected(malformed(QStringLiteral("more than %1 labels").arg(AlertsParser::kMaxLabels)));
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().size() > AlertsParser::kMaxText)
            return std::unexpected(malformed(QStringLiteral("a label name is too long")));
        map.insert(it.key(), bounded(it.value()));
    }
    return map;
}

QDateTime instant(const QJsonValue &value)
{
    // RFC 3339 with up to nine digits of seconds: Qt reads milliseconds.
    QString text = value.toString().left(64);
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text.replace(fraction, QStringLiteral("\\1"));
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Prometheus writes the zero time for "never".
    if (!at.isValid() || at.date().year() < 1971)
        return {};
    return at.toUTC();
}

/// One alert object, as both Prometheus APIs write it.
std::expected<Alert, Error> prometheusAlert(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    auto labels = stringMap(object.value(QStringLiteral("labels")));
    auto annotations = stringMap(object.value(QStringLiteral("annotations")));
    if (!labels || !annotations)
        return std::unexpected(labels ? annotations.error() : labels.error());
    Alert alert;
    alert.labels = std::move(*labels);
    alert.annotations = std::move(*annotations);
    alert.name = alert.labels.value(QStringLiteral("alertname"));
    alert.severity = alert.labels.value(QStringLiteral("severity"));
    const QString state = object.value(QStringLiteral("state")).toString();
    if (state != QLatin1String("firing") && state != QLatin1String("pending"))
        return std::unexpected(malformed(QStringLiteral("an alert's state is \"%1\"").arg(state.left(32))));
    alert.state = state == QLatin1String("firing") ? Alert::State::Firing : Alert::State::Pending;
    alert.activeAt = instant(object.value(QStringLiteral("activeAt")));
    bool ok = false;
    const double number = object.value(QStringLiteral("value")).toString().toDouble(&ok);
    if (ok)
        alert.value = number;
    alert.runbook = RunbookLink::parse(alert.annotations.value(QStringLiteral("runbook_url")));
    return alert;
}

std::expected<QJsonValue, Error> dataOf(const QByteArray &body)
{
    auto data = PrometheusApiAnswer::data(body, AlertsParser::kMaxText);
    if (!data && data.error().kind == Error::Kind::Malformed)
        return std::unexpected(malformed(data.error().message));
    return data;
}

/// Appends the alerts of @p list to @p out, within kMaxAlerts.
std::optional<Error> appendAlerts(const QJsonValue &list, QList<Alert> &out)
{
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return malformed(QStringLiteral("the alerts are not a list"));
    for (const QJsonValue &value : list.toArray()) {
        if (out.size() >= AlertsParser::kMaxAlerts)
            return malformed(QStringLiteral("more than %1 alerts").arg(AlertsParser::kMaxAlerts));
        auto alert = prometheusAlert(value);
        if (!alert)
            return alert.error();
        out.append(std::move(*alert));
    }
    return std::nullopt;
}

} // namespace

std::expected<QList<Alert>, Error> AlertsParser::prometheusAlerts(const QByteArray &body)
{
    const auto data = dataOf(body);
    if (!data)
        return std::unexpected(data.error());
    QList<Alert> alerts;
    if (auto error = appendAlerts(data->toObject().value(QStringLiteral("alerts")), alerts))
        return std::unexpected(*error);
    return alerts;
}

std::expected<QList<Alert>, Error> AlertsParser::prometheusRules(const QByteArray &body)
{
    const auto data = dataOf(body);
    if (!data)
        return std::unexpected(data.error());
    QList<Alert> alerts;
    for (const QJsonValue &group : data->toObject().value(QStringLiteral("groups")).toArray()) {
        for (const QJsonValue &rule : group.toObject().value(QStringLiteral("rules")).toArray()) {
            const QJsonObject object = rule.toObject();
            if (object.value(QStringLiteral("type")).toString() != QLatin1String("alerting"))
                continue;
            if (auto error = appendAlerts(object.value(QStringLiteral("alerts")), alerts))
                return std::unexpected(*error);
        }
    }
    return alerts;
}

std::expected<QList<Alert>, Error> AlertsParser::alertmanagerAlerts(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::unexpected(
            malformed(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a list")));
    const QJsonArray list = document.array();
    if (list.size() > kMaxAlerts)
        return std::unexpected(malformed(QStringLiteral("more than %1 alerts").arg(kMaxAlerts)));
    QList<Alert> alerts;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        // Silenced and inhibited alerts are someone's decision already.
        const QString state
            = object.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
        if (state == QLatin1String("suppressed"))
            continue;
        QJsonObject shaped = object;
        shaped.insert(QStringLiteral("state"), QStringLiteral("firing"));
        shaped.insert(QStringLiteral("activeAt"), object.value(QStringLiteral("startsAt")));
        auto alert = prometheusAlert(shaped);
        if (!alert)
            return std::unexpected(alert.error());
        alerts.append(std::move(*alert));
    }
    return alerts;
}

} // namespace lotse
