#include "commands/checkcommand.h"

#include "definitions/dashboardloader.h"
#include "definitions/linkedchecks.h"
#include "definitions/runbookloader.h"
#include "definitions/yamlreader.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lotse {

namespace {

/// The problems of the file at @p path; @p warnings gets what is valid but
/// worth a look (a card judging differently from its runbook check).
Diagnostics checkFile(const QString &path, Diagnostics &warnings)
{
    const auto read = YamlReader::readFile(path);
    if (!read)
        return read.error();
    const QByteArray &text = *read;
    if (RunbookLoader::looksLikeRunbook(text)) {
        const auto runbook = RunbookLoader::parse(text, path);
        return runbook ? Diagnostics{} : runbook.error();
    }
    const auto dashboard = DashboardLoader::parse(text, path);
    if (!dashboard)
        return dashboard.error();
    warnings = LinkedChecks::compare(*dashboard);
    return {};
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Validates dashboards and runbooks."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Dashboard or runbook YAML files."), tr("FILE..."));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << tr("Name at least one file to check.") << '\n';
        return 2;
    }
    int invalid = 0;
    for (const QString &path : files) {
        Diagnostics warnings;
        const Diagnostics problems = checkFile(path, warnings);
        if (!warnings.isEmpty())
            err << diagnosticsText(warnings) << '\n';
        if (problems.isEmpty()) {
            out << tr("%1: ok").arg(path) << '\n';
        } else {
            err << diagnosticsText(problems) << '\n';
            ++invalid;
        }
    }
    return invalid == 0 ? 0 : 1;
}

} // namespace lotse
