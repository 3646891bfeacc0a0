#include "sources/prometheus/prometheusresponseparser.h"

#include "sources/prometheus/prometheusresultsplitter.h"

#include <simdjson.h>

#include <QScopeGuard>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace lotse {

namespace {

// The DOM API dispatches at run time to the best kernel of this processor;
// the on-demand API would be fixed at compile time to the baseline x86-64
// fallback, several times slower.
namespace dom = simdjson::dom;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// Thrown inside the parser only; parse() turns it into an Error.
struct BadShape
{
    QString what;
};

double sampleValue(std::string_view text)
{
    double result = 0;
    if (!PrometheusResponseParser::parseSampleValue(text, result))
        throw BadShape{QStringLiteral("sample value \"%1\" is not a number").arg(fromView(text))};
    return result;
}

/// Reads a `[timestamp, "value"]` pair into the series' columns.
void appendSample(dom::array pair, Series &series)
{
    auto it = pair.begin();
    const auto end = pair.end();
    if (it == end)
        throw BadShape{QStringLiteral("a sample must be [time, \"value\"]")};
    const double time = *it;
    if (++it == end)
        throw BadShape{QStringLiteral("a sample must be [time, \"value\"]")};
    series.times.push_back(time);
    series.values.push_back(sampleValue(std::string_view(*it)));
}

Labels readLabels(dom::object metric)
{
    Labels labels;
    for (auto [key, value] : metric)
        labels.insert(fromView(key), fromView(std::string_view(value)));
    return labels;
}

Series readSeriesEntry(dom::object entry)
{
    Series series;
    dom::element metric;
    if (entry["metric"].get(metric) == simdjson::SUCCESS)
        series.labels = readLabels(metric);
    dom::element sample;
    if (entry["value"].get(sample) == simdjson::SUCCESS)
        appendSample(sample, series);
    dom::array samples;
    if (entry["values"].get(samples) == simdjson::SUCCESS) {
        series.times.reserve(samples.size());
        series.values.reserve(samples.size());
        for (dom::element pair : samples)
            appendSample(pair, series);
    }
    return series;
}

std::optional<QueryResult::Type> typeFromName(std::string_view name)
{
    if (name == "vector")
        return QueryResult::Type::Vector;
    if (name == "matrix")
        return QueryResult::Type::Matrix;
    if (name == "scalar")
        return QueryResult::Type::Scalar;
    if (name == "string")
        return QueryResult::Type::String;
    return std::nullopt;
}

void readData(dom::object data, QueryResult &result)
{
    const std::string_view name = data["resultType"];
    const auto type = typeFromName(name);
    if (!type)
        throw BadShape{QStringLiteral("unknown resultType \"%1\"").arg(fromView(name))};
    result.type = *type;
    const dom::array items = data["result"];
    if (result.type == QueryResult::Type::Scalar || result.type == QueryResult::Type::String) {
        if (items.size() != 2)
            throw BadShape{QStringLiteral("a scalar or string result must be [time, \"value\"]")};
        result.text = fromView(std::string_view(items.at(1)));
        if (result.type == QueryResult::Type::Scalar) {
            Series series;
            appendSample(items, series);
            result.series.push_back(std::move(series));
        }
        return;
    }
    result.series.reserve(items.size());
    for (dom::element item : items)
        result.series.push_back(readSeriesEntry(item));
}

std::string stringField(dom::object object, const char *key)
{
    std::string_view text;
    if (object[key].get(text) == simdjson::SUCCESS)
        return std::string(text);
    return {};
}

dom::parser &threadParser()
{
    thread_local dom::parser parser;
    return parser;
}

/// What the root object says besides the result: status, error and warnings.
struct Envelope
{
    std::string status;
    std::string errorType;
    std::string errorText;
};

/// Reads @p root; the data only on success, as an error body may have none.
Envelope readRoot(dom::object root, QueryResult &result)
{
    Envelope envelope{stringField(root, "status"), stringField(root, "errorType"), stringField(root, "error")};
    dom::array warnings;
    if (root["warnings"].get(warnings) == simdjson::SUCCESS) {
        for (dom::element warning : warnings)
            result.warnings.append(fromView(std::string_view(warning)));
    }
    if (envelope.status == "success")
        readData(root["data"], result);
    return envelope;
}

QString notPrometheusJson(const QString &cause)
{
    return PrometheusResponseParser::tr("The server's answer is not valid Prometheus JSON (%1).").arg(cause);
}

std::expected<QueryResult, Error> parseWhole(QByteArray body)
{
    QueryResult result;
    Envelope envelope;
    try {
        const dom::object root = threadParser().parse(body.constData(), size_t(body.size()), false);
        // The document keeps its own copy of every string: the body can go
        // before the columns are built, so both are never held at once.
        body = QByteArray();
        envelope = readRoot(root, result);
    } catch (const simdjson::simdjson_error &e) {
        return std::unexpected(
            Error{Error::Kind::Malformed, notPrometheusJson(QString::fromUtf8(simdjson::error_message(e.error())))});
    } catch (const BadShape &e) {
        return std::unexpected(Error{Error::Kind::Malformed, notPrometheusJson(e.what)});
    }

    if (envelope.status == "error") {
        const std::string &type = envelope.errorType.empty() ? std::string("unknown") : envelope.errorType;
        return std::unexpected(Error{Error::Kind::QueryFailed, PrometheusResponseParser::tr("The query failed (%1): %2")
                                                                   .arg(QString::fromStdString(type),
                                                                        QString::fromStdString(envelope.errorText))});
    }
    if (envelope.status != "success")
        return std::unexpected(Error{Error::Kind::Malformed,
                                     PrometheusResponseParser::tr(
                                         "The server's answer has no \"status\" of \"success\" or \"error\".")});
    return result;
}

/// Parses the answer as if the array held only the elements after the last
/// cut: its start up to `[` and its end from the last cut on, copied together.
/// Throws unless that is a successful answer with series in the array.
QueryResult readEnvelope(const QByteArray &body, const PrometheusResultSplitter::Split &split)
{
    const qsizetype head = qsizetype(split.arrayOpen) + 1;
    const qsizetype tail = qsizetype(split.commas.back()) + 1;
    QByteArray envelope;
    envelope.reserve(head + body.size() - tail + PrometheusResponseParser::kPadding);
    envelope.append(body.constData(), head).append(body.constData() + tail, body.size() - tail);
    QueryResult result;
    const dom::object root = threadParser().parse(envelope.constData(), size_t(envelope.size()), false);
    const Envelope read = readRoot(root, result);
    const bool ofSeries = result.type == QueryResult::Type::Matrix || result.type == QueryResult::Type::Vector;
    if (read.status != "success" || !ofSeries || result.series.empty())
        throw BadShape{};
    return result;
}

/// Reads the elements between `from` (the array's `[` or a cut) and `to` (a
/// cut) by parsing them in place as an array of their own: the two commas
/// become brackets for the parse and are put back before anything else.
void readPiece(QByteArray &body, std::size_t from, std::size_t to, std::vector<Series> &series)
{
    char *text = body.data();
    const char before = std::exchange(text[from], '[');
    const char after = std::exchange(text[to], ']');
    dom::array elements;
    {
        const auto restore = qScopeGuard([&] {
            text[from] = before;
            text[to] = after;
        });
        elements = threadParser().parse(text + from, to - from + 1, false);
    }
    if (elements.size() == 0)
        throw BadShape{}; // "[,": the whole answer is not JSON
    for (dom::element element : elements)
        series.push_back(readSeriesEntry(element));
}

} // namespace

