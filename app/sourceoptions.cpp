#include "sourceoptions.h"

#include "prometheussource.h"

#include <QFile>
#include <QSaveFile>

namespace lotse {

void SourceOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("prometheus"), tr("Prometheus-compatible server to read from."), tr("URL")},
        {QStringLiteral("timeout"), tr("Seconds a query may take (default 30)."), tr("SECONDS"), QStringLiteral("30")},
        {QStringLiteral("at"), tr("Instant to read, RFC 3339 or Unix seconds (default: now)."), tr("TIME")},
        {QStringLiteral("lang"), tr("Language of the output: en or de."), tr("LANG")},
    });
}

std::expected<void, QString> SourceOptions::build(const QCommandLineParser &parser, SourceRegistry &registry)
{
    bool ok = false;
    const double timeout = parser.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0)
        return std::unexpected(tr("--timeout needs a positive number of seconds."));
    if (parser.isSet(QStringLiteral("prometheus"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("prometheus")));
        if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
            return std::unexpected(tr("--prometheus needs an http:// or https:// URL, not \"%1\".")
                                       .arg(parser.value(QStringLiteral("prometheus"))));
        PrometheusSettings settings;
        settings.url = url;
        settings.timeoutMs = int(timeout * 1000);
        registry.add(new PrometheusSource(QStringLiteral("prometheus"), settings));
    }
    if (registry.isEmpty())
        return std::unexpected(tr("No source given. Pass --prometheus URL."));
    return {};
}

std::expected<QDateTime, QString> SourceOptions::instant(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("at")))
        return QDateTime::currentDateTimeUtc();
    const QString text = parser.value(QStringLiteral("at")).trimmed();
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::unexpected(tr("--at needs RFC 3339 (2026-01-15T12:00:00Z) or Unix seconds, not \"%1\".").arg(text));
    return at.toUTC();
}

std::expected<void, QString> SourceOptions::write(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            return std::unexpected(tr("Cannot write to standard output."));
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return std::unexpected(tr("Cannot write %1: %2").arg(target, file.errorString()));
    return {};
}

} // namespace lotse
