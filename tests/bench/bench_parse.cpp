// Parses a query_range body of 100 series × 11,000 points into columns, in
// pieces and as one DOM side by side, with the peak RSS each adds, and thins
// them to 1920 px. Prints the best of several runs; asserts only that the work
// was done right, never how fast (timings are figures, not tests).
#include "benchreport.h"
#include "core/decimator.h"
#include "sources/prometheus/prometheusresponseparser.h"
#include "rangebody.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

struct ParseFigures
{
    double bestMs = std::numeric_limits<double>::max();
    double peakMiB = 0; ///< the largest growth of the peak RSS during one parse
};

/// Best of five parses of @p body read @p pieceBytes at a time, and what each
/// added to the peak RSS; the last result is left in @p result.
std::optional<ParseFigures> measureParse(const QByteArray &body, qsizetype pieceBytes, lotse::QueryResult &result)
{
    ParseFigures figures;
    for (int run = 0; run < 5; ++run) {
        result = {};
        // A private copy with room for the padding, as the network layer leaves it.
        QByteArray copy;
        copy.reserve(body.size() + lotse::PrometheusResponseParser::kPadding);
        copy.append(body);
        const bool peakReset = lotse::test::resetPeakRss();
        const qint64 before = lotse::test::statusKiB("VmRSS");
        QElapsedTimer timer;
        timer.start();
        auto parsed = lotse::PrometheusResponseParser::parse(std::move(copy), pieceBytes);
        figures.bestMs = std::min(figures.bestMs, timer.nsecsElapsed() / 1e6);
        if (peakReset)
            figures.peakMiB = std::max(figures.peakMiB, double(lotse::test::statusKiB("VmHWM") - before) / 1024);
        if (!parsed || parsed->series.size() != 100 || parsed->series.front().size() != 11000)
            return std::nullopt;
        result = std::move(*parsed);
    }
    return figures;
}

} // namespace

int main()
{
    const QByteArray body = lotse::test::rangeBody(100, 11000);
    QTextStream(stdout) << "body: " << body.size() / 1e6 << " MB\n";

    // Side by side: in pieces, as Lotse parses now, and the whole body as one
    // DOM, as it did before. Pieces first: memory the allocator keeps after a
    // parse is not counted again, and the baseline should not gain from that.
    lotse::QueryResult result;
    const auto pieces = measureParse(body, lotse::PrometheusResponseParser::kPieceBytes, result);
    const auto whole = measureParse(body, body.size(), result);
    if (!whole || !pieces) {
        QTextStream(stderr) << "parse failed\n";
        return 1;
    }
    using lotse::test::reportFigure;
    reportFigure(QStringLiteral("parse 100x11000 query_range"), pieces->bestMs, QStringLiteral("ms"),
                 QStringLiteral("< 150 ms"));
    reportFigure(QStringLiteral("parse 100x11000 as one DOM (baseline)"), whole->bestMs, QStringLiteral("ms"),
                 QStringLiteral("none"));
    reportFigure(QStringLiteral("parse 100x11000: peak RSS added"), pieces->peakMiB, QStringLiteral("MiB"),
                 QStringLiteral("close to the columns' 17 MiB"));
    reportFigure(QStringLiteral("parse 100x11000 as one DOM: peak RSS added (baseline)"), whole->peakMiB,
                 QStringLiteral("MiB"), QStringLiteral("none"));

    const double from = result.series.front().times.front();
    const double to = result.series.front().times.back();
    double bestDecimate = std::numeric_limits<double>::max();
    qsizetype kept = 0;
    for (int run = 0; run < 20; ++run) {
        QElapsedTimer timer;
        timer.start();
        kept = 0;
        for (const lotse::Series &series : result.series)
            kept += lotse::Decimator::decimate(series, from, to, 1920).size();
        bestDecimate = std::min(bestDecimate, timer.nsecsElapsed() / 1e6);
    }
    if (kept == 0 || kept > 100 * (3 * 1920 + 2)) {
        QTextStream(stderr) << "decimation kept " << kept << " points\n";
        return 1;
    }
    lotse::test::reportFigure(QStringLiteral("decimate 100x11000 to 1920 px"), bestDecimate, QStringLiteral("ms"),
                              QStringLiteral("< 5 ms"));
    return 0;
}
