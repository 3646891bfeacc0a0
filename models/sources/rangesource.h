#pragma once

#include "core/error.h"
#include "core/queryreply.h"
#include "core/timerange.h"

#include <QCoreApplication>

namespace lotse {

class Source;

/// What a source with a time axis adds to Source: series over a range. Only
/// Prometheus-compatible engines have one, and the recording and replaying
/// stand-ins of them; a database answers at one instant. Source::ranges() says
/// whether a source has it, so no database kind carries a stub.
class RangeSource
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RangeSource)

public:
    virtual ~RangeSource() = default;

    /// The series of @p query over @p window, one point every @p step seconds.
    virtual QueryReply *range(const QString &query, const TimeWindow &window, double step) = 0;
    /// Whether a range read evaluates its query at the very instants asked for,
    /// so that a read ending at an instant, on a grid through it, ends with the
    /// values an instant read there gives: a card then takes its value from its
    /// sparkline's read. A replay says no: it answers instant reads as they
    /// were recorded.
    virtual bool lastPointIsInstant() const { return false; }

    /// Why @p source, which has no ranges, cannot give a series.
    static Error unsupported(const Source &source);
};

} // namespace lotse
