#include "sources/sourcekinds.h"

#include "sources/clickhouse/clickhousekind.h"
#include "sources/postgres/postgreskind.h"
#include "sources/prometheus/prometheuskind.h"
#include "sources/redis/rediskind.h"

#include <memory>

namespace lotse {

const QList<const SourceKind *> &SourceKinds::all()
{
    // The registration: one line per kind.
    static const std::unique_ptr<const SourceKind> kinds[] = {
        std::make_unique<PrometheusKind>(),
        std::make_unique<PostgresKind>(),
        std::make_unique<RedisKind>(),
        std::make_unique<ClickHouseKind>(),
    };
    static const QList<const SourceKind *> list = [] {
        QList<const SourceKind *> pointers;
        for (const auto &kind : kinds)
            pointers.append(kind.get());
        return pointers;
    }();
    return list;
}

const SourceKind *SourceKinds::find(const QString &id)
{
    for (const SourceKind *kind : all()) {
        if (kind->id() == id)
            return kind;
    }
    return nullptr;
}

QStringList SourceKinds::ids()
{
    QStringList ids;
    for (const SourceKind *kind : all())
        ids.append(kind->id());
    return ids;
}

QString SourceKinds::alternatives(const QStringList &items)
{
    if (items.size() < 2)
        return items.join(QString());
    return tr("%1 or %2").arg(items.first(items.size() - 1).join(QStringLiteral(", ")), items.last());
}

} // namespace lotse
