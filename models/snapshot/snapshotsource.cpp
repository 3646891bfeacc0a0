#include "snapshot/snapshotsource.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace lotse {

SnapshotSource::SnapshotSource(SourceInfo info, QList<RecordedAnswer> answers, QDateTime savedAt, QObject *parent)
    : Source(info.name, parent)
    , m_info(std::move(info))
    , m_answers(std::move(answers))
    , m_savedAt(std::move(savedAt))
    , m_ranged(std::any_of(m_answers.cbegin(), m_answers.cend(),
                           [](const RecordedAnswer &answer) { return answer.kind == RecordedAnswer::Kind::Range; }))
{
    // Looked up by query: a snapshot may hold many answers and many KPIs ask.
    for (qsizetype at = 0; at < m_answers.size(); ++at)
        m_byQuery[m_answers.at(at).query].append(at);
}

const RecordedAnswer *SnapshotSource::nearest(RecordedAnswer::Kind kind, const QString &query, double wanted) const
{
    const RecordedAnswer *best = nullptr;
    double bestDistance = 0;
    for (const qsizetype at : m_byQuery.value(query)) {
        const RecordedAnswer &recorded = m_answers.at(at);
        if (recorded.kind != kind)
            continue;
        const double distance
            = std::abs((kind == RecordedAnswer::Kind::Instant ? recorded.at : recorded.step) - wanted);
        if (!best || distance < bestDistance) {
            best = &recorded;
            bestDistance = distance;
        }
    }
    return best;
}

QueryReply *SnapshotSource::instant(const QString &query, const QDateTime &at)
{
    return answer(query, nearest(RecordedAnswer::Kind::Instant, query, double(at.toMSecsSinceEpoch()) / 1000.0));
}

QueryReply *SnapshotSource::range(const QString &query, const TimeWindow &, double step)
{
    return answer(query, nearest(RecordedAnswer::Kind::Range, query, step));
}

QueryReply *SnapshotSource::answer(const QString &query, const RecordedAnswer *recorded)
{
    auto *reply = new QueryReply(query, this);
    if (recorded) {
        RecordedAnswer::finishWithCopy(reply, recorded->result);
        return reply;
    }
    auto missing = std::make_shared<const QueryReply::Result>(
        std::unexpected(Error{Error::Kind::NoData,
                              tr("The snapshot holds no answer to this query: it was not read when the "
                                 "snapshot was saved.")}));
    RecordedAnswer::finishWithCopy(reply, std::move(missing));
    return reply;
}

QueryReply *SnapshotSource::serverVersion()
{
    auto *reply = new QueryReply(QStringLiteral("buildinfo"), this);
    QueryReply::Result result = std::unexpected(Error{Error::Kind::Malformed, tr("The server reported no version.")});
    if (!m_info.version.isEmpty()) {
        QueryResult text;
        text.type = QueryResult::Type::String;
        text.text = m_info.version;
        result = std::move(text);
    }
    // Answered from the next event-loop turn, as every source answers.
    QTimer::singleShot(0, reply, [reply, result = std::move(result)] { reply->finish(result); });
    return reply;
}

} // namespace lotse
