#pragma once

#include "core/error.h"
#include "core/localizedtext.h"
#include "core/queryreply.h"
#include "core/thresholds.h"
#include "dashboard/dashboard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>

#include <cmath>
#include <functional>
#include <optional>

namespace lotse {

class Source;

/// What a measure read at one instant: a value judged by its thresholds,
/// nothing to judge (NotApplicable, with the reason), or an error.
struct MeasureReading
{
    double value = std::nan("");
    State state = State::Unknown;
    std::optional<Error> error;
    LocalizedText reason; ///< why there was nothing to judge
    QStringList warnings; ///< remarks the source attached to the answer
};

/// Reads a measure (a KPI card or a runbook check) the same way everywhere:
/// the query reduced to one value and judged, and, when that value is NaN or
/// infinite, the measure's denominator, whose zero means "nothing to judge".
/// A NaN without a denominator, or with one that is not zero, stays an error:
/// n/a is never a guess about a broken query.
class MeasureReader final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::MeasureReader)

public:
    using Done = std::function<void(MeasureReading)>;
    /// Told of every reply the read starts, so its owner can abort them.
    using Started = std::function<void(QueryReply *)>;

    /// Reads @p spec from @p source at @p at; @p done runs once in @p
    /// context's thread, never when @p context is gone first.
    static void read(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context, Done done,
                     const Started &started = {});
    /// Finishes a read of @p spec whose answer came another way (a card's value
    /// taken from its sparkline's read): judges @p result and reads the
    /// denominator when the value is not a number, as read() does.
    static void conclude(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context,
                         const QueryReply::Result &result, Done done, const Started &started = {});
    /// What an instant read at @p at answers, out of a range read evaluated last
    /// at @p at: each series' point there. A series without one had no value
    /// at @p at, and an instant read would not return it either.
    static QueryResult valuesAt(const QueryResult &range, const QDateTime &at);
    /// The query sent for @p spec: with `for:`, the least bad value of its
    /// query over that span (min_over_time where higher is worse), so the
    /// state is the one that held all along, not a moment's.
    static QString queryFor(const MeasureSpec &spec);
    /// Judges what the query of @p spec returned, before any denominator.
    static MeasureReading judge(const MeasureSpec &spec, const QueryReply::Result &result);

private:
    static void concludeFrom(QPointer<Source> source, const MeasureSpec &spec, const QDateTime &at, QObject *context,
                             const QueryReply::Result &result, Done done, const Started &started);
    static void readDenominator(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context,
                                MeasureReading reading, Done done, const Started &started);
};

} // namespace lotse
