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

/// A field of /proc/self/status in KiB (VmRSS, VmHWM), or -1.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Sets VmHWM back to the current RSS (Linux 4.0 and later), so the peak of
/// one step can be read on its own; false where the kernel does not allow it.
inline bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace lotse::test
