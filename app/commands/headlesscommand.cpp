#include "commands/headlesscommand.h"

#include "definitions/definitioncatalog.h"
#include "core/localization.h"
#include "commands/sourceoptions.h"

namespace lotse {

HeadlessCommand::HeadlessCommand(const QString &description, const QList<QCommandLineOption> &options)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    SourceOptions::addTo(m_parser);
    m_parser.addOptions(options);
}

std::optional<int> HeadlessCommand::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments)) {
        m_err << m_parser.errorText() << Qt::endl;
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        return 0;
    }
    return std::nullopt;
}

QString HeadlessCommand::language() const
{
    return m_parser.isSet(QStringLiteral("lang")) ? m_parser.value(QStringLiteral("lang"))
                                                  : Localization::systemLanguage();
}

QString HeadlessCommand::definitionPath(const QString &kind, const QString &option)
{
    const DefinitionCatalog catalog(kind);
    const QString path = catalog.resolve(m_parser.value(option));
    if (path.isEmpty()) {
        m_err << tr("No %1 \"%2\". Give a built-in id (%3) or a file.")
                     .arg(option, m_parser.value(option), catalog.ids().join(QStringLiteral(", ")))
              << Qt::endl;
    }
    return path;
}

QCommandLineOption HeadlessCommand::variableOption()
{
    return {QStringLiteral("var"),
            tr("A variable's value. Repeat it, or separate values with commas, for several; "
               "$__all stands for all values."),
            tr("NAME=VALUE")};
}

void HeadlessCommand::report(const Diagnostics &problems)
{
    if (!problems.isEmpty())
        m_err << diagnosticsText(problems) << Qt::endl;
}

std::optional<QDateTime> HeadlessCommand::prepare(SourceRegistry &sources)
{
    const auto built = SourceOptions::build(m_parser, sources);
    const auto at = SourceOptions::instant(m_parser);
    if (!built || !at) {
        m_err << (built ? at.error() : built.error()) << Qt::endl;
        return std::nullopt;
    }
    return *at;
}

} // namespace lotse
