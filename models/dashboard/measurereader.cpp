#include "dashboard/measurereader.h"

#include "dashboard/reduce.h"
#include "sources/source.h"

#include <QPointer>

namespace lotse {

namespace {

Error notJudged(double value)
{
    return Error{Error::Kind::NoData,
                 std::isnan(value) ? MeasureReader::tr("The check returned NaN: there is nothing to judge.")
                                   : MeasureReader::tr("The check returned an infinite value: it cannot be judged.")};
}

} // namespace

MeasureReading MeasureReader::judge(const MeasureSpec &spec, const QueryReply::Result &result)
{
    MeasureReading reading;
    if (!result) {
        reading.error = result.error();
        return reading;
    }
    reading.warnings = result->warnings;
    const auto value = KpiReducer::reduce(*result, spec.reduce);
    if (!value) {
        reading.error = value.error();
        return reading;
    }
    reading.value = *value;
    reading.state = spec.thresholds.classify(*value);
    // Without a denominator an infinite share is judged as a number, as always.
    if (std::isnan(*value) || (spec.denominator && std::isinf(*value))) {
        reading.state = State::Unknown;
        reading.error = notJudged(*value);
    }
    return reading;
}

QString MeasureReader::queryFor(const MeasureSpec &spec)
{
    if (spec.holdSeconds <= 0)
        return spec.query;
    // Twenty samples over the span: fine enough to see a dip, cheap enough for any span.
    const qint64 step = std::max<qint64>(1, spec.holdSeconds / 20);
    const bool lowerIsWorse = spec.thresholds.direction == Thresholds::Direction::LowerIsWorse;
    return QStringLiteral("%1((%2)[%3s:%4s])")
        .arg(lowerIsWorse ? QStringLiteral("max_over_time") : QStringLiteral("min_over_time"), spec.query)
        .arg(spec.holdSeconds)
        .arg(step);
}

void MeasureReader::read(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context, Done done,
                         const Started &started)
{
    QueryReply *reply = source.instantWith(queryFor(spec), at, spec.parameters);
    if (started)
        started(reply);
    QPointer<Source> from(&source);
    reply->onFinished(context, [from, spec, at, context, done = std::move(done), started](QueryReply::Result result) {
        concludeFrom(from, spec, at, context, result, done, started);
    });
}

void MeasureReader::conclude(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context,
                             const QueryReply::Result &result, Done done, const Started &started)
{
    concludeFrom(QPointer<Source>(&source), spec, at, context, result, std::move(done), started);
}

void MeasureReader::concludeFrom(QPointer<Source> source, const MeasureSpec &spec, const QDateTime &at,
                                 QObject *context, const QueryReply::Result &result, Done done, const Started &started)
{
    MeasureReading reading = judge(spec, result);
    // Only a number the source returned can be a share of nothing; no series at all stays an error.
    const bool notANumber = reading.error && result && !result->series.empty() && !std::isfinite(reading.value);
    if (!notANumber || !spec.denominator || !source) {
        done(std::move(reading));
        return;
    }
    readDenominator(*source, spec, at, context, std::move(reading), std::move(done), started);
}

QueryResult MeasureReader::valuesAt(const QueryResult &range, const QDateTime &at)
{
    // Compared in whole milliseconds, the precision the API's times have.
    const qint64 wanted = at.toMSecsSinceEpoch();
    QueryResult values;
    values.warnings = range.warnings;
    for (const Series &series : range.series) {
        if (series.isEmpty() || std::llround(series.times.back() * 1000.0) != wanted)
            continue;
        Series point;
        point.labels = series.labels;
        point.times = {series.times.back()};
        point.values = {series.values.back()};
        values.series.push_back(std::move(point));
    }
    return values;
}

void MeasureReader::readDenominator(Source &source, const MeasureSpec &spec, const QDateTime &at, QObject *context,
                                    MeasureReading reading, Done done, const Started &started)
{
    QueryReply *reply = source.instant(spec.denominator->query, at);
    if (started)
        started(reply);
    reply->onFinished(context,
                      [spec, reading = std::move(reading), done = std::move(done)](QueryReply::Result result) mutable {
                          const auto amount = result ? KpiReducer::reduce(*result, Reduce::Sum)
                                                     : std::expected<double, Error>(std::unexpected(result.error()));
                          if (amount && *amount == 0) {
                              reading.state = State::NotApplicable;
                              reading.error.reset();
                              reading.reason = spec.denominator->zero;
                          } else if (amount) {
                              // Something was there to judge, and the measure still could not: a real NaN.
                              reading.error->message += QLatin1Char(' ')
                                  + tr("Its denominator is %1, not zero: the query itself does not hold.").arg(*amount);
                          } else {
                              reading.error->message += QLatin1Char(' ')
                                  + tr("Its denominator could not be read: %1").arg(amount.error().message);
                          }
                          done(std::move(reading));
                      });
}

} // namespace lotse
