#pragma once

#include "sources/sourcekind.h"

namespace lotse {

/// Redis, read over RESP: INFO, the slow log and keys without a TTL as
/// built-in lists; memory, hit ratio and clients as KPI cards.
class RedisKind final : public SourceKind
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RedisKind)

public:
    RedisKind();

    std::expected<std::unique_ptr<Source>, Error> build(const Connection &connection,
                                                        const QString &secret) const override;
};

} // namespace lotse
