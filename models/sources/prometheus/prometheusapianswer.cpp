#include "sources/prometheus/prometheusapianswer.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lotse {

std::expected<QJsonValue, Error> PrometheusApiAnswer::data(const QByteArray &body, qsizetype maxErrorLength)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::unexpected(Error{Error::Kind::Malformed, error.errorString()});
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("success")) {
        const QString words = root.value(QStringLiteral("error")).toString();
        return std::unexpected(
            Error{Error::Kind::QueryFailed,
                  words.size() <= maxErrorLength ? words : words.left(maxErrorLength) + QChar(0x2026)});
    }
    return root.value(QStringLiteral("data"));
}

} // namespace lotse
