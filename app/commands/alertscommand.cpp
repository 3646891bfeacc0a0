#include "commands/alertscommand.h"

#include "alerts/alertsreader.h"
#include "alerts/alertsreport.h"
#include "commands/headlesscommand.h"
#include "commands/sourceoptions.h"
#include "sources/prometheus/prometheussource.h"
#include "sources/sourceregistry.h"

#include <QEventLoop>
#include <QJsonDocument>

#include <memory>

namespace lotse {

int AlertsCommand::run(const QStringList &arguments)
{
    HeadlessCommand command(
        tr("Lists the firing and pending alerts of Prometheus-compatible sources with their runbooks."),
        {{QStringLiteral("alertmanager"), tr("Also list the alerts of the Alertmanager at URL."), tr("URL")},
         {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")}});
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    SourceRegistry sources;
    if (!command.prepare(sources))
        return 2;
    QList<PrometheusSource *> prometheus;
    for (Source *source : sources.sources()) {
        if (auto *candidate = qobject_cast<PrometheusSource *>(source))
            prometheus.append(candidate);
    }
    std::unique_ptr<PrometheusSource> alertmanager;
    if (parser.isSet(QStringLiteral("alertmanager"))) {
        PrometheusSettings settings;
        settings.url = QUrl::fromUserInput(parser.value(QStringLiteral("alertmanager")));
        alertmanager = std::make_unique<PrometheusSource>(QStringLiteral("alertmanager"), settings);
    }
    if (prometheus.isEmpty() && !alertmanager) {
        command.err() << tr("Name a Prometheus-compatible source (--prometheus URL) or --alertmanager URL.")
                      << Qt::endl;
        return 2;
    }

    AlertsReader reader;
    QList<Alert> alerts;
    QStringList problems;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&reader, &AlertsReader::finished, &loop, [&](const QList<Alert> &read, const QStringList &failed) {
        alerts = read;
        problems = failed;
        done = true;
        loop.quit();
    });
    reader.read(prometheus, alertmanager.get());
    if (!done)
        loop.exec();

    const bool json = parser.isSet(QStringLiteral("json"));
    const QByteArray output = json
        ? QJsonDocument(AlertsReport::json(alerts, problems)).toJson()
        : AlertsReport::text(alerts, problems, command.language(), QDateTime::currentDateTimeUtc()).toUtf8();
    const auto written
        = SourceOptions::write(json ? parser.value(QStringLiteral("json")) : QStringLiteral("-"), output);
    if (!written) {
        command.err() << written.error() << Qt::endl;
        return 2;
    }
    for (const QString &problem : problems)
        command.err() << problem << Qt::endl;
    return AlertsReport::exitCode(alerts, problems);
}

} // namespace lotse
