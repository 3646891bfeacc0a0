#include "snapshot/snapshotconnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace lotse {

namespace {

/// SQLite's virtual machine instructions between two looks at the clock.
constexpr int kProgressInstructions = 1000;

} // namespace

SnapshotConnection::SnapshotConnection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("lotse-snapshot-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    if (readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
}

SnapshotConnection::~SnapshotConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SnapshotConnection::guard(const SnapshotLimits &limits)
{
    const QVariant handle = m_db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return false;
    m_budget = std::make_unique<Budget>();
    m_budget->deadline = QDeadlineTimer(limits.time);
    sqlite3_progress_handler(db, kProgressInstructions, &SnapshotConnection::progress, m_budget.get());
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, limits.maxValueBytes);
    // A view, trigger or generated column of the file then cannot call a
    // function with side effects; the schema is also compared before use.
    QSqlQuery pragma(m_db);
    return pragma.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
}

int SnapshotConnection::progress(void *budget)
{
    auto *state = static_cast<Budget *>(budget);
    if (state->deadline.hasExpired())
        state->expired = true;
    return state->expired ? 1 : 0;
}

QString SnapshotConnection::errorText() const
{
    return m_db.lastError().text();
}

} // namespace lotse
