#pragma once

#include "core/error.h"
#include "core/queryresult.h"
#include "sources/postgres/postgresprivileges.h"
#include "sources/postgres/postgressettings.h"
#include "sources/postgres/sqlguard.h"

#include <QObject>

#include <expected>

class QSqlDatabase;
class QSqlError;

namespace lotse {

/// What a batch of statements returned: one table each, and remarks such as a
/// row limit reached.
struct SqlAnswer
{
    QList<Table> tables;
    QStringList warnings;
};

/// The PostgreSQL connection of one PostgresSource. It lives on the source's
/// worker thread and owns its QSqlDatabase there, because on Qt 6.4 a
/// QSqlDatabase cannot change threads; every method runs on that thread.
/// It runs only statements SqlGuard let through, and only after the server
/// has resolved every function they reach and FunctionPolicy has let each
/// pass (FunctionResolver); all of it inside `BEGIN TRANSACTION READ ONLY`
/// with statement_timeout and lock_timeout set for that transaction, which
/// always ends in ROLLBACK. On connecting it reads what the role could change.
class PostgresWorker final : public QObject
{
    Q_OBJECT

public:
    explicit PostgresWorker(PostgresSettings settings, QObject *parent = nullptr);
    ~PostgresWorker() override;

    /// Rows kept of one answer; the rest is dropped with a warning.
    static constexpr int kMaxRows = 10000;
    /// Cap on the bytes a result holds here; past it the query ends with an error.
    static constexpr qint64 kMaxBytes = 64LL << 20;

    /// Runs @p statements in one read-only transaction, connecting first if
    /// needed, once the functions they reach have passed; @p parameters are
    /// the values of their `$1`, `$2` …, bound beside the text.
    std::expected<SqlAnswer, Error> run(const QList<GuardedStatement> &statements, const QStringList &parameters = {});
    /// server_version_num (150004 for 15.4), connecting first if needed.
    std::expected<int, Error> versionNumber();
    /// server_version as the server spells it ("15.4 (Debian 15.4-1)").
    std::expected<QString, Error> versionText();

Q_SIGNALS:
    /// On each connection: what the role could change.
    void privilegesRead(const lotse::PostgresPrivileges &privileges);

private:
    QSqlDatabase database() const;
    std::expected<void, Error> ensureOpen();
    void close();
    void readServer(QSqlDatabase &db);
    std::expected<SqlAnswer, Error> runOpen(const QList<GuardedStatement> &statements, const QStringList &parameters,
                                            bool &retry);
    std::expected<Table, Error> fetch(QSqlDatabase &db, const QString &sql, const QStringList &parameters,
                                      QStringList &warnings);
    Error failure(const QSqlError &error);
    /// @p error without the password, whatever libpq quoted.
    Error scrubbed(Error error) const;

    PostgresSettings m_settings;
    QString m_connection;
    int m_versionNumber = 0;
    QString m_versionText;
};

} // namespace lotse
