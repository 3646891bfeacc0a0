#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace lotse {

/// Where a large Prometheus answer can be cut so that its `data.result` array
/// is parsed a few elements at a time: the DOM of a whole 40 MB answer touches
/// about twice its size again, the DOM of a piece only a few MB.
///
/// It only proposes cuts; the parser proves them. Each piece between two cuts
/// and the envelope around them must parse on their own, and only then is the
/// whole answer valid JSON with exactly those elements (see the parser).
class PrometheusResultSplitter final
{
public:
    struct Split
    {
        std::size_t arrayOpen = 0;       ///< offset of the `[` that opens `data.result`
        std::vector<std::size_t> commas; ///< offsets of the commas the array is cut at, ascending
    };

    /// How far into an answer `data.result` is looked for. Prometheus and
    /// VictoriaMetrics write it within the first hundred bytes.
    static constexpr std::size_t kEnvelopeReach = 64 * 1024;

    /// Cuts @p text into pieces of about @p pieceBytes each, between elements
    /// of `data.result`, or gives nothing when there is nowhere to cut: the
    /// array is not found near the start, a key is escaped, or no element
    /// boundary follows.
    static std::optional<Split> split(std::string_view text, std::size_t pieceBytes);

    /// The offset of the `[` opening the root object's `data.result` array, read
    /// token by token as simdjson would, or nothing when the envelope up to it is
    /// not the plain shape (the first "data" not an object, its first "result"
    /// not an array, an escaped key on the way, or not within kEnvelopeReach).
    static std::optional<std::size_t> resultArrayOpen(std::string_view text);

private:
    static std::vector<std::size_t> commasBetweenElements(std::string_view text, std::size_t from,
                                                          std::size_t pieceBytes);
};

} // namespace lotse
