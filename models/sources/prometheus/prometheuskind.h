#pragma once

#include "sources/sourcekind.h"

namespace lotse {

/// Prometheus and every engine that speaks its HTTP API (VictoriaMetrics,
/// Thanos, Mimir): the one kind with history, and with a choice of
/// authentication and extra headers.
class PrometheusKind final : public SourceKind
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PrometheusKind)

public:
    PrometheusKind();

    std::expected<std::unique_ptr<Source>, Error> build(const Connection &connection,
                                                        const QString &secret) const override;
};

} // namespace lotse
