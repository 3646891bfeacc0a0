#pragma once

#include "dashboard/dashboard.h"
#include "core/error.h"
#include "core/queryresult.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Turns what an instant query returned into the one value a KPI shows.
class KpiReducer final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::KpiReducer)

public:
    /// The last point of each series, combined by @p reduce. No series at all
    /// is an Error of kind NoData: a value that could not be read is never good.
    static std::expected<double, Error> reduce(const QueryResult &result, Reduce reduce);
};

/// Fills a legend template ("p95 {{instance}}") from a series' labels.
class LegendTemplate final
{
public:
    /// Without a template: `name{a="b", …}` as Prometheus writes a series.
    static QString render(const QString &pattern, const Labels &labels);
};

} // namespace lotse
