#pragma once

#include <QString>
#include <QStringList>

namespace lotse {

/// A source as a report and a snapshot name it: what it is, where it is, the
/// version its server reported (empty when it reported none), and what makes
/// reading it less safe than it could be.
struct SourceInfo
{
    QString name;
    QString kind;
    QString location;
    QString version;           ///< empty: unknown (VictoriaMetrics 1.79 has no buildinfo version)
    QStringList cautions = {}; ///< Source::cautions() once it answered: a role that could write, plain text

    bool operator==(const SourceInfo &other) const = default;
};

} // namespace lotse
