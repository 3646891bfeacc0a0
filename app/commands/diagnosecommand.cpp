#include "commands/diagnosecommand.h"

#include "core/atomicfile.h"
#include "commands/headlesscommand.h"
#include "documents/diagnosispdf.h"
#include "diagnosis/diagnosisreport.h"
#include "diagnosis/diagnosissession.h"
#include "definitions/runbookloader.h"
#include "commands/sourceoptions.h"
#include "sources/sourceregistry.h"
#include "sources/sourceversions.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace lotse {

namespace {

/// Columns a check's chart is read at: a report's small chart is about this many points wide.
constexpr int kHistoryColumns = 600;

/// Reads the hour before the instant of every check the walk read, for the
/// report's charts, and waits until each has answered (or failed: the chart
/// then says why).
void fetchHistories(DiagnosisSession &session)
{
    QStringList checks;
    for (const DiagnosisStep &step : session.steps()) {
        for (const QString &check : step.checks) {
            // A check skipped for want of its source has no history to read either.
            const Reading *reading = session.reading(check);
            if (!checks.contains(check) && !(reading && reading->skipped))
                checks.append(check);
        }
    }
    QEventLoop loop;
    int pending = int(checks.size());
    QObject::connect(&session, &DiagnosisSession::historyReady, &loop, [&loop, &pending] {
        if (--pending == 0)
            loop.quit();
    });
    for (const QString &check : checks)
        session.fetchHistory(check, session.historyWindow(), kHistoryColumns);
    if (pending > 0)
        loop.exec();
}

QList<SourceInfo> versionsOf(const SourceRegistry &sources)
{
    SourceVersions versions;
    QEventLoop loop;
    QObject::connect(&versions, &SourceVersions::finished, &loop, &QEventLoop::quit);
    versions.probe(sources);
    if (!versions.isFinished())
        loop.exec();
    return versions.sources();
}

} // namespace

std::expected<ReportOptions, Error> DiagnoseCommand::reportOptions(const QCommandLineParser &parser,
                                                                   const QString &language)
{
    const auto page = ReportOptions::pageSizeFrom(parser.value(QStringLiteral("page")));
    const auto orientation = ReportOptions::orientationFrom(parser.value(QStringLiteral("orientation")));
    if (!page || !orientation)
        return std::unexpected(
            Error{Error::Kind::Invalid,
                  page ? tr("--orientation is portrait or landscape.") : tr("--page is a4 or letter.")});
    ReportOptions options;
    options.language = language;
    options.pageSize = *page;
    options.orientation = *orientation;
    return options;
}

std::expected<void, Error> DiagnoseCommand::writePdf(DiagnosisSession &session, const SourceRegistry &sources,
                                                     const QString &path, const ReportOptions &options)
{
    fetchHistories(session);
    const DiagnosisPdf pdf(session, versionsOf(sources), options);
    return AtomicFile::write(path, [&pdf](QIODevice *out) { return pdf.write(out); });
}

int DiagnoseCommand::run(const QStringList &arguments)
{
    HeadlessCommand command(
        tr("Walks a runbook against live sources and reports the findings."),
        {{QStringLiteral("runbook"), tr("Built-in runbook id or a runbook file."), tr("ID|FILE")},
         {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")},
         {QStringLiteral("pdf"), tr("Write the diagnosis as a PDF report to FILE."), tr("FILE")},
         {QStringLiteral("page"), tr("Paper of the PDF: a4 or letter (default a4)."), tr("SIZE"), QStringLiteral("a4")},
         {QStringLiteral("orientation"), tr("Orientation of the PDF: portrait or landscape (default portrait)."),
          tr("ORIENTATION"), QStringLiteral("portrait")},
         {QStringLiteral("notes"), tr("Notes to put in the PDF report."), tr("TEXT")},
         HeadlessCommand::variableOption()});
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QString language = command.language();
    const auto report = reportOptions(parser, language);
    if (!report) {
        command.err() << report.error().message << Qt::endl;
        return 2;
    }
    const QString path = command.definitionPath(QStringLiteral("runbooks"), QStringLiteral("runbook"));
    if (path.isEmpty())
        return 2;
    auto runbook = RunbookLoader::loadFile(path);
    if (!runbook) {
        command.report(runbook.error());
        return 2;
    }
    if (!command.bindVariables(*runbook))
        return 2;
    SourceRegistry sources;
    const auto at = command.prepare(sources);
    if (!at)
        return 2;

    DiagnosisSession session(*runbook, &sources, *at);
    session.setNotes(parser.value(QStringLiteral("notes")));
    QEventLoop loop;
    QObject::connect(&session, &DiagnosisSession::finished, &loop, &QEventLoop::quit);
    session.runToEnd();
    if (!session.isFinished())
        loop.exec();

    const bool json = parser.isSet(QStringLiteral("json"));
    const QByteArray output = json ? QJsonDocument(DiagnosisReport::json(session, language)).toJson()
                                   : DiagnosisReport::text(session, language).toUtf8();
    const auto written
        = SourceOptions::write(json ? parser.value(QStringLiteral("json")) : QStringLiteral("-"), output);
    if (!written) {
        command.err() << written.error() << Qt::endl;
        return 2;
    }
    for (const Reading &failed : session.failedReadings())
        command.err() << tr("Could not read check \"%1\": %2").arg(failed.check, failed.error->message) << Qt::endl;
    if (parser.isSet(QStringLiteral("pdf"))) {
        if (const auto pdf = writePdf(session, sources, parser.value(QStringLiteral("pdf")), *report); !pdf) {
            command.err() << pdf.error().message << Qt::endl;
            return 2;
        }
    }
    return DiagnosisReport::exitCode(session);
}

} // namespace lotse
