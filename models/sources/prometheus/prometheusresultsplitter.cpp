#include "sources/prometheus/prometheusresultsplitter.h"

#include <algorithm>

namespace lotse {

namespace {

constexpr std::size_t kNone = std::string_view::npos;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The offset of the quote closing the string opened at @p open, or kNone when
/// the string does not end or has an escape (which simdjson would unescape
/// before comparing keys, so the raw text would not say which key it is).
std::size_t plainStringEnd(std::string_view text, std::size_t open)
{
    for (std::size_t i = open + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            return kNone;
        if (text[i] == '"')
            return i;
    }
    return kNone;
}

} // namespace

std::optional<std::size_t> PrometheusResultSplitter::resultArrayOpen(std::string_view text)
{
    const std::string_view head = text.substr(0, kEnvelopeReach);
    std::size_t depth = 0;
    bool inData = false;
    bool valueNext = false; // the last token was a key's colon
    std::string_view lastString;
    std::size_t i = 0;
    while (i < head.size() && isSpace(head[i]))
        ++i;
    for (const std::size_t root = i; i < head.size(); ++i) {
        const char c = head[i];
        if (isSpace(c))
            continue;
        if (depth == 0 && (i > root || c != '{'))
            return std::nullopt; // not an object, or something after the root
        if (valueNext) {
            valueNext = false;
            // simdjson's object[key] takes the first key that matches; so does this.
            if (depth == 1 && lastString == "data") {
                if (c != '{')
                    return std::nullopt;
                inData = true;
            } else if (inData && depth == 2 && lastString == "result") {
                return c == '[' ? std::optional(i) : std::nullopt;
            }
        }
        switch (c) {
        case '"': {
            const std::size_t end = plainStringEnd(head, i);
            if (end == kNone)
                return std::nullopt;
            lastString = head.substr(i + 1, end - i - 1);
            i = end;
            break;
        }
        case ':': valueNext = true; break;
        case '{':
        case '[': ++depth; break;
        case '}':
        case ']':
            --depth;
            if (inData && depth < 2)
                return std::nullopt; // "data" closed without a "result"
            break;
        default: break;
        }
    }
    return std::nullopt;
}

std::vector<std::size_t> PrometheusResultSplitter::commasBetweenElements(std::string_view text, std::size_t from,
                                                                         std::size_t pieceBytes)
{
    // In valid JSON `},{"` is never inside a string: the `"` after `{` would have
    // to be escaped. So it is a comma between two objects of some array; which
    // array it is, the parser's checks of each piece decide.
    static constexpr std::string_view kBetweenObjects = "},{\"";
    std::vector<std::size_t> commas;
    std::size_t pieceStart = from;
    while (text.size() - pieceStart > pieceBytes) {
        const std::size_t close = text.find(kBetweenObjects, pieceStart + pieceBytes - 1);
        if (close == kNone)
            break;
        commas.push_back(close + 1);
        pieceStart = close + 2;
    }
    return commas;
}

std::optional<PrometheusResultSplitter::Split> PrometheusResultSplitter::split(std::string_view text,
                                                                               std::size_t pieceBytes)
{
    const auto open = resultArrayOpen(text);
    if (!open)
        return std::nullopt;
    Split split{*open, commasBetweenElements(text, *open + 1, std::max<std::size_t>(pieceBytes, 1))};
    if (split.commas.empty())
        return std::nullopt;
    return split;
}

} // namespace lotse
