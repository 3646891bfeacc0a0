#pragma once

#include "core/error.h"
#include "snapshot/snapshotdata.h"
#include "snapshot/snapshotlimits.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

class DashboardSession;
class SourceRegistry;

/// Reads and writes `.lotse` snapshot files: SQLite databases that keep what a
/// dashboard showed (SnapshotData) so that it can be shown again, exported or
/// compared with no server reachable. Numbers are kept bit for bit: scalars as
/// 17-digit text (and REAL beside it for SQL), series as IEEE-754 binary64
/// columns. A file is written to a temporary name and renamed into place, so a
/// failure never leaves half a snapshot.
///
/// read() and write() block; they open their own connection and may run on a
/// worker thread (QtConcurrent::run), which keeps the GUI thread from waiting.
class SnapshotFile final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SnapshotFile)

public:
    /// The file format this Lotse writes, and the newest it reads.
    static constexpr int kFormat = 1;

    /// What @p session shows now, with the answers its sources gave: @p recorded
    /// is the registry of RecordingSources the session reads from (see
    /// RecordingSource::wrapAll), @p sources the sources with their versions
    /// (SourceVersions). Fails while a refresh is under way.
    static std::expected<SnapshotData, Error> capture(const DashboardSession &session, const SourceRegistry &recorded,
                                                      const QList<SourceInfo> &sources);
    /// Writes @p data to @p path atomically.
    static std::expected<void, Error> write(const QString &path, const SnapshotData &data);
    /// capture() then write(): for the command line, where blocking is fine.
    static std::expected<void, Error> save(const QString &path, const DashboardSession &session,
                                           const SourceRegistry &recorded, const QList<SourceInfo> &sources);
    /// Reads a snapshot within the default SnapshotLimits (SnapshotReader). A
    /// file of a newer format fails with a message naming the Lotse that wrote
    /// it and the format this one reads.
    static std::expected<SnapshotData, Error> read(const QString &path);
    /// read() within @p limits.
    static std::expected<SnapshotData, Error> readWithin(const QString &path, const SnapshotLimits &limits);
    /// The CREATE TABLE statements of format kFormat, as a file holds them.
    static QStringList schema();
    /// True for a path that names a snapshot rather than a dashboard (by suffix).
    static bool isSnapshotPath(const QString &path);
};

} // namespace lotse
