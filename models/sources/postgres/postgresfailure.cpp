#include "sources/postgres/postgresfailure.h"

namespace lotse {

namespace {

/// The server's words on one line, without libpq's "ERROR:" prefix.
QString said(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    for (const QLatin1String prefix : {QLatin1String("ERROR:"), QLatin1String("FATAL:")}) {
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    }
    return text.simplified();
}

bool mentions(const QSqlError &error, std::initializer_list<const char *> needles)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool PostgresFailure::isConnectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03")
        || mentions(error,
                    {"server closed the connection", "terminating connection", "no connection to the server",
                     "connection to server was lost", "could not send data", "could not receive data",
                     "connection not open", "SSL SYSCALL error"});
}

Error PostgresFailure::fromConnect(const QSqlError &error, const QString &location, int connectTimeoutS)
{
    const QString detail = said(error);
    if (mentions(error, {"Connection refused"})) {
        return {Error::Kind::ConnectionRefused,
                tr("Connection refused by %1: no PostgreSQL server is listening there. Check that it runs and that "
                   "the host and port are right.")
                    .arg(location)};
    }
    if (mentions(error, {"could not translate host name", "Name or service not known"}))
        return {Error::Kind::HostNotFound, tr("The host of %1 was not found. Check the address.").arg(location)};
    if (mentions(error, {"FATAL:  database \""})) {
        return {Error::Kind::Invalid,
                tr("%1 has no such database: %2. Check the database name.").arg(location, detail)};
    }
    if (mentions(error,
                 {"password authentication failed", "no password supplied", "pg_hba.conf", "authentication failed",
                  "FATAL:  role \""})) {
        return {Error::Kind::Unauthorized,
                tr("%1 refused the login: %2. Check the user name and password (LOTSE_POSTGRES_PASSWORD).")
                    .arg(location, detail)};
    }
    if (mentions(error, {"timeout expired"})) {
        return {Error::Kind::Timeout,
                tr("%1 did not accept the connection within %2 s.").arg(location).arg(connectTimeoutS)};
    }
    if (mentions(error, {"SSL"}))
        return {Error::Kind::Tls, tr("The TLS connection to %1 failed: %2").arg(location, detail)};
    if (mentions(error,
                 {"the database system is starting up", "the database system is shutting down", "too many clients"})) {
        return {Error::Kind::Unavailable, tr("%1 cannot take the connection now: %2").arg(location, detail)};
    }
    if (mentions(error, {"Driver not loaded"})) {
        return {Error::Kind::Invalid,
                tr("Qt's PostgreSQL driver (QPSQL) is missing: install the Debian package libqt6sql6-psql.")};
    }
    return {Error::Kind::Network, tr("Cannot connect to %1: %2").arg(location, detail)};
}

Error PostgresFailure::fromStatement(const QSqlError &error, const QString &location, int statementTimeoutMs)
{
    const QString state = error.nativeErrorCode();
    const QString detail = said(error);
    if (isConnectionLost(error)) {
        return {Error::Kind::Network,
                tr("Lost the connection to %1 during the query: %2. The server may have crashed, restarted or "
                   "ended the session.")
                    .arg(location, detail)};
    }
    if (state == QLatin1String("57014") || state == QLatin1String("55P03")) {
        return {Error::Kind::Timeout,
                tr("The statement was cut off after %1 s (statement timeout): %2. Raise the timeout or narrow the "
                   "query.")
                    .arg(statementTimeoutMs / 1000.0)
                    .arg(detail)};
    }
    if (state == QLatin1String("25006")) {
        return {Error::Kind::Refused,
                tr("The statement was refused: it tried to change data inside Lotse's read-only transaction, and "
                   "the server stopped it (%1). Lotse only reads.")
                    .arg(detail)};
    }
    if (state == QLatin1String("42501")) {
        return {Error::Kind::Unauthorized,
                tr("%1 denied the read: %2. The role needs pg_read_all_stats (and SELECT on the tables it reads).")
                    .arg(location, detail)};
    }
    if (state.startsWith(QLatin1String("42601")))
        return {Error::Kind::BadRequest, tr("The server rejected the statement as malformed: %1").arg(detail)};
    return {Error::Kind::QueryFailed, tr("The statement failed on %1: %2").arg(location, detail)};
}

} // namespace lotse
