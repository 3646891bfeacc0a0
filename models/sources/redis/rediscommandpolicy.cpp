#include "sources/redis/rediscommandpolicy.h"

#include <QSet>

namespace lotse {

namespace {

/// Commands that only read, whatever their arguments.
const QSet<QByteArray> &plainReads()
{
    // clang-format off
    static const QSet<QByteArray> commands{
        "GET", "MGET", "STRLEN", "GETRANGE", "SUBSTR", "EXISTS", "TYPE", "TTL", "PTTL", "EXPIRETIME", "PEXPIRETIME",
        "HGET", "HMGET", "HGETALL", "HLEN", "HKEYS", "HVALS", "HEXISTS", "HSTRLEN", "HRANDFIELD", "HSCAN", "LLEN",
        "LRANGE", "LINDEX", "LPOS", "SCARD", "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SRANDMEMBER", "SSCAN", "SINTER",
        "SUNION", "SDIFF", "SINTERCARD", "ZCARD", "ZCOUNT", "ZLEXCOUNT", "ZRANGE", "ZRANGEBYSCORE", "ZRANGEBYLEX",
        "ZREVRANGE", "ZREVRANGEBYSCORE", "ZREVRANGEBYLEX", "ZRANK", "ZREVRANK", "ZSCORE", "ZMSCORE", "ZRANDMEMBER",
        "ZSCAN", "ZINTER", "ZUNION", "ZDIFF", "ZINTERCARD", "XLEN", "XRANGE", "XREVRANGE", "XPENDING", "GETBIT",
        "BITCOUNT", "BITPOS", "BITFIELD_RO", "GEOPOS", "GEODIST", "GEOHASH", "GEORADIUS_RO", "GEORADIUSBYMEMBER_RO",
        "GEOSEARCH", "SORT_RO", "LCS", "DUMP", "SCAN", "DBSIZE", "RANDOMKEY", "INFO", "PING", "ECHO", "TIME", "ROLE",
        "LASTSAVE"
    };
    // clang-format on
    return commands;
}

/// Commands with subcommands, and the subcommands that only read.
const QHash<QByteArray, QSet<QByteArray>> &readSubcommands()
{
    static const QHash<QByteArray, QSet<QByteArray>> commands{
        {"SLOWLOG", {"GET", "LEN", "HELP"}},
        {"CLIENT", {"LIST", "INFO", "GETNAME", "ID", "HELP"}},
        {"CONFIG", {"GET", "HELP"}},
        {"LATENCY", {"LATEST", "HISTORY", "DOCTOR", "GRAPH", "HISTOGRAM", "HELP"}},
        {"MEMORY", {"USAGE", "STATS", "DOCTOR", "MALLOC-STATS", "HELP"}},
        {"OBJECT", {"ENCODING", "FREQ", "IDLETIME", "REFCOUNT", "HELP"}},
        {"COMMAND", {"COUNT", "INFO", "DOCS", "LIST", "GETKEYS", "HELP"}},
        {"XINFO", {"STREAM", "GROUPS", "CONSUMERS", "HELP"}},
        {"CLUSTER", {"INFO", "NODES", "SLOTS", "SHARDS", "MYID", "KEYSLOT", "COUNTKEYSINSLOT", "HELP"}},
        {"ACL", {"WHOAMI", "CAT", "HELP"}},
        {"MODULE", {"LIST", "HELP"}},
        {"FUNCTION", {"LIST", "STATS", "HELP"}},
    };
    return commands;
}

/// Why a command that is not on the lists above is refused. Those lists
/// decide; these groups only name the reason in the message.
const char *refusalReason(const QByteArray &command)
{
    struct Group
    {
        QSet<QByteArray> commands;
        const char *reason;
    };
    // clang-format off
    static const Group groups[] = {
        {{"SET", "SETNX", "SETEX", "PSETEX", "GETSET", "GETDEL", "GETEX", "MSET", "MSETNX", "APPEND", "INCR",
          "INCRBY", "INCRBYFLOAT", "DECR", "DECRBY", "SETRANGE", "DEL", "UNLINK", "EXPIRE", "PEXPIRE", "EXPIREAT",
          "PEXPIREAT", "PERSIST", "RENAME", "RENAMENX", "COPY", "MOVE", "RESTORE", "HSET", "HSETNX", "HMSET", "HDEL",
          "HINCRBY", "HINCRBYFLOAT", "LPUSH", "RPUSH", "LPUSHX", "RPUSHX", "LPOP", "RPOP", "LSET", "LREM", "LTRIM",
          "LINSERT", "LMOVE", "RPOPLPUSH", "BLPOP", "BRPOP", "BLMOVE", "SADD", "SREM", "SPOP", "SMOVE",
          "SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE", "ZADD", "ZREM", "ZINCRBY", "ZPOPMIN", "ZPOPMAX",
          "ZREMRANGEBYSCORE", "ZREMRANGEBYRANK", "ZREMRANGEBYLEX", "ZRANGESTORE", "ZUNIONSTORE", "ZINTERSTORE",
          "ZDIFFSTORE", "XADD", "XDEL", "XTRIM", "XACK", "XCLAIM", "XAUTOCLAIM", "XGROUP", "XREADGROUP", "SETBIT",
          "BITOP", "BITFIELD", "PFADD", "PFMERGE", "PFCOUNT", "GEOADD", "SORT", "PUBLISH", "SPUBLISH"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy", "it writes or deletes data.")},
        {{"FLUSHALL", "FLUSHDB", "SWAPDB"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy", "it deletes or swaps every key of a database.")},
        {{"SHUTDOWN", "DEBUG", "SAVE", "BGSAVE", "BGREWRITEAOF", "REPLICAOF", "SLAVEOF", "FAILOVER", "MIGRATE",
          "RESET", "MONITOR", "SYNC", "PSYNC"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy", "it changes the server's state or blocks it.")},
        {{"KEYS"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy",
                           "it blocks the server while it walks every key; use @keys-without-ttl or SCAN.")},
        {{"EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "FCALL", "FCALL_RO", "SCRIPT"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy", "a script can write, and Lotse cannot see what it does.")},
        {{"AUTH", "HELLO", "SELECT", "QUIT", "MULTI", "EXEC", "WATCH", "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE"},
         QT_TRANSLATE_NOOP("lotse::RedisCommandPolicy",
                           "Lotse manages the connection itself (credentials and database "
                           "come from the source's URL).")},
    };
    // clang-format on
    for (const Group &group : groups) {
        if (group.commands.contains(command))
            return group.reason;
    }
    return nullptr;
}

} // namespace

QByteArray RedisCommandPolicy::name(const QList<QByteArray> &arguments)
{
    if (arguments.isEmpty())
        return {};
    const QByteArray command = arguments.first().toUpper();
    if (readSubcommands().contains(command) && arguments.size() > 1)
        return command + ' ' + arguments.at(1).toUpper();
    return command;
}

Error RedisCommandPolicy::refuse(const QByteArray &command, const QString &reason)
{
    return {Error::Kind::Refused,
            tr("The Redis command %1 was refused: %2 Lotse only reads; it never changes a system it watches.")
                .arg(QString::fromUtf8(command), reason)};
}

std::expected<void, Error> RedisCommandPolicy::check(const QList<QByteArray> &arguments)
{
    if (arguments.isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid, tr("The Redis command is empty.")});
    const QByteArray command = arguments.first().toUpper();
    if (plainReads().contains(command))
        return {};
    if (const auto sub = readSubcommands().constFind(command); sub != readSubcommands().cend()) {
        const QByteArray full = name(arguments);
        if (arguments.size() > 1 && sub->contains(arguments.at(1).toUpper()))
            return {};
        if (full == "CONFIG SET" || full == "CONFIG REWRITE" || full == "CONFIG RESETSTAT")
            return std::unexpected(refuse(full, tr("it changes the server's configuration.")));
        if (full == "CLIENT KILL" || full == "CLIENT PAUSE" || full == "CLIENT NO-EVICT")
            return std::unexpected(refuse(full, tr("it acts on other clients' connections.")));
        return std::unexpected(
            refuse(full, tr("it is not one of the subcommands of %1 that only read.").arg(QString::fromUtf8(command))));
    }
    if (const char *reason = refusalReason(command))
        return std::unexpected(refuse(command, tr(reason)));
    return std::unexpected(refuse(command, tr("it writes data or is not on Lotse's list of commands that only read.")));
}

} // namespace lotse
