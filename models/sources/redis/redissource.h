#pragma once

#include "sources/redis/redisprivileges.h"
#include "sources/redis/redissettings.h"
#include "sources/source.h"
#include "databases/viewquery.h"

#include <optional>

namespace lotse {

class RedisConnection;
struct RespValue;

/// A Redis server read over RESP on one asynchronous QTcpSocket. A query is a
/// command line (`INFO memory`, `SLOWLOG GET 10`, `GET "a key"`) or a
/// built-in list: `@info [SECTION]`, `@overview`, `@slowlog [COUNT]`,
/// `@keys-without-ttl PATTERN [limit=N]`. Read-only by construction: every
/// command, the lists' own included, passes RedisCommandPolicy's allow-list of
/// read commands before anything is sent.
class RedisSource final : public Source
{
    Q_OBJECT

public:
    RedisSource(QString name, RedisSettings settings, QObject *parent = nullptr);

    QString kind() const override { return QStringLiteral("redis"); }
    QString location() const override { return m_settings.location(); }
    const RedisSettings &settings() const { return m_settings; }

    /// Runs @p query now; @p at is ignored, Redis has no history.
    QueryReply *instant(const QString &query, const QDateTime &at) override;
    /// redis_version from INFO server.
    QueryReply *serverVersion() override;

    /// One of the built-in lists by id with its arguments, e.g. "keys-without-ttl session:*".
    QueryReply *list(const QString &view);
    /// What the user could change, once the connection's first use read it.
    const std::optional<RedisPrivileges> &privileges() const { return m_privileges; }
    /// Keys scanned at most by @keys-without-ttl unless `limit=` says otherwise.
    static constexpr int kDefaultScanLimit = 10000;

private:
    using Convert = std::function<QueryReply::Result(const RespValue &)>;

    QueryReply *runView(const QString &query, const ViewQuery &view);
    QueryReply *send(const QString &query, const QList<QByteArray> &command, Convert convert);

    RedisSettings m_settings;
    RedisConnection *m_connection;
    std::optional<RedisPrivileges> m_privileges;
};

} // namespace lotse
