#include "snapshotcommand.h"

#include "dashboardloader.h"
#include "dashboardsession.h"
#include "definitioncatalog.h"
#include "localization.h"
#include "snapshotjson.h"
#include "sourceoptions.h"
#include "unit.h"

#include <QCommandLineParser>
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
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Reads a dashboard's KPIs at one instant."));
    parser.addHelpOption();
    SourceOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("dashboard"), tr("Built-in dashboard id or a dashboard file."), tr("ID|FILE")},
        {QStringLiteral("range"), tr("Time range the charts cover (default: the dashboard's)."), tr("SPAN")},
        {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")},
    });
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                   : Localization::systemLanguage();
    const QString path = DefinitionCatalog(QStringLiteral("dashboards")).resolve(parser.value(QStringLiteral("dashboard")));
    if (path.isEmpty()) {
        err << tr("No dashboard \"%1\". Give a built-in id (%2) or a file.")
                   .arg(parser.value(QStringLiteral("dashboard")),
                        DefinitionCatalog(QStringLiteral("dashboards")).ids().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    auto dashboard = DashboardLoader::loadFile(path);
    if (!dashboard) {
        for (const Diagnostic &problem : dashboard.error())
            err << problem.toString() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = TimeRange::parse(QStringLiteral("now-") + parser.value(QStringLiteral("range")));
        if (!range) {
            err << tr("--range needs a span such as 1h or 30m.") << '\n';
            return 2;
        }
        dashboard->range = *range;
    }
    SourceRegistry sources;
    const auto built = SourceOptions::build(parser, sources);
    const auto at = SourceOptions::instant(parser);
    if (!built || !at) {
        err << (built ? at.error() : built.error()) << '\n';
        return 2;
    }

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
        err << written.error() << '\n';
        return 2;
    }
    if (!ok)
        err << tr("Some KPIs could not be read; see their errors.") << '\n';
    return ok ? 0 : 2;
}

} // namespace lotse
