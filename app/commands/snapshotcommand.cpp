#include "commands/snapshotcommand.h"

#include "core/atomicfile.h"
#include "definitions/dashboardloader.h"
#include "documents/dashboardpdf.h"
#include "dashboard/dashboardsession.h"
#include "commands/headlesscommand.h"
#include "snapshot/recordingsource.h"
#include "layout/reportoptions.h"
#include "layout/reporttext.h"
#include "snapshot/snapshot.h"
#include "snapshot/snapshotfile.h"
#include "snapshot/snapshotjson.h"
#include "commands/sourceoptions.h"
#include "sources/sourceversions.h"
#include "core/unit.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

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
               << ReportText(language).stateName(kpis.value(row).state); // JSON keeps the ids
        const QString error = kpis.data(index, KpiModel::ErrorRole).toString();
        if (!error.isEmpty())
            stream << " — " << error;
        stream << '\n';
    }
    stream.flush();
    return out.toUtf8();
}

/// Runs @p start and waits for @p done unless @p busy says it is over already.
template<typename Object, typename Signal>
void await(Object *object, Signal done, const std::function<void()> &start, const std::function<bool()> &busy)
{
    QEventLoop loop;
    QObject::connect(object, done, &loop, &QEventLoop::quit);
    start();
    if (busy())
        loop.exec();
}

} // namespace

/// What the command reads: a dashboard with live sources, or a saved snapshot
/// whose sources answer from the file.
struct SnapshotCommand::Input
{
    Dashboard dashboard;
    QDateTime at;
    std::optional<Snapshot> snapshot;
    SourceRegistry live;
};

/// The options beyond the shared ones, checked before anything is read.
struct SnapshotCommand::Outputs
{
    QString json;
    QString pdf;
    QString save;
    ReportOptions report;
};

std::optional<SnapshotCommand::Outputs> SnapshotCommand::outputs(const QCommandLineParser &parser, QTextStream &err)
{
    Outputs outputs;
    outputs.json = parser.value(QStringLiteral("json"));
    outputs.pdf = parser.value(QStringLiteral("pdf"));
    outputs.save = parser.value(QStringLiteral("save"));
    const auto page = ReportOptions::pageSizeFrom(parser.value(QStringLiteral("page")));
    const auto orientation = ReportOptions::orientationFrom(parser.value(QStringLiteral("orientation")));
    if (!page || !orientation) {
        err << (page ? tr("--orientation is portrait or landscape.") : tr("--page is a4 or letter.")) << Qt::endl;
        return std::nullopt;
    }
    outputs.report.pageSize = *page;
    outputs.report.orientation = *orientation;
    if (!outputs.save.isEmpty() && !SnapshotFile::isSnapshotPath(outputs.save)) {
        err << tr("--save writes a snapshot: give it a name ending in .lotse.") << Qt::endl;
        return std::nullopt;
    }
    return outputs;
}

