#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lotse {

/// `lotse import grafana FILE.json [--out FILE.yaml] [--force]`: translates
/// a Grafana dashboard into Lotse's dashboard YAML, written to --out or to
/// standard output, with the report of every panel on standard error. An
/// existing --out file is replaced only with --force: no dashboard is lost
/// to an import. Exits 0 when written, 1 for input it cannot import, 2 for
/// bad arguments.
class ImportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ImportCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int write(const QByteArray &yaml, const QString &out, bool force);
};

} // namespace lotse
