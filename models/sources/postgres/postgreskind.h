#pragma once

#include "sources/sourcekind.h"

namespace lotse {

/// PostgreSQL, read through QPSQL: its statistics views as built-in lists,
/// cache, connections, dead tuples and lock waits as KPI cards.
class PostgresKind final : public SourceKind
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PostgresKind)

public:
    PostgresKind();

    std::expected<std::unique_ptr<Source>, Error> build(const Connection &connection,
                                                        const QString &secret) const override;
};

} // namespace lotse
