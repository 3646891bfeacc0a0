#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrlQuery>

#include <expected>

namespace lotse {

/// Prometheus' label values API (`/api/v1/label/NAME/values`): the values a
/// label has among the series a selector matches within a time window, read
/// from the index. It is what a `label_values` variable asks, and much
/// cheaper for the server than a query over every sample of the window.
class PrometheusLabelValues final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PrometheusLabelValues)

public:
    /// More values than a picker can offer: the answer is refused, not cut.
    static constexpr int kMaxValues = 10000;
    /// A value longer than this is no name to pick from a list.
    static constexpr int kMaxValueLength = 1024;

    /// The path with its query for @p label among the series of @p selector
    /// (empty: all) from @p from to @p to (Unix seconds); an error for a
    /// label name Prometheus does not allow, which could not be a path part.
    static std::expected<QString, Error> path(const QString &label, const QString &selector, double from, double to);
    /// The values of the answer @p body, sorted; a named error for anything else.
    static std::expected<QStringList, Error> parse(const QByteArray &body);
};

} // namespace lotse
