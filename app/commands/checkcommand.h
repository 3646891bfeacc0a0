#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// `lotse check FILE...`: validates dashboards and runbooks and prints each
/// problem as FILE:LINE:COLUMN: message. Exits 0 when all are valid, 1 otherwise.
class CheckCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::CheckCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace lotse
