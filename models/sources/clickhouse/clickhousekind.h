#pragma once

#include "sources/sourcekind.h"

namespace lotse {

/// ClickHouse, read over its HTTP interface: slow and running queries and
/// table sizes as built-in lists; query time, running queries and parts as
/// KPI cards.
class ClickHouseKind final : public SourceKind
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ClickHouseKind)

public:
    ClickHouseKind();

    std::expected<std::unique_ptr<Source>, Error> build(const Connection &connection,
                                                        const QString &secret) const override;
};

} // namespace lotse
