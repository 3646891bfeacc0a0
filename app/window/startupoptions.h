#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <expected>
#include <optional>

class QCommandLineParser;

namespace lotse {

class SourceRegistry;

/// The window's command line: the sources (`--prometheus URL`, `--postgres DSN`,
/// `--redis URL`, `--clickhouse URL`, `--timeout SECONDS`, `--connections FILE`),
/// `--dashboard ID|FILE`, `--lang de|en`, `--at T` (a fixed window ending at
/// T), `--area dashboard|databases` (the one shown first) and `--screenshot
/// FILE`. Unknown options are ignored.
class StartupOptions final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::StartupOptions)

public:
    static StartupOptions parse(const QStringList &arguments);

    QString dashboard;
    QString area;
    QString at;
    /// `--var NAME=VALUE`: values for the variables of the dashboards opened.
    QStringList variables;
    /// None when not given: the language stays as it is.
    std::optional<QString> language;
    /// Where to save a picture of the window after the first refresh; empty for none.
    QString screenshot;
    /// The connections file to read: --connections, else the user's own unless
    /// sources are named on the command line; empty for none.
    QString connectionsFile;
    /// A first start: no source named, no connections file and no dashboard
    /// asked for. The window welcomes instead of reading a Prometheus that is
    /// not there.
    bool welcome = false;

    /// Adds the sources named on the command line (a local Prometheus when
    /// none is) to @p registry.
    std::expected<void, QString> buildSources(SourceRegistry &registry) const;
    /// True when the command line names sources (--prometheus, --postgres, …).
    bool namesSources() const { return m_named; }

private:
    static void addOptions(QCommandLineParser &parser);

    QStringList m_arguments;
    bool m_named = false;
};

} // namespace lotse
