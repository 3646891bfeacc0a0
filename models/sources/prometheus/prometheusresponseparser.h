#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Parses bodies of the Prometheus HTTP API (`query`, `query_range`) into
/// columns. Pure and thread-safe: the client runs it on a worker thread.
class PrometheusResponseParser final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::PrometheusResponseParser)

public:
    /// Bytes the parser needs readable after a body; a body allocated with this
    /// much spare capacity is parsed without being copied.
    static constexpr qsizetype kPadding = 64;
    /// Bodies up to this size leave the parser's buffers in place for the next
    /// one; a larger body's are given back when it is parsed. A warm parser
    /// reads 100 series of 11,000 points (40 MB) in about 45 ms, a cold one in
    /// about 490 ms (bench_parse): the bound keeps the charts' largest usual
    /// answers warm and gives back only what is rarer still.
    static constexpr size_t kKeptCapacity = size_t(48) << 20;

    /// Parses a success or error body. A body with `status:"error"` yields an
    /// Error of kind QueryFailed whose message carries `errorType` and `error`.
    /// The body is taken by value because simdjson needs padding after the
    /// data; the parser grows the buffer in place instead of copying it.
    static std::expected<QueryResult, Error> parse(QByteArray body);
    /// Readies this thread's parser for bodies of up to about @p bytes by
    /// parsing a matrix of that size: a first parse allocates and faults in
    /// the buffers (48 of the 52 ms a first 2.5 MB answer took on this thread).
    static void warmUp(qsizetype bytes);

    /// Parses one sample value as Prometheus writes it: a decimal number,
    /// "NaN", "+Inf" or "-Inf". Returns false when the text is none of these.
    static bool parseSampleValue(std::string_view text, double &value);
};

} // namespace lotse
