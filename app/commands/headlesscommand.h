#pragma once

#include "core/diagnostic.h"
#include "variables/variablebinder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <optional>

namespace lotse {

class SourceRegistry;

/// What every headless command does before its own work: parse the options,
/// answer --help, pick the language, find the dashboard or runbook file, build
/// the sources and read --at, printing each problem to standard error.
class HeadlessCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::HeadlessCommand)

public:
    /// @p options come on top of the shared source options (SourceOptions).
    HeadlessCommand(const QString &description, const QList<QCommandLineOption> &options);

    /// Parses @p arguments; nothing to go on, or the exit status to stop with
    /// (0 after --help, 2 for bad arguments).
    std::optional<int> parse(const QStringList &arguments);
    const QCommandLineParser &parser() const { return m_parser; }
    QString language() const;

    /// The file that option @p option names, as a built-in id of @p kind
    /// ("dashboards", "runbooks") or a path; empty after saying what exists.
    QString definitionPath(const QString &kind, const QString &option);
    /// Prints each problem as FILE:LINE:COLUMN: message.
    void report(const Diagnostics &problems);
    /// Fills @p sources from the options and reads --at; nothing after printing why not.
    std::optional<QDateTime> prepare(SourceRegistry &sources);
    QTextStream &err() { return m_err; }

    /// The `--var NAME=VALUE` option (docs/variables.md), for a command to list.
    static QCommandLineOption variableOption();
    /// Binds the --var values over @p definition's defaults (a Dashboard or
    /// a Runbook); false after printing why not.
    template<typename Definition> bool bindVariables(Definition &definition)
    {
        const auto chosen = VariableValues::fromArguments(m_parser.values(QStringLiteral("var")));
        if (!chosen) {
            m_err << chosen.error() << Qt::endl;
            return false;
        }
        auto bound = VariableBinder::bind(definition, *chosen);
        if (!bound) {
            m_err << bound.error() << Qt::endl;
            return false;
        }
        definition = std::move(*bound);
        return true;
    }

private:
    QCommandLineParser m_parser;
    QTextStream m_err{stderr};
};

} // namespace lotse
