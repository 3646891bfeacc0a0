#pragma once

#include "snapshot/snapshotlimits.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace lotse {

/// One SQLite connection to a snapshot file for the length of a read or a
/// write, under a name of its own so that threads never share one. A read
/// opens the file read-only and guard()s it against what the file may hold.
class SnapshotConnection final
{
public:
    SnapshotConnection(const QString &path, bool readOnly);
    ~SnapshotConnection();
    SnapshotConnection(const SnapshotConnection &) = delete;
    SnapshotConnection &operator=(const SnapshotConnection &) = delete;

    bool open() { return m_db.open(); }
    /// After open(): functions in the file's schema are not trusted, no text
    /// or BLOB grows past @p limits' maxValueBytes, and a progress handler
    /// interrupts any statement once @p limits' time for the whole read is up.
    /// False when the SQLite handle cannot be reached.
    bool guard(const SnapshotLimits &limits);
    /// True once the progress handler has interrupted a statement.
    bool timedOut() const { return m_budget && m_budget->expired; }

    QSqlDatabase &db() { return m_db; }
    QString errorText() const;

private:
    struct Budget
    {
        QDeadlineTimer deadline;
        bool expired = false;
    };
    static int progress(void *budget);

    QString m_name;
    std::unique_ptr<Budget> m_budget; ///< outlives m_db, whose handler points at it
    QSqlDatabase m_db;
};

} // namespace lotse
