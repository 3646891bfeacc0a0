#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lotse {

/// A problem found in a file a user wrote, with the place it is at (1-based).
struct Diagnostic
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "FILE:LINE:COLUMN: message", the form compilers and editors understand.
    QString toString() const { return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(message); }
};

using Diagnostics = QList<Diagnostic>;

/// Every problem in toString()'s form, one a line: what `lotse check` prints
/// and what a message box shows as its details. The one place that does so.
inline QString diagnosticsText(const Diagnostics &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const Diagnostic &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace lotse
