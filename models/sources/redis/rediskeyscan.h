#pragma once

#include "core/queryreply.h"
#include "sources/redis/redisconnection.h"

#include <QObject>

namespace lotse {

/// Counts the keys under a pattern that have no TTL, KATO's "sessions that
/// never expire" check. SCAN walks the keyspace in steps (never KEYS, which
/// blocks the server) and each step's keys are asked their TTL in one
/// pipeline; it stops after @p limit keys, so a huge keyspace costs a bounded
/// sample, and says whether the count covers every key.
class RedisKeyScan final : public QObject
{
    Q_OBJECT

public:
    /// Keys asked per SCAN step (its COUNT hint).
    static constexpr int kStep = 500;

    /// Finishes @p reply (its parent) with a one-row table: without_ttl,
    /// with_ttl, sampled, complete, pattern.
    RedisKeyScan(RedisConnection *connection, QString pattern, int limit, QString valueColumn, QueryReply *reply);
    void start();

private:
    void scan();
    void scanned(const RedisConnection::Replies &replies);
    void counted(const RedisConnection::Replies &replies);
    void finish();
    void fail(const Error &error);

    RedisConnection *m_connection;
    QString m_pattern;
    int m_limit;
    QString m_valueColumn;
    QueryReply *m_reply;
    QByteArray m_cursor = "0";
    qint64 m_withoutTtl = 0;
    qint64 m_withTtl = 0;
    qint64 m_sampled = 0;
    bool m_complete = false;
    bool m_truncated = false;
};

} // namespace lotse
