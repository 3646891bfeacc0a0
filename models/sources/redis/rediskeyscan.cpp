#include "sources/redis/rediskeyscan.h"

#include "databases/tableresult.h"

namespace lotse {

RedisKeyScan::RedisKeyScan(RedisConnection *connection, QString pattern, int limit, QString valueColumn,
                           QueryReply *reply)
    : QObject(reply)
    , m_connection(connection)
    , m_pattern(std::move(pattern))
    , m_limit(limit)
    , m_valueColumn(std::move(valueColumn))
    , m_reply(reply)
{
}

void RedisKeyScan::start()
{
    scan();
}

void RedisKeyScan::scan()
{
    const QList<QByteArray> command{"SCAN", m_cursor, "MATCH", m_pattern.toUtf8(), "COUNT", QByteArray::number(kStep)};
    m_connection->send({command}, this, [this](const RedisConnection::Replies &replies) { scanned(replies); });
}

void RedisKeyScan::scanned(const RedisConnection::Replies &replies)
{
    if (!replies) {
        fail(replies.error());
        return;
    }
    const RespValue &reply = replies->first();
    if (reply.isError()) {
        fail(m_connection->replyError(reply));
        return;
    }
    if (reply.items.size() != 2) {
        fail({Error::Kind::Malformed, tr("SCAN answered something other than a cursor and keys.")});
        return;
    }
    m_cursor = reply.items.at(0).text;
    QList<QList<QByteArray>> ttls;
    for (const RespValue &key : reply.items.at(1).items) {
        if (m_sampled + ttls.size() >= m_limit) {
            m_truncated = true; // keys left over: the count is a sample
            break;
        }
        ttls.append({"TTL", key.text});
    }
    if (ttls.isEmpty()) {
        counted(QList<RespValue>{});
        return;
    }
    m_connection->send(ttls, this, [this](const RedisConnection::Replies &replies) { counted(replies); });
}

void RedisKeyScan::counted(const RedisConnection::Replies &replies)
{
    if (!replies) {
        fail(replies.error());
        return;
    }
    for (const RespValue &ttl : *replies) {
        if (ttl.isError()) {
            fail(m_connection->replyError(ttl));
            return;
        }
        // -1: no TTL; -2: the key expired between SCAN and TTL, so it is not counted.
        if (ttl.type != RespValue::Type::Integer || ttl.integer == -2)
            continue;
        ++m_sampled;
        ++(ttl.integer == -1 ? m_withoutTtl : m_withTtl);
    }
    m_complete = m_cursor == "0" && !m_truncated;
    if (m_cursor == "0" || m_sampled >= m_limit)
        finish();
    else
        scan();
}

void RedisKeyScan::finish()
{
    Table table;
    table.columns = {QStringLiteral("without_ttl"), QStringLiteral("with_ttl"), QStringLiteral("sampled"),
                     QStringLiteral("complete"), QStringLiteral("pattern")};
    table.rows.append({m_withoutTtl, m_withTtl, m_sampled, m_complete, m_pattern});
    auto result = TableResult::make(std::move(table), m_valueColumn);
    if (result && !m_complete)
        result->warnings.append(tr("Sampled the first %1 keys matching %2; more exist.").arg(m_sampled).arg(m_pattern));
    m_reply->finish(std::move(result));
}

void RedisKeyScan::fail(const Error &error)
{
    m_reply->finish(std::unexpected(error));
}

} // namespace lotse
