#pragma once

#include "core/error.h"
#include "core/queryreply.h"
#include "snapshot/snapshotconnection.h"
#include "snapshot/snapshotdata.h"
#include "snapshot/snapshotlimits.h"

#include <QHash>

#include <functional>

#include <expected>

class QSqlQuery;

namespace lotse {

/// Reads a `.lotse` file for SnapshotFile::read() as if it came from anyone:
/// read-only, its schema compared with the one Lotse writes before any table
/// is read (a `kpis` that is a view never runs), every query bounded by
/// SnapshotLimits, and every length checked against its partner (a series'
/// times against its values and its point count, a table's rows against its
/// columns) before anything uses it.
class SnapshotReader final
{
public:
    static std::expected<SnapshotData, Error> read(const QString &path, const SnapshotLimits &limits);

private:
    SnapshotReader(const QString &path, const SnapshotLimits &limits);

    std::expected<void, Error> readAll(SnapshotData &data);
    std::expected<QHash<QString, QString>, Error> readMeta(const QHash<QString, QString> &schema);
    std::expected<QHash<QString, QString>, Error> readSchema();
    std::expected<void, Error> checkSchema(const QHash<QString, QString> &schema) const;
    std::expected<void, Error> readSources(SnapshotData &data);
    std::expected<void, Error> readKpis(SnapshotData &data);
    std::expected<void, Error> readAnswers(SnapshotData &data);
    std::expected<void, Error> readSeries(const QHash<qint64, qsizetype> &rowOf, QList<QueryReply::Result> &results);

    std::expected<Series, Error> seriesFrom(const QSqlQuery &row, qint64 answer);

    /// Runs @p statement and hands each row to @p row, stopping with an error
    /// past @p most rows of @p table or at the first error @p row returns.
    std::expected<void, Error> eachRow(const QString &statement, qint64 most, const char *table,
                                       const std::function<std::expected<void, Error>(const QSqlQuery &)> &row);
    /// The error of a failed query: Timeout when the bound in time was reached.
    Error failed(const QSqlQuery &query) const;
    Error notSnapshot() const;
    /// SQLite could not read the file (Invalid, as for any unreadable input).
    Error unreadable(const QString &reason) const;
    /// The file reads but what it holds does not fit together (Malformed).
    Error malformed(const QString &reason) const;

    QString m_path;
    SnapshotLimits m_limits;
    SnapshotConnection m_connection;
    qint64 m_points = 0;
};

} // namespace lotse
