#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <expected>

namespace lotse {

/// How to reach one PostgreSQL database, and how long a statement may run.
struct PostgresSettings
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PostgresSettings)

public:
    QString host; ///< empty: libpq's default (the local socket)
    int port = 5432;
    QString database; ///< empty: the user's name, as libpq does
    QString user;
    QString password;               ///< never shown in location()
    QMap<QString, QString> options; ///< other libpq parameters: sslmode, application_name, …
    int statementTimeoutMs = 10000; ///< statement_timeout and lock_timeout of every statement
    int connectTimeoutS = 5;

    /// `postgresql://user[:password]@host:port/db?sslmode=…` or libpq's
    /// `host=… port=… dbname=… user=…`; an error text names what is wrong.
    static std::expected<PostgresSettings, Error> fromDsn(const QString &dsn);
    /// postgresql://user@host:port/db, without the password.
    QString location() const;
    /// QPSQL's connect options: the other parameters, plus a session whose
    /// transactions default to read-only and whose strings read as the guard reads them.
    QString connectOptions() const;
};

} // namespace lotse
