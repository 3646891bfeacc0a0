#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QByteArray>
#include <QCoreApplication>

#include <expected>
#include <optional>

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
    /// A parse of up to this size (a piece, or a whole answer that could not be
    /// cut) leaves the parser's buffers in place for the next one; a larger
    /// one's are given back. A warm parser read 100 series of 11,000 points
    /// (40 MB) whole in about 45 ms, a cold one in about 490 ms (bench_parse).
    static constexpr size_t kKeptCapacity = size_t(48) << 20;
    /// Answers larger than this are parsed a piece of about this size at a
    /// time (PrometheusResultSplitter): the DOM of a whole 40 MB answer adds
    /// 87 MiB to the peak RSS, in pieces the parse adds 18 MiB, about the
    /// columns themselves, and takes as long (bench_parse).
    static constexpr qsizetype kPieceBytes = qsizetype(1) << 18;

    /// Parses a success or error body. A body with `status:"error"` yields an
    /// Error of kind QueryFailed whose message carries `errorType` and `error`.
    /// The body is taken by value because simdjson needs padding after the
    /// data; the parser grows the buffer in place instead of copying it.
    static std::expected<QueryResult, Error> parse(QByteArray body);
    /// As parse(), with the answer's series read @p pieceBytes at a time; the
    /// result is the same for any size (the fuzzer compares them).
    static std::expected<QueryResult, Error> parse(QByteArray body, qsizetype pieceBytes);
    /// Readies this thread's parser for bodies of up to about @p bytes by
    /// parsing a matrix of that size: a first parse allocates and faults in
    /// the buffers (48 of the 52 ms a first 2.5 MB answer took on this thread).
    /// Returns whether that matrix parsed, as it always should.
    static bool warmUp(qsizetype bytes);

    /// Parses one sample value as Prometheus writes it: a decimal number,
    /// "NaN", "+Inf" or "-Inf". Returns false when the text is none of these.
    static bool parseSampleValue(std::string_view text, double &value);

    /// A successful answer read @p pieceBytes at a time, or nothing when it
    /// cannot be cut or any piece is in doubt: then only a whole parse may say
    /// what it holds. @p body needs kPadding bytes of spare capacity; it is
    /// changed during the parse and given back as it was.
    static std::optional<QueryResult> parseInPieces(QByteArray &body, qsizetype pieceBytes);
};

} // namespace lotse
