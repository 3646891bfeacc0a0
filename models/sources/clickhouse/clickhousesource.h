#pragma once

#include "sources/clickhouse/clickhousesettings.h"
#include "sources/source.h"
#include "databases/viewquery.h"

#include <QSslConfiguration>

#include <expected>
#include <functional>

class QNetworkAccessManager;

namespace lotse {

/// A ClickHouse server read through its HTTP interface, answers in FORMAT
/// JSONCompact. A query is one read-only SQL statement or a built-in list:
/// `@slow-queries [limit=N]` (system.query_log), `@running-queries`
/// (system.processes), `@table-sizes` (system.parts). Read-only by
/// construction: ClickHouseGuard refuses anything but one reading statement, and
/// every request carries readonly=1 and max_execution_time.
///
/// The lists read the server's version first: before 19.13 query_log.type is
/// a number (2 = finished), since then an Enum8 ('QueryFinish').
class ClickHouseSource final : public Source
{
    Q_OBJECT

public:
    ClickHouseSource(QString name, ClickHouseSettings settings, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("clickhouse"); }
    QString location() const override { return m_settings.location(); }
    const ClickHouseSettings &settings() const { return m_settings; }

    /// Runs @p query now; @p at is ignored.
    QueryReply *instant(const QString &query, const QDateTime &at) override;
    /// `SELECT version()`, remembered after the first answer.
    QueryReply *serverVersion() override;

    /// One of the built-in lists by id, e.g. "slow-queries".
    QueryReply *list(const QString &view);
    /// Whether a server of @p version stores query_log.type as a number.
    static bool numericQueryLogType(const QString &version);
    /// The SQL of a built-in list for a server of @p version; empty when unknown.
    static QString viewSql(const ViewQuery &view, const QString &version);

private:
    using Continue = std::function<void(const QString &version)>;

    /// The endpoint with the session settings: database, time and result caps, readonly.
    QUrl requestUrl() const;
    void execute(const QString &sql, QueryReply *reply, const QString &valueColumn);
    void withVersion(QueryReply *reply, Continue next);
    QueryReply *newReply(const QString &query);

    ClickHouseSettings m_settings;
    /// Built once from m_settings.tls; an unusable file fails every query with the reason.
    std::expected<QSslConfiguration, Error> m_tls;
    QNetworkAccessManager *m_network;
    QString m_version;
};

} // namespace lotse
