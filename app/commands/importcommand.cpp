#include "commands/importcommand.h"

#include "commands/headlesscommand.h"
#include "commands/sourceoptions.h"
#include "grafana/grafanaimporter.h"
#include "grafana/grafanareporttext.h"

#include <QFileInfo>
#include <QTextStream>

namespace lotse {

int ImportCommand::run(const QStringList &arguments)
{
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write the dashboard YAML to FILE (- or none: standard output)."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing --out file."));
    HeadlessCommand command(tr("Translates a Grafana dashboard into a Lotse dashboard."), {out, force});
    if (const auto stop = command.parse(arguments))
        return *stop;
    QTextStream err(stderr);
    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("grafana")) {
        err << tr("Usage: lotse import grafana FILE.json [--out FILE.yaml] [--force]") << '\n';
        return 2;
    }
    const auto imported = GrafanaImporter::translateFile(positional.at(1));
    if (!imported) {
        err << tr("%1: cannot import: %2").arg(positional.at(1), imported.error().message) << '\n';
        return 1;
    }
    for (const QString &line : GrafanaReportText::lines(imported->report, command.language()))
        err << line << '\n';
    err << GrafanaReportText::summary(imported->report) << '\n';
    err.flush();
    return write(imported->yaml, command.parser().value(out), command.parser().isSet(force));
}

int ImportCommand::write(const QByteArray &yaml, const QString &out, bool force)
{
    QTextStream err(stderr);
    const QString target = out.isEmpty() ? QStringLiteral("-") : out;
    if (target != QLatin1String("-") && QFileInfo::exists(target) && !force) {
        err << tr("%1 exists; --force replaces it").arg(target) << '\n';
        return 1;
    }
    if (const auto written = SourceOptions::write(target, yaml); !written) {
        err << written.error() << '\n';
        return 1;
    }
    if (target != QLatin1String("-"))
        err << tr("wrote %1").arg(target) << '\n';
    return 0;
}

} // namespace lotse
