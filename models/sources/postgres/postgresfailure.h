#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace lotse {

/// Turns what QPSQL reports into an Error whose message names the cause and
/// the remedy: a refused login, a server that is down, a statement cut off by
/// the timeout, a write the read-only transaction stopped.
class PostgresFailure final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PostgresFailure)

public:
    /// Opening the connection failed.
    static Error fromConnect(const QSqlError &error, const QString &location, int connectTimeoutS);
    /// A statement failed on an open connection.
    static Error fromStatement(const QSqlError &error, const QString &location, int statementTimeoutMs);
    /// Whether the connection is gone (the server crashed, restarted or ended the session).
    static bool isConnectionLost(const QSqlError &error);
};

} // namespace lotse
