#pragma once

#include "core/queryresult.h"

#include <QByteArray>
#include <QList>

namespace lotse {

/// The reply to Redis's INFO, every section parsed.
class RedisInfo final
{
public:
    struct Entry
    {
        QString section; ///< "server", "stats", "keyspace", … (lower case)
        QString field;   ///< "used_memory"; nested values are split: "db0.keys", "cmdstat_get.calls"
        QVariant value;  ///< a number when the text is one
    };

    static RedisInfo parse(const QByteArray &text);

    const QList<Entry> &entries() const { return m_entries; }
    /// The value of @p field in any section; invalid when absent.
    QVariant value(const QString &field) const;
    /// section, field, value: one row per entry.
    Table toTable() const;
    /// One row of what operators watch: hit ratio, memory against maxmemory,
    /// clients, evicted and expired keys, throughput.
    Table overview() const;

private:
    void add(const QString &section, const QString &field, const QString &text);

    QList<Entry> m_entries;
};

} // namespace lotse