std::optional<QueryResult> PrometheusResponseParser::parseInPieces(QByteArray &body, qsizetype pieceBytes)
{
    const auto split = PrometheusResultSplitter::split(std::string_view(body.constData(), size_t(body.size())),
                                                       size_t(pieceBytes));
    if (!split)
        return std::nullopt;
    // Valid pieces joined by the commas they were cut at, inside a valid
    // envelope, are a valid answer with those elements in that order. Any
    // doubt, and the whole answer is parsed to say what is wrong with it.
    try {
        QueryResult result = readEnvelope(body, *split);
        std::vector<Series> series;
        std::size_t from = split->arrayOpen;
        for (const std::size_t comma : split->commas) {
            readPiece(body, from, comma, series);
            from = comma;
        }
        std::move(result.series.begin(), result.series.end(), std::back_inserter(series));
        result.series = std::move(series);
        return result;
    } catch (const simdjson::simdjson_error &) {
        return std::nullopt;
    } catch (const BadShape &) {
        return std::nullopt;
    }
}


bool PrometheusResponseParser::parseSampleValue(std::string_view text, double &value)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case 'N':
        if (text == "NaN") {
            value = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        return false;
    case '+':
        if (text == "+Inf") {
            value = std::numeric_limits<double>::infinity();
            return true;
        }
        text.remove_prefix(1); // from_chars takes no leading '+'
        break;
    case '-':
        if (text == "-Inf") {
            value = -std::numeric_limits<double>::infinity();
            return true;
        }
        break;
    default: break;
    }
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

bool PrometheusResponseParser::warmUp(qsizetype bytes)
{
    // Series of a few thousand points each, so that the parse goes in pieces
    // like a chart's answer and readies the same buffers.
    static constexpr char kHead[] = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    static constexpr char kSeries[] = R"({"metric":{},"values":[)";
    static constexpr char kPoint[] = R"([1700000000,"0"],)";
    static constexpr qsizetype kSeriesBytes = 64 * 1024;
    QByteArray body;
    body.reserve(bytes + kSeriesBytes + kPadding);
    body.append(kHead);
    do {
        body.append(kSeries);
        for (qsizetype written = 0; written < kSeriesBytes; written += qsizetype(sizeof kPoint) - 1)
            body.append(kPoint);
        body.append(R"([1700000000,"0"]]},)");
    } while (body.size() < bytes);
    body.chop(1);
    body.append("]}}");
    return parse(std::move(body)).has_value();
}

std::expected<QueryResult, Error> PrometheusResponseParser::parse(QByteArray body)
{
    return parse(std::move(body), kPieceBytes);
}

std::expected<QueryResult, Error> PrometheusResponseParser::parse(QByteArray body, qsizetype pieceBytes)
{
    // Not trimmed(): a body with a trailing newline would be copied whole.
    if (std::all_of(body.cbegin(), body.cend(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }))
        return std::unexpected(Error{Error::Kind::Malformed, tr("The server sent an empty answer.")});

    static_assert(kPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    body.reserve(body.size() + kPadding); // in place when the caller left room
    dom::parser &parser = threadParser();
    // Each pool thread keeps its parser, sized for the largest body it read:
    // worth it for the usual answers, but the DOM of a huge one is about three
    // times its size, and would stay, once per thread, for as long as the window.
    const auto release = qScopeGuard([&parser] {
        if (parser.capacity() > kKeptCapacity)
            parser = dom::parser();
    });
    if (body.size() > pieceBytes) {
        if (auto result = parseInPieces(body, pieceBytes))
            return std::move(*result);
    }
    return parseWhole(std::move(body));
}

} // namespace lotse
