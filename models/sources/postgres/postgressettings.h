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
    QMap<QString, QString> options; ///< other libpq parameters: sslrootcert, application_name, hostaddr, …
    int statementTimeoutMs = 10000; ///< statement_timeout and lock_timeout of every statement
    int connectTimeoutS = 5;
    bool plainText = false; ///< tls: off: no TLS, even to a remote host (shown with a warning)

    /// `postgresql://user[:password]@host:port/db?application_name=…` or
    /// libpq's `host=… port=… dbname=… user=…`; an error text names what is
    /// wrong. An sslmode weaker than verify-full is refused: TLS is verified
    /// by default, and only tls: off on a connection turns it off.
    static std::expected<PostgresSettings, Error> fromDsn(const QString &dsn);
    /// postgresql://user@host:port/db, without the password.
    QString location() const;
    /// Whether the server is on this machine (a Unix socket, localhost, a
    /// loopback address), where the connection may stay plain text.
    bool isLocal() const;
    /// QPSQL's connect options: the other parameters; TLS verified against
    /// sslrootcert or the system's CAs (verify-full) unless the server is
    /// local or plainText is set; and a session whose transactions default
    /// to read-only and whose strings read as the guard reads them.
    QString connectOptions() const;
    /// The system's bundle of CA certificates, for verify-full without a CA file of the connection's own.
    static QString systemCaFile();
};

} // namespace lotse
