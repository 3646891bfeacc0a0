#pragma once

#include <QtGlobal>

#include <chrono>

namespace lotse {

/// How much of a `.lotse` file SnapshotFile::read() takes in. A snapshot may
/// come from anyone, so every query it runs on the file is bounded in time
/// (a SQLite progress handler) and every table in rows; what passes a bound
/// is a named error, never a wait without end or memory without end.
struct SnapshotLimits
{
    std::chrono::milliseconds time{20'000}; ///< the whole read, every query of it
    qint64 maxSources = 1'000;
    qint64 maxKpis = 10'000;
    qint64 maxAnswers = 100'000;
    qint64 maxSeries = 1'000'000;
    qint64 maxPoints = 20'000'000;         ///< all series together
    int maxValueBytes = 256 * 1024 * 1024; ///< one text or BLOB (SQLITE_LIMIT_LENGTH)
};

} // namespace lotse
