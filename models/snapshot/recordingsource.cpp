#include "snapshot/recordingsource.h"

#include "dashboard/measurereader.h"
#include "sources/sourceregistry.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace lotse {

namespace {

/// Whether the grid of a range read runs through its window's end: then its
/// last points are what an instant read there answers (a card's value read
/// with its sparkline).
bool endsOnGrid(const RecordedAnswer &range)
{
    const qint64 length = std::llround((range.window.to - range.window.from) * 1000.0);
    const qint64 step = std::llround(range.step * 1000.0);
    return step > 0 && length >= 0 && length % step == 0;
}

/// The instant answer at the end of @p range, which ends on its grid.
RecordedAnswer instantAtEnd(const RecordedAnswer &range)
{
    RecordedAnswer instant;
    instant.kind = RecordedAnswer::Kind::Instant;
    instant.source = range.source;
    instant.query = range.query;
    instant.at = range.window.to;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(std::llround(range.window.to * 1000.0), Qt::UTC);
    const QueryReply::Result &answer = *range.result;
    instant.result = std::make_shared<const QueryReply::Result>(
        answer ? QueryReply::Result(MeasureReader::valuesAt(*answer, at)) : QueryReply::Result(answer));
    return instant;
}

} // namespace

RecordingSource::RecordingSource(Source *live, QObject *parent)
    : Source(live->name(), parent)
    , m_live(live)
    , m_kind(live->kind())
    , m_location(live->location())
    , m_ranged(live->ranges() != nullptr)
{
}

QueryReply *RecordingSource::instant(const QString &query, const QDateTime &at)
{
    RecordedAnswer asked;
    asked.kind = RecordedAnswer::Kind::Instant;
    asked.query = query;
    asked.at = double(at.toMSecsSinceEpoch()) / 1000.0;
    return relay(m_live ? m_live->instant(query, at) : nullptr, std::move(asked));
}

QueryReply *RecordingSource::range(const QString &query, const TimeWindow &window, double step)
{
    RecordedAnswer asked;
    asked.kind = RecordedAnswer::Kind::Range;
    asked.query = query;
    asked.window = window;
    asked.step = step;
    RangeSource *ranged = m_live ? m_live->ranges() : nullptr;
    return relay(ranged ? ranged->range(query, window, step) : nullptr, std::move(asked));
}

bool RecordingSource::lastPointIsInstant() const
{
    RangeSource *ranged = m_live ? m_live->ranges() : nullptr;
    return ranged && ranged->lastPointIsInstant();
}

QueryReply *RecordingSource::serverVersion()
{
    // Versions are not answers to keep: SourceVersions asks them when saving.
    if (m_live)
        return m_live->serverVersion();
    auto *reply = new QueryReply(QStringLiteral("buildinfo"), this);
    QTimer::singleShot(0, reply, [reply] {
        reply->finish(std::unexpected(Error{Error::Kind::Invalid, SourceRegistry::missingMessage({})}));
    });
    return reply;
}

QueryReply *RecordingSource::relay(QueryReply *upstream, RecordedAnswer asked)
{
    auto *reply = new QueryReply(asked.query, this);
    if (!upstream) {
        QTimer::singleShot(0, reply, [reply] {
            reply->finish(std::unexpected(Error{Error::Kind::Invalid, SourceRegistry::missingMessage({})}));
        });
        return reply;
    }
    asked.source = name();
    connect(reply, &QueryReply::abortRequested, upstream, &QueryReply::abort);
    // Recorded even when the reader has gone: the answer is still the newest.
    upstream->onFinished(
        this,
        [this, target = QPointer<QueryReply>(reply), asked = std::move(asked)](QueryReply::Result answer) mutable {
            auto result = std::make_shared<const QueryReply::Result>(std::move(answer));
            // A canceled request was superseded: what it would have said is not on screen.
            if (*result || result->error().kind != Error::Kind::Canceled) {
                asked.result = result;
                record(std::move(asked));
            }
            if (target)
                RecordedAnswer::finishWithCopy(target, std::move(result));
        });
    return reply;
}

void RecordingSource::record(RecordedAnswer answer)
{
    if (answer.kind == RecordedAnswer::Kind::Instant) {
        m_instants.insert(answer.query, std::move(answer));
        return;
    }
    if (lastPointIsInstant() && endsOnGrid(answer))
        m_instants.insert(answer.query, instantAtEnd(answer));
    QList<RecordedAnswer> &steps = m_ranges[answer.query];
    const auto same = std::find_if(steps.begin(), steps.end(),
                                   [&answer](const RecordedAnswer &kept) { return kept.step == answer.step; });
    if (same != steps.end()) {
        *same = std::move(answer);
        return;
    }
    steps.append(std::move(answer));
    if (steps.size() > kStepsPerQuery) {
        const auto oldest = std::min_element(steps.begin(), steps.end(),
                                             [](const auto &a, const auto &b) { return a.window.to < b.window.to; });
        steps.erase(oldest);
    }
}

QList<RecordedAnswer> RecordingSource::answers() const
{
    QList<RecordedAnswer> all;
    for (const RecordedAnswer &answer : m_instants)
        all.append(answer);
    for (const QList<RecordedAnswer> &steps : m_ranges)
        all.append(steps);
    return all;
}

void RecordingSource::wrapAll(const SourceRegistry &live, SourceRegistry &recording)
{
    for (Source *source : live.sources())
        recording.add(new RecordingSource(source));
}

QList<RecordedAnswer> RecordingSource::answersOf(const SourceRegistry &registry)
{
    QList<RecordedAnswer> all;
    for (Source *source : registry.sources()) {
        if (const auto *recorder = qobject_cast<const RecordingSource *>(source))
            all.append(recorder->answers());
    }
    return all;
}

} // namespace lotse
