#include "sources/redis/redisinfo.h"

#include <QRegularExpression>

namespace lotse {

namespace {

QVariant typed(const QString &text)
{
    bool ok = false;
    const qlonglong whole = text.toLongLong(&ok);
    if (ok)
        return whole;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    return text;
}

} // namespace

void RedisInfo::add(const QString &section, const QString &field, const QString &text)
{
    // "db0:keys=95,expires=40,avg_ttl=0" and "cmdstat_get:calls=3,usec=9,…" hold
    // several values; each becomes a field of its own.
    static const QRegularExpression nested(QStringLiteral("^[a-z_]+=[^,]*(,[a-z_]+=[^,]*)+$"));
    if (nested.match(text).hasMatch()) {
        for (const QString &pair : text.split(QLatin1Char(','))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            m_entries.append({section, field + QLatin1Char('.') + pair.left(equals), typed(pair.mid(equals + 1))});
        }
        return;
    }
    m_entries.append({section, field, typed(text)});
}

RedisInfo RedisInfo::parse(const QByteArray &text)
{
    RedisInfo info;
    QString section;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            section = line.mid(1).trimmed().toLower();
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        info.add(section, line.left(colon), line.mid(colon + 1));
    }
    return info;
}

QVariant RedisInfo::value(const QString &field) const
{
    for (const Entry &entry : m_entries) {
        if (entry.field == field)
            return entry.value;
    }
    return {};
}

Table RedisInfo::toTable() const
{
    Table table;
    table.columns = {QStringLiteral("value"), QStringLiteral("section"), QStringLiteral("field")};
    for (const Entry &entry : m_entries)
        table.rows.append({entry.value, entry.section, entry.field});
    return table;
}

Table RedisInfo::overview() const
{
    const auto number = [this](const char *field) {
        return value(QLatin1String(field)).toDouble();
    };
    const double hits = number("keyspace_hits");
    const double misses = number("keyspace_misses");
    const double used = number("used_memory");
    const double maxmemory = number("maxmemory");
    Table table;
    table.columns = {QStringLiteral("hit_ratio"),
                     QStringLiteral("used_memory"),
                     QStringLiteral("maxmemory"),
                     QStringLiteral("memory_used_ratio"),
                     QStringLiteral("connected_clients"),
                     QStringLiteral("blocked_clients"),
                     QStringLiteral("evicted_keys"),
                     QStringLiteral("expired_keys"),
                     QStringLiteral("keyspace_hits"),
                     QStringLiteral("keyspace_misses"),
                     QStringLiteral("instantaneous_ops_per_sec"),
                     QStringLiteral("maxmemory_policy"),
                     QStringLiteral("redis_version"),
                     QStringLiteral("lookups")};
    // No lookups yet, or no memory limit: the ratio is unknown, not zero.
    table.rows.append({hits + misses > 0 ? QVariant(hits / (hits + misses)) : QVariant(),
                       value(QStringLiteral("used_memory")), value(QStringLiteral("maxmemory")),
                       maxmemory > 0 ? QVariant(used / maxmemory) : QVariant(),
                       value(QStringLiteral("connected_clients")), value(QStringLiteral("blocked_clients")),
                       value(QStringLiteral("evicted_keys")), value(QStringLiteral("expired_keys")),
                       value(QStringLiteral("keyspace_hits")), value(QStringLiteral("keyspace_misses")),
                       value(QStringLiteral("instantaneous_ops_per_sec")), value(QStringLiteral("maxmemory_policy")),
                       value(QStringLiteral("redis_version")), hits + misses});
    return table;
}

} // namespace lotse
