#pragma once

#include "core/queryreply.h"
#include "core/timerange.h"

#include <QString>

#include <memory>
#include <optional>

namespace lotse {

/// One answer a source gave, kept as it came: what was asked (an instant or a
/// range query, when, at what step) and the result or error, shared so that it
/// is written to a snapshot and replayed without being copied on the GUI thread.
struct RecordedAnswer
{
    enum class Kind {
        Instant,
        Range
    };

    Kind kind = Kind::Instant;
    QString source; ///< the name of the source that answered
    QString query;
    double at = 0;     ///< Instant: the instant asked for, Unix seconds
    TimeWindow window; ///< Range: the window asked for
    double step = 0;   ///< Range: seconds between points
    std::shared_ptr<const QueryReply::Result> result;

    /// "instant" or "range", as the snapshot file stores it.
    static QString kindId(Kind kind);
    static std::optional<Kind> kindFrom(const QString &id);

    /// Finishes @p reply with a copy of @p result. The copy is made on a worker
    /// thread (a range answer may hold millions of points) and handed to the
    /// reply on its own thread, by move; an abort finishes it as Canceled.
    static void finishWithCopy(QueryReply *reply, std::shared_ptr<const QueryReply::Result> result);
};

} // namespace lotse
