#include "commands/importcommand.h"

#include "core/atomicfile.h"
#include "core/localization.h"
#include "grafana/grafanaimporter.h"
#include "grafana/grafanareporttext.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>

namespace lotse {

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Translates a Grafana dashboard into a Lotse dashboard."));
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Write the dashboard YAML to FILE (- or none: standard output)."), tr("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace an existing --out file."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language of the report: en or de."), tr("LANG"));
    parser.addOptions({out, force, lang});
    parser.addPositionalArgument(QStringLiteral("grafana"), tr("The kind of dashboard to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The Grafana dashboard JSON."));
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("grafana")) {
        err << tr("Usage: lotse import grafana FILE.json [--out FILE.yaml] [--force]") << '\n';
        return 2;
    }
    const auto imported = GrafanaImporter::translateFile(positional.at(1));
    if (!imported) {
        err << tr("%1: cannot import: %2").arg(positional.at(1), imported.error().message) << '\n';
        return 1;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : Localization::current();
    for (const QString &line : GrafanaReportText::lines(imported->report, language))
        err << line << '\n';
    err << GrafanaReportText::summary(imported->report) << '\n';
    err.flush();
    return write(imported->yaml, parser.value(out), parser.isSet(force));
}

int ImportCommand::write(const QByteArray &yaml, const QString &out, bool force)
{
    QTextStream err(stderr);
    if (out.isEmpty() || out == QLatin1String("-")) {
        QTextStream(stdout) << QString::fromUtf8(yaml);
        return 0;
    }
    if (QFileInfo::exists(out) && !force) {
        err << tr("%1 exists; --force replaces it").arg(out) << '\n';
        return 1;
    }
    const auto written = AtomicFile::write(out, [&yaml](QIODevice *device) -> std::expected<void, Error> {
        if (device->write(yaml) != yaml.size())
            return std::unexpected(Error{Error::Kind::Invalid, device->errorString()});
        return {};
    });
    if (!written) {
        err << tr("cannot write %1: %2").arg(out, written.error().message) << '\n';
        return 1;
    }
    err << tr("wrote %1").arg(out) << '\n';
    return 0;
}

} // namespace lotse
