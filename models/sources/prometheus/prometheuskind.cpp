#include "sources/prometheus/prometheuskind.h"

#include "sources/prometheus/prometheussource.h"
#include "core/addressredaction.h"

namespace lotse {

PrometheusKind::PrometheusKind()
    : SourceKind(
        {.id = QStringLiteral("prometheus"),
         .codeName = QStringLiteral("Prometheus"),
         .productName = QStringLiteral("Prometheus"),
         .displayName = QT_TRANSLATE_NOOP("lotse::SourceKind", "Prometheus-compatible"),
         .defaultTimeoutMs = PrometheusSettings().timeoutMs,
         .hasTimeRanges = true,
         .commandLine = {QT_TRANSLATE_NOOP("lotse::SourceOptions", "Prometheus-compatible server to read from."),
                         QT_TRANSLATE_NOOP("lotse::SourceOptions", "URL")},
         .formFields = {{ConnectionField::Id::Address, QStringLiteral("http://127.0.0.1:9090")},
                        {ConnectionField::Id::Auth},
                        {ConnectionField::Id::User},
                        {ConnectionField::Id::Secret},
                        {ConnectionField::Id::Headers},
                        {ConnectionField::Id::Timeout},
                        {ConnectionField::Id::Tls}}})
{
}

std::expected<std::unique_ptr<Source>, Error> PrometheusKind::build(const Connection &connection,
                                                                    const QString &secret) const
{
    const QUrl url = QUrl::fromUserInput(connection.address);
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("%1: the address needs to be an http:// or https:// URL, not \"%2\".")
                                         .arg(connection.name, AddressRedaction::redact(connection.address))});
    PrometheusSettings settings;
    settings.url = url;
    settings.timeoutMs = timeoutOr(connection, settings.timeoutMs);
    settings.auth = connection.auth;
    settings.user = connection.user;
    settings.secret = secret;
    settings.tls = connection.tls;
    if (connection.maxBodyMb > 0)
        settings.maxBodyBytes = qint64(connection.maxBodyMb) << 20;
    settings.compress = connection.compress;
    for (const auto &[name, value] : connection.headers)
        settings.headers.append({name.toUtf8(), value.toUtf8()});
    return std::make_unique<PrometheusSource>(connection.name, settings);
}

} // namespace lotse
