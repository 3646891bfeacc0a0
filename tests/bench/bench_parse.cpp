// Parses a query_range body of 100 series × 11,000 points into columns and
// thins them to 1920 px. Prints the best of several runs; asserts only that
// the work was done right, never how fast (timings are figures, not tests).
#include "benchreport.h"
#include "core/decimator.h"
#include "sources/prometheus/prometheusresponseparser.h"
#include "rangebody.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <limits>

int main()
{
    const QByteArray body = lotse::test::rangeBody(100, 11000);
    QTextStream(stdout) << "body: " << body.size() / 1e6 << " MB\n";

    double bestParse = std::numeric_limits<double>::max();
    lotse::QueryResult result;
    for (int run = 0; run < 5; ++run) {
        // A private copy with room for the padding, as the network layer leaves it.
        QByteArray copy;
        copy.reserve(body.size() + lotse::PrometheusResponseParser::kPadding);
        copy.append(body);
        QElapsedTimer timer;
        timer.start();
        auto parsed = lotse::PrometheusResponseParser::parse(std::move(copy));
        bestParse = std::min(bestParse, timer.nsecsElapsed() / 1e6);
        if (!parsed || parsed->series.size() != 100 || parsed->series.front().size() != 11000) {
            QTextStream(stderr) << "parse failed\n";
            return 1;
        }
        result = std::move(*parsed);
    }
    lotse::test::reportFigure(QStringLiteral("parse 100x11000 query_range"), bestParse, QStringLiteral("ms"),
                              QStringLiteral("< 150 ms"));

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
