#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// `lotse diagnose`: walks a runbook at one instant and reports the findings
/// as text or JSON (CONTRACT.md). Exits 0 healthy, 1 findings, 2 could not run.
class DiagnoseCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DiagnoseCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace lotse
