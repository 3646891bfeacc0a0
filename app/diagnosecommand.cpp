#include "diagnosecommand.h"

#include "definitioncatalog.h"
#include "diagnosisreport.h"
#include "diagnosissession.h"
#include "localization.h"
#include "runbookloader.h"
#include "sourceoptions.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace lotse {

int DiagnoseCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Walks a runbook against live sources and reports the findings."));
    parser.addHelpOption();
    SourceOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("runbook"), tr("Built-in runbook id or a runbook file."), tr("ID|FILE")},
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
    const DefinitionCatalog catalog(QStringLiteral("runbooks"));
    const QString path = catalog.resolve(parser.value(QStringLiteral("runbook")));
    if (path.isEmpty()) {
        err << tr("No runbook \"%1\". Give a built-in id (%2) or a file.")
                   .arg(parser.value(QStringLiteral("runbook")), catalog.ids().join(QStringLiteral(", ")))
            << '\n';
        return 2;
    }
    auto runbook = RunbookLoader::loadFile(path);
    if (!runbook) {
        for (const Diagnostic &problem : runbook.error())
            err << problem.toString() << '\n';
        return 2;
    }
    SourceRegistry sources;
    const auto built = SourceOptions::build(parser, sources);
    const auto at = SourceOptions::instant(parser);
    if (!built || !at) {
        err << (built ? at.error() : built.error()) << '\n';
        return 2;
    }

    DiagnosisSession session(*runbook, &sources, *at);
    QEventLoop loop;
    QObject::connect(&session, &DiagnosisSession::finished, &loop, &QEventLoop::quit);
    session.runToEnd();
    if (!session.isFinished())
        loop.exec();

    const bool json = parser.isSet(QStringLiteral("json"));
    const QByteArray output = json ? QJsonDocument(DiagnosisReport::json(session, language)).toJson()
                                   : DiagnosisReport::text(session, language).toUtf8();
    const auto written = SourceOptions::write(json ? parser.value(QStringLiteral("json")) : QStringLiteral("-"), output);
    if (!written) {
        err << written.error() << '\n';
        return 2;
    }
    for (const Reading &failed : session.failedReadings())
        err << tr("Could not read check \"%1\": %2").arg(failed.check, failed.error->message) << '\n';
    return DiagnosisReport::exitCode(session);
}

} // namespace lotse