int SnapshotCommand::run(const QStringList &arguments)
{
    HeadlessCommand command(
        tr("Reads a dashboard's KPIs at one instant; exports them as PDF or saves them as a snapshot."),
        {{QStringLiteral("dashboard"), tr("Built-in dashboard id, a dashboard file, or a snapshot (.lotse)."),
          tr("ID|FILE")},
         {QStringLiteral("range"), tr("Time range the charts cover (default: the dashboard's)."), tr("SPAN")},
         {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")},
         {QStringLiteral("pdf"), tr("Write the dashboard, its KPIs and charts, as a PDF report to FILE."), tr("FILE")},
         {QStringLiteral("page"), tr("Paper of the PDF: a4 or letter (default a4)."), tr("SIZE"), QStringLiteral("a4")},
         {QStringLiteral("orientation"), tr("Orientation of the PDF: portrait or landscape (default portrait)."),
          tr("ORIENTATION"), QStringLiteral("portrait")},
         {QStringLiteral("save"), tr("Save what was read as a snapshot (FILE.lotse) to open with no server."),
          tr("FILE")},
         HeadlessCommand::variableOption()});
    if (const auto stop = command.parse(arguments))
        return *stop;
    auto wanted = outputs(command.parser(), command.err());
    if (!wanted)
        return 2;
    wanted->report.language = command.language();
    Input input;
    if (!load(command, input))
        return 2;

    // Every answer is recorded when a snapshot is to be saved; the session reads through the recorders.
    SourceRegistry recorded;
    SourceRegistry &base = input.snapshot ? *input.snapshot->sources() : input.live;
    const bool saving = !wanted->save.isEmpty();
    if (saving)
        RecordingSource::wrapAll(base, recorded);
    DashboardSession session(input.dashboard, saving ? &recorded : &base);
    session.pinTime(input.at);
    session.kpis()->setLanguage(wanted->report.language);
    const bool charts = !wanted->pdf.isEmpty() || saving;
    await(
        &session, &DashboardSession::refreshFinished,
        [&session, charts] { charts ? session.refresh() : session.refreshKpis(); },
        [&session] { return session.isBusy(); });
    return finish(command, session, input, *wanted, saving ? recorded : base);
}

bool SnapshotCommand::load(HeadlessCommand &command, Input &input)
{
    const QCommandLineParser &parser = command.parser();
    const QString given = parser.value(QStringLiteral("dashboard"));
    if (SnapshotFile::isSnapshotPath(given)) {
        auto snapshot = Snapshot::open(given);
        if (!snapshot) {
            command.err() << snapshot.error().message << Qt::endl;
            return false;
        }
        // A snapshot is pinned to the moment it was saved and needs no server.
        if (parser.isSet(QStringLiteral("at")) || parser.isSet(QStringLiteral("range")))
            command.err() << tr("A snapshot shows the time it was saved with; --at and --range are ignored.")
                          << Qt::endl;
        input.dashboard = snapshot->dashboard();
        input.at = snapshot->at();
        input.snapshot = std::move(*snapshot);
        return true;
    }
    const QString path = command.definitionPath(QStringLiteral("dashboards"), QStringLiteral("dashboard"));
    if (path.isEmpty())
        return false;
    auto dashboard = DashboardLoader::loadFile(path);
    if (!dashboard) {
        command.report(dashboard.error());
        return false;
    }
    if (parser.isSet(QStringLiteral("range"))) {
        const auto range = TimeRange::parse(QStringLiteral("now-") + parser.value(QStringLiteral("range")));
        if (!range) {
            command.err() << tr("--range needs a span such as 1h or 30m.") << Qt::endl;
            return false;
        }
        dashboard->range = *range;
    }
    if (!command.bindVariables(*dashboard))
        return false;
    input.dashboard = std::move(*dashboard);
    const auto at = command.prepare(input.live);
    if (!at)
        return false;
    input.at = *at;
    return true;
}

int SnapshotCommand::finish(HeadlessCommand &command, const DashboardSession &session, const Input &input,
                            const Outputs &wanted, const SourceRegistry &sources)
{
    const QString language = wanted.report.language;
    const bool ok = SnapshotJson::allRead(*session.kpis());
    const bool json = !wanted.json.isEmpty();
    const QByteArray output = json
        ? QJsonDocument(SnapshotJson::build(input.dashboard.id, *session.kpis(), input.at, language)).toJson()
        : textReport(session, input.at, language);
    if (const auto written = SourceOptions::write(json ? wanted.json : QStringLiteral("-"), output); !written) {
        command.err() << written.error() << Qt::endl;
        return 2;
    }
    bool stored = true;
    if (!wanted.pdf.isEmpty() || !wanted.save.isEmpty()) {
        SourceVersions versions;
        await(
            &versions, &SourceVersions::finished, [&versions, &sources] { versions.probe(sources); },
            [&versions] { return !versions.isFinished(); });
        stored = store(command, session, input, wanted, sources, versions.sources());
    }
    if (!ok)
        command.err() << tr("Some KPIs could not be read; see their errors.") << Qt::endl;
    return ok && stored ? 0 : 2;
}

bool SnapshotCommand::store(HeadlessCommand &command, const DashboardSession &session, const Input &input,
                            const Outputs &wanted, const SourceRegistry &sources, const QList<SourceInfo> &versions)
{
    std::expected<void, Error> result;
    if (!wanted.pdf.isEmpty()) {
        ReportOptions report = wanted.report;
        if (input.snapshot)
            report.snapshotSavedAt = input.snapshot->savedAt();
        const DashboardPdf pdf(session, versions, report);
        result = AtomicFile::write(wanted.pdf, [&pdf](QIODevice *out) { return pdf.write(out); });
    }
    if (result && !wanted.save.isEmpty())
        result = SnapshotFile::save(wanted.save, session, sources, versions);
    if (!result)
        command.err() << result.error().message << Qt::endl;
    return result.has_value();
}

} // namespace lotse
