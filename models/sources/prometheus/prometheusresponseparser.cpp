#include "sources/prometheus/prometheusresponseparser.h"

#include <simdjson.h>

#include <QScopeGuard>

#include <charconv>
#include <limits>
#include <optional>

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

} // namespace

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

void PrometheusResponseParser::warmUp(qsizetype bytes)
{
    static constexpr char kHead[] = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[)";
    static constexpr char kPoint[] = R"([1700000000,"0"],)";
    QByteArray body;
    body.reserve(bytes + kPadding);
    body.append(kHead);
    while (body.size() + qsizetype(sizeof kPoint) < bytes)
        body.append(kPoint);
    body.append(R"([1700000000,"0"]]}]}})");
    (void)parse(std::move(body));
}

std::expected<QueryResult, Error> PrometheusResponseParser::parse(QByteArray body)
{
    if (body.trimmed().isEmpty())
        return std::unexpected(Error{Error::Kind::Malformed, tr("The server sent an empty answer.")});

    const qsizetype length = body.size();
    static_assert(kPadding >= qsizetype(simdjson::SIMDJSON_PADDING));
    body.reserve(length + kPadding); // in place when the caller left room
    thread_local dom::parser parser;
    // Each pool thread keeps its parser, sized for the largest body it read:
    // worth it for the usual answers, but the DOM of a huge one is about three
    // times its size, and would stay, once per thread, for as long as the window.
    const auto release = qScopeGuard([] {
        if (parser.capacity() > kKeptCapacity)
            parser = dom::parser();
    });

    QueryResult result;
    std::string status;
    std::string errorType;
    std::string errorText;
    try {
        const dom::object root = parser.parse(body.constData(), size_t(length), false);
        // The document keeps its own copy of every string: the body can go
        // before the columns are built, so both are never held at once.
        body = QByteArray();
        status = stringField(root, "status");
        errorType = stringField(root, "errorType");
        errorText = stringField(root, "error");
        dom::array warnings;
        if (root["warnings"].get(warnings) == simdjson::SUCCESS) {
            for (dom::element warning : warnings)
                result.warnings.append(fromView(std::string_view(warning)));
        }
        if (status == "success")
            readData(root["data"], result);
    } catch (const simdjson::simdjson_error &e) {
        return std::unexpected(Error{Error::Kind::Malformed,
                                     tr("The server's answer is not valid Prometheus JSON (%1).")
                                         .arg(QString::fromUtf8(simdjson::error_message(e.error())))});
    } catch (const BadShape &e) {
        return std::unexpected(
            Error{Error::Kind::Malformed, tr("The server's answer is not valid Prometheus JSON (%1).").arg(e.what)});
    }

    if (status == "error") {
        return std::unexpected(Error{Error::Kind::QueryFailed,
                                     tr("The query failed (%1): %2")
                                         .arg(QString::fromStdString(errorType.empty() ? "unknown" : errorType),
                                              QString::fromStdString(errorText))});
    }
    if (status != "success")
        return std::unexpected(
            Error{Error::Kind::Malformed, tr("The server's answer has no \"status\" of \"success\" or \"error\".")});
    return result;
}

} // namespace lotse
