#pragma once

#include <QString>

namespace lotse {

/// A source as a report and a snapshot name it: what it is, where it is, and
/// the version its server reported (empty when it reported none).
struct SourceInfo
{
    QString name;
    QString kind;
    QString location;
    QString version; ///< empty: unknown (VictoriaMetrics 1.79 has no buildinfo version)

    bool operator==(const SourceInfo &other) const = default;
};

} // namespace lotse
