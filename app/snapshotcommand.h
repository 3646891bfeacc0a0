#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// `lotse snapshot`: reads a dashboard's KPIs at one instant and prints them
/// as JSON or text. Exits 0 when every KPI was read, 2 otherwise.
class SnapshotCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SnapshotCommand)

public:
    /// Runs the command; the returned code is the process's exit status.
    static int run(const QStringList &arguments);
};

} // namespace lotse
