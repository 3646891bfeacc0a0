#pragma once

#include "core/error.h"
#include "snapshot/recordedanswer.h"
#include "sources/sourceinfo.h"
#include "core/thresholds.h"
#include "core/timerange.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <cmath>
#include <optional>

namespace lotse {

/// A KPI card's reading as a snapshot keeps it: the number, not its text, so
/// it reads the same in every language.
struct KpiRecord
{
    QString id;
    double value = std::nan("");
    State state = State::Unknown;
    std::optional<Error> error;
    QStringList warnings;
    QDateTime readAt;
};

/// Everything a `.lotse` snapshot file holds (SnapshotFile reads and writes
/// it): the dashboard as its YAML text, the instant and window it showed, its
/// sources with their versions, each KPI's reading, and every answer the
/// sources gave for it.
struct SnapshotData
{
    int format = 0;       ///< the file format version it was written in
    QString lotseVersion; ///< the Lotse that wrote it
    QDateTime savedAt;
    QString dashboardId;
    QByteArray dashboardYaml;
    QString dashboardOrigin; ///< the file the dashboard was loaded from
    QString variables;       ///< the values of its variables, as JSON (VariableValues)
    QString range;           ///< what the range bar said ("now-1h" or absolute bounds)
    QDateTime at;            ///< the instant the KPIs were read; the window's end
    TimeWindow window;       ///< the window the charts covered
    QList<SourceInfo> sources;
    QList<KpiRecord> kpis;
    QList<RecordedAnswer> answers;
};

} // namespace lotse
