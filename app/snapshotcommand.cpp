#include "snapshotcommand.h"

#include "dashboardloader.h"
#include "dashboardsession.h"
#include "headlesscommand.h"
#include "snapshotjson.h"
#include "sourceoptions.h"
#include "unit.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace lotse {

namespace {

QByteArray textReport(const DashboardSession &session, const QDateTime &at, const QString &language)
{
    QString out;
    QTextStream stream(&out);
    const KpiModel &kpis = *session.kpis();
    stream << session.dashboard().title.text(language) << QStringLiteral(" — ")
           << QLocale(language).toString(at.toLocalTime(), QLocale::LongFormat) << '\n';
    for (int row = 0; row < kpis.rowCount(); ++row) {
        const QModelIndex index = kpis.index(row);
        stream << "  " << kpis.data(index, KpiModel::TitleRole).toString().leftJustified(34) << ' '
               << kpis.data(index, KpiModel::TextRole).toString().leftJustified(14) << ' '
               << kpis.data(index, KpiModel::StateRole).toString();
        const QString error = kpis.data(index, KpiModel::ErrorRole).toString();
        if (!error.isEmpty())
            stream << " — " << error;
        stream << '\n';
    }
    stream.flush();
    return out.toUtf8();
}

} // namespace

int SnapshotCommand::run(const QStringList &arguments)
{
    HeadlessCommand command(tr("Reads a dashboard's KPIs at one instant."),
                            {{QStringLiteral("dashboard"), tr("Built-in dashboard id or a dashboard file."), tr("ID|FILE")},
                             {QStringLiteral("range"), tr("Time range the charts cover (default: the dashboard's)."),
                              tr("SPAN")},
                             {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")}});
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QString language = command.language();
    const QString path = command.definitionPath(QStringLiteral("dashboards"), QStringLiteral("dashboard"));
    if (path.isEmpty())
        return 2;
    auto dashboard = DashboardLoader::loadFile(path);
    if (!dashboard) {
        command.report(dashboard.error());
        return 2;
    }
    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = TimeRange::parse(QStringLiteral("now-") + parser.value(QStringLiteral("range")));
        if (!range) {
            command.err() << tr("--range needs a span such as 1h or 30m.") << Qt::endl;
            return 2;
        }
        dashboard->range = *range;
    }
    SourceRegistry sources;
    const auto at = command.prepare(sources);
    if (!at)
        return 2;

    DashboardSession session(*dashboard, &sources);
    session.pinTime(*at);
    session.kpis()->setLanguage(language);
    QEventLoop loop;
    QObject::connect(&session, &DashboardSession::refreshFinished, &loop, &QEventLoop::quit);
    session.refreshKpis();
    if (session.isBusy())
        loop.exec();

    const bool ok = SnapshotJson::allRead(*session.kpis());
    QByteArray output;
    QString target = QStringLiteral("-");
    if (parser.isSet(QStringLiteral("json"))) {
        output = QJsonDocument(SnapshotJson::build(dashboard->id, *session.kpis(), *at, language)).toJson();
        target = parser.value(QStringLiteral("json"));
    } else {
        output = textReport(session, *at, language);
    }
    if (const auto written = SourceOptions::write(target, output); !written) {
        command.err() << written.error() << Qt::endl;
        return 2;
    }
    if (!ok)
        command.err() << tr("Some KPIs could not be read; see their errors.") << Qt::endl;
    return ok ? 0 : 2;
}

} // namespace lotse
