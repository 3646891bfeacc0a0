#pragma once

#include <QFile>
#include <QString>
#include <QTextStream>

namespace lotse::test {

/// Prints a benchmark figure and appends it to the results file
/// ($LOTSE_BENCH_OUT, default bench-results.txt in the working directory).
inline void reportFigure(const QString &name, double value, const QString &unit, const QString &target)
{
    const QString line = QStringLiteral("%1: %2 %3 (target %4)").arg(name).arg(value, 0, 'f', 2).arg(unit, target);
    QTextStream(stdout) << line << '\n';
    const QString path = qEnvironmentVariableIsSet("LOTSE_BENCH_OUT") ? qEnvironmentVariable("LOTSE_BENCH_OUT")
                                                                      : QStringLiteral("bench-results.txt");
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        QTextStream(&file) << line << '\n';
}

} // namespace lotse::test
