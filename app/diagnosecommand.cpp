#include "diagnosecommand.h"

#include "headlesscommand.h"
#include "diagnosisreport.h"
#include "diagnosissession.h"
#include "runbookloader.h"
#include "sourceoptions.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTextStream>

namespace lotse {

int DiagnoseCommand::run(const QStringList &arguments)
{
    HeadlessCommand command(tr("Walks a runbook against live sources and reports the findings."),
                            {{QStringLiteral("runbook"), tr("Built-in runbook id or a runbook file."), tr("ID|FILE")},
                             {QStringLiteral("json"), tr("Write JSON to FILE, or - for standard output."), tr("FILE")}});
    if (const auto stop = command.parse(arguments))
        return *stop;
    const QCommandLineParser &parser = command.parser();
    const QString language = command.language();
    const QString path = command.definitionPath(QStringLiteral("runbooks"), QStringLiteral("runbook"));
    if (path.isEmpty())
        return 2;
    auto runbook = RunbookLoader::loadFile(path);
    if (!runbook) {
        command.report(runbook.error());
        return 2;
    }
    SourceRegistry sources;
    const auto at = command.prepare(sources);
    if (!at)
        return 2;

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
        command.err() << written.error() << Qt::endl;
        return 2;
    }
    for (const Reading &failed : session.failedReadings())
        command.err() << tr("Could not read check \"%1\": %2").arg(failed.check, failed.error->message) << Qt::endl;
    return DiagnosisReport::exitCode(session);
}

} // namespace lotse
