#pragma once

#include "core/error.h"
#include "databases/viewquery.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// The SQL behind PostgreSQL's built-in lists (DatabaseViews, kind "postgres"),
/// written for the server's version: pg_stat_statements renamed its time
/// columns in PostgreSQL 13. Each list puts the number a check most likely
/// reduces in its first numeric column.
class PostgresViews final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PostgresViews)

public:
    /// The statement for @p view on a server of @p versionNumber (server_version_num).
    static std::expected<QString, Error> sql(const ViewQuery &view, int versionNumber);
    /// The leading columns of every index outside the system schemas: schema, table, column.
    static QString indexedColumns();
    /// Every statement Lotse sends starts with this comment (the connection
    /// also names itself application_name=lotse), so the Top statements list
    /// can leave Lotse's own monitoring out; pg_stat_statements keeps comments.
    inline static const QString kMarker = QStringLiteral("/* lotse */ ");
    /// @p sql with kMarker in front.
    static QString marked(const QString &sql);
    /// A clearer message for a failed list, e.g. pg_stat_statements not installed.
    static Error explain(const QString &view, const Error &error);
};

} // namespace lotse
