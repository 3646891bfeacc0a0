#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace lotse {

/// What the role a PostgreSQL source logs in as could change, as the server
/// tells on connecting. Lotse only reads whatever the role may do; a role
/// that could write is shown as such, because the safest guard is a role
/// that cannot (README: "A read-only role for Lotse").
struct PostgresPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PostgresPrivileges)

public:
    QString role;
    bool superuser = false;
    QStringList attributes;  ///< role attributes that change the cluster: createrole, createdb, bypassrls
    QStringList memberships; ///< pg_write_server_files, pg_execute_server_program, pg_signal_backend, pg_write_all_data
    qint64 writableTables = 0;   ///< relations it may INSERT into, UPDATE, DELETE from or TRUNCATE
    QStringList examples;        ///< up to three of them, schema.name
    QStringList schemas;         ///< schemas it may create objects in
    bool createsSchemas = false; ///< CREATE on the database

    /// The query that reads them, one JSON object in one row.
    static QString query();
    /// Reads the JSON object query() returns; nothing when it is not one.
    static std::optional<PostgresPrivileges> fromJson(const QByteArray &json);

    /// Whether the role could change anything at all.
    bool canWrite() const;
    /// What it could change, each as an identifier ("superuser", "pg_signal_backend", "write:public.orders").
    QStringList findings() const;
    /// One sentence for people: who the role is and what it could change.
    QString caution() const;
};

} // namespace lotse
