#pragma once

#include "sources/sourceinfo.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace lotse {

class DashboardSession;
class HeadlessCommand;
class SourceRegistry;

/// `lotse snapshot`: reads a dashboard's KPIs at one instant and prints them
/// as JSON or text; with --pdf also its charts, written as a PDF report; with
/// --save everything read, as a snapshot file. A snapshot given as --dashboard
/// is shown again with no server. Exits 0 when every KPI was read and every
/// file written, 2 otherwise.
class SnapshotCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SnapshotCommand)

public:
    /// Runs the command; the returned code is the process's exit status.
    static int run(const QStringList &arguments);

private:
    struct Input;
    struct Outputs;

    static std::optional<Outputs> outputs(const QCommandLineParser &parser, QTextStream &err);
    static bool load(HeadlessCommand &command, Input &input);
    static int finish(HeadlessCommand &command, const DashboardSession &session, const Input &input,
                      const Outputs &wanted, const SourceRegistry &sources);
    static bool store(HeadlessCommand &command, const DashboardSession &session, const Input &input,
                      const Outputs &wanted, const SourceRegistry &sources, const QList<SourceInfo> &versions);
};

} // namespace lotse
