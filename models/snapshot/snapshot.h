#pragma once

#include "dashboard/dashboard.h"
#include "core/error.h"
#include "snapshot/snapshotdata.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

namespace lotse {

class DashboardSession;
class SourceRegistry;

/// A snapshot opened to be shown: its dashboard pinned to the window it was
/// saved with (refresh off), and a registry of SnapshotSources that answer
/// from the recording, so a DashboardSession shows it with no server reachable.
///
///     auto snapshot = Snapshot::open(path);          // or fromData() after a worker read
///     DashboardSession *session = snapshot->createSession(this);
///     session->refresh();                            // answers come from the file
class Snapshot final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::Snapshot)

public:
    /// Reads @p path (blocking; see SnapshotFile::read) and prepares it.
    static std::expected<Snapshot, Error> open(const QString &path);
    /// Prepares data read from @p path (SnapshotFile::read on a worker thread).
    static std::expected<Snapshot, Error> fromData(SnapshotData data, const QString &path);

    Snapshot(Snapshot &&) noexcept;
    Snapshot &operator=(Snapshot &&) noexcept;
    ~Snapshot();

    const SnapshotData &data() const { return m_data; }
    QString path() const { return m_path; }
    /// The dashboard with its range set to the saved window and no refresh;
    /// its origin is the snapshot file, so saving it again keeps its YAML.
    const Dashboard &dashboard() const { return m_dashboard; }
    /// The instant the snapshot shows (its KPIs' instant, the window's end).
    QDateTime at() const { return m_data.at; }
    QDateTime savedAt() const { return m_data.savedAt; }
    /// The sources answering from the recording; owned by this Snapshot.
    SourceRegistry *sources() const { return m_sources.get(); }
    /// A session on the snapshot's dashboard and sources, pinned to its
    /// instant. The Snapshot must outlive it (it owns the sources). With
    /// @p readThrough (e.g. RecordingSources wrapping sources()) the session
    /// reads through those instead.
    DashboardSession *createSession(QObject *parent = nullptr, SourceRegistry *readThrough = nullptr) const;

private:
    Snapshot() = default;

    QString m_path;
    SnapshotData m_data;
    Dashboard m_dashboard;
    std::unique_ptr<SourceRegistry> m_sources;
};

} // namespace lotse
