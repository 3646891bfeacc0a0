#pragma once

#include "snapshot/recordedanswer.h"
#include "sources/rangesource.h"
#include "sources/source.h"

#include <QHash>
#include <QList>
#include <QPointer>

namespace lotse {

class SourceRegistry;

/// A source that passes every request on to a live source and keeps the latest
/// answer to each query, so that what a dashboard shows can be saved as a
/// snapshot (SnapshotFile) exactly as it was read. Only the newest answer per
/// query (and, for ranges, per step) is kept: memory stays bounded however long
/// the dashboard refreshes.
class RecordingSource final : public Source, public RangeSource
{
    Q_OBJECT

public:
    /// Relays to @p live, which stays owned by its registry.
    explicit RecordingSource(Source *live, QObject *parent = nullptr);

    QString kind() const override { return m_kind; }
    QString location() const override { return m_location; }
    Source *live() const { return m_live; }

    QueryReply *instant(const QString &query, const QDateTime &at) override;
    QueryReply *range(const QString &query, const TimeWindow &window, double step) override;
    QueryReply *serverVersion() override;
    /// Ranges exactly when the live source has them.
    RangeSource *ranges() override { return m_ranged ? this : nullptr; }
    /// As the live source: a range read whose grid ends on its window's end is
    /// also recorded as the instant answer there, which is what a replay looks up.
    bool lastPointIsInstant() const override;

    /// The latest answers, instants first, each query once (ranges once per step).
    QList<RecordedAnswer> answers() const;

    /// Adds to @p recording one RecordingSource for each source of @p live, under
    /// the same names: give @p recording to the DashboardSession.
    static void wrapAll(const SourceRegistry &live, SourceRegistry &recording);
    /// The answers every RecordingSource of @p registry holds.
    static QList<RecordedAnswer> answersOf(const SourceRegistry &registry);

private:
    QueryReply *relay(QueryReply *upstream, RecordedAnswer asked);
    void record(RecordedAnswer answer);

    /// Ranges of one query asked at more steps than this (charts being resized)
    /// lose the step answered longest ago.
    static constexpr int kStepsPerQuery = 4;

    QPointer<Source> m_live;
    QString m_kind;
    QString m_location;
    bool m_ranged;
    QHash<QString, RecordedAnswer> m_instants;      ///< by query
    QHash<QString, QList<RecordedAnswer>> m_ranges; ///< by query, one per step
};

} // namespace lotse
