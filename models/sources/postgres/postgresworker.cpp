#include "sources/postgres/postgresworker.h"

#include "core/addressredaction.h"
#include "sources/postgres/functionresolver.h"
#include "sources/postgres/postgresfailure.h"
#include "sources/postgres/postgresviews.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace lotse {

PostgresWorker::PostgresWorker(PostgresSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connection(QStringLiteral("lotse-postgres-%1").arg(quintptr(this), 0, 16))
{
}

PostgresWorker::~PostgresWorker()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    close();
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase PostgresWorker::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void PostgresWorker::close()
{
    QSqlDatabase db = database();
    if (db.isOpen())
        db.close();
}

std::expected<void, Error> PostgresWorker::ensureOpen()
{
    // Created here, on the worker thread, the only thread that may use it.
    if (!QSqlDatabase::contains(m_connection)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        db.setPassword(m_settings.password);
        db.setConnectOptions(m_settings.connectOptions());
        db.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    }
    QSqlDatabase db = database();
    if (db.isOpen())
        return {};
    if (!db.isValid() || !db.open())
        return std::unexpected(
            scrubbed(PostgresFailure::fromConnect(db.lastError(), m_settings.location(), m_settings.connectTimeoutS)));
    readServer(db);
    return {};
}

void PostgresWorker::readServer(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(PostgresViews::marked(
            QStringLiteral("SELECT current_setting('server_version_num')::int, current_setting('server_version')")))
        && query.next()) {
        m_versionNumber = query.value(0).toInt();
        m_versionText = query.value(1).toString();
    }
    // Read anew on each connection: grants change, and the role may have.
    if (query.exec(PostgresViews::marked(PostgresPrivileges::query())) && query.next()) {
        if (const auto privileges = PostgresPrivileges::fromJson(query.value(0).toString().toUtf8()))
            Q_EMIT privilegesRead(*privileges);
    }
}

Error PostgresWorker::failure(const QSqlError &error)
{
    if (PostgresFailure::isConnectionLost(error))
        close(); // the next request connects afresh
    return scrubbed(PostgresFailure::fromStatement(error, m_settings.location(), m_settings.statementTimeoutMs));
}

Error PostgresWorker::scrubbed(Error error) const
{
    // libpq quotes the connection string it could not read, password and all.
    if (!m_settings.password.isEmpty())
        error.message.replace(m_settings.password, QStringLiteral("…"));
    error.message = AddressRedaction::redact(error.message);
    return error;
}

std::expected<SqlAnswer, Error> PostgresWorker::run(const QList<GuardedStatement> &statements,
                                                    const QStringList &parameters)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (const auto opened = ensureOpen(); !opened)
            return std::unexpected(opened.error());
        bool retry = false;
        auto answer = runOpen(statements, parameters, retry);
        // A connection that died while idle fails at BEGIN, before anything ran:
        // connecting again is safe, once.
        if (!retry || attempt == 1)
            return answer;
    }
    return std::unexpected(Error{Error::Kind::Network, {}});
}

std::expected<SqlAnswer, Error> PostgresWorker::runOpen(const QList<GuardedStatement> &statements,
                                                        const QStringList &parameters, bool &retry)
{
    QSqlDatabase db = database();
    QSqlQuery control(db);
    if (!control.exec(PostgresViews::marked(QStringLiteral("BEGIN TRANSACTION READ ONLY")))) {
        retry = PostgresFailure::isConnectionLost(control.lastError());
        return std::unexpected(failure(control.lastError()));
    }
    const int timeout = m_settings.statementTimeoutMs;
    if (!control.exec(PostgresViews::marked(QStringLiteral("SET LOCAL statement_timeout = %1").arg(timeout)))
        || !control.exec(PostgresViews::marked(QStringLiteral("SET LOCAL lock_timeout = %1").arg(timeout)))) {
        const Error error = failure(control.lastError());
        QSqlQuery(db).exec(PostgresViews::marked(QStringLiteral("ROLLBACK")));
        return std::unexpected(error);
    }
    SqlAnswer answer;
    // Looked up in this transaction, in this session's search path: the names
    // resolve as they will when the statements run right after.
    QList<SqlReference> references;
    for (const GuardedStatement &statement : statements)
        references += statement.references();
    FunctionResolver resolver(db, m_versionNumber, [this](const QSqlError &error) { return failure(error); });
    std::optional<Error> error;
    if (const auto allowed = resolver.check(references); !allowed)
        error = allowed.error();
    for (qsizetype at = 0; !error && at < statements.size(); ++at) {
        auto table = fetch(db, statements.at(at).sql(), parameters, answer.warnings);
        if (!table)
            error = table.error();
        else
            answer.tables.append(std::move(*table));
    }
    // Nothing to keep: a read-only transaction always ends in ROLLBACK.
    if (db.isOpen()) {
        QSqlQuery end(db);
        if (!end.exec(PostgresViews::marked(QStringLiteral("ROLLBACK")))
            && PostgresFailure::isConnectionLost(end.lastError()))
            close();
    }
    if (error)
        return std::unexpected(*error);
    return answer;
}

std::expected<Table, Error> PostgresWorker::fetch(QSqlDatabase &db, const QString &sql, const QStringList &parameters,
                                                  QStringList &warnings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.setNumericalPrecisionPolicy(QSql::LowPrecisionDouble);
    // Variables travel as parameters of a prepared statement, never inside its text.
    const bool prepared = !parameters.isEmpty();
    if (prepared && !query.prepare(PostgresViews::marked(sql)))
        return std::unexpected(failure(query.lastError()));
    for (const QString &parameter : parameters)
        query.addBindValue(parameter);
    if (!(prepared ? query.exec() : query.exec(PostgresViews::marked(sql))))
        return std::unexpected(failure(query.lastError()));
    Table table;
    const QSqlRecord record = query.record();
    for (int column = 0; column < record.count(); ++column)
        table.columns.append(record.fieldName(column));
    qint64 bytes = 0;
    while (query.next()) {
        if (bytes > kMaxBytes) {
            // Rows arrive one at a time (forward-only), so memory stops growing here.
            return std::unexpected(Error{Error::Kind::Refused,
                                         tr("The result from %1 is larger than %2 MiB, the cap on a result's size. "
                                            "Select fewer or narrower columns, or aggregate on the server.")
                                             .arg(m_settings.location())
                                             .arg(kMaxBytes >> 20)});
        }
        if (table.rows.size() == kMaxRows) {
            warnings.append(tr("Only the first %1 rows are shown.").arg(kMaxRows));
            break;
        }
        QVariantList row;
        row.reserve(record.count());
        for (int column = 0; column < record.count(); ++column) {
            const QVariant value = query.value(column);
            bytes += value.typeId() == QMetaType::QString ? value.toString().size() * 2 + 16 : 16;
            row.append(value.isNull() ? QVariant() : value);
        }
        table.rows.append(std::move(row));
    }
    if (query.lastError().isValid())
        return std::unexpected(failure(query.lastError()));
    return table;
}

std::expected<int, Error> PostgresWorker::versionNumber()
{
    if (const auto opened = ensureOpen(); !opened)
        return std::unexpected(opened.error());
    return m_versionNumber;
}

std::expected<QString, Error> PostgresWorker::versionText()
{
    if (const auto opened = ensureOpen(); !opened)
        return std::unexpected(opened.error());
    return m_versionText;
}

} // namespace lotse
