#pragma once

#include "snapshot/recordedanswer.h"
#include "sources/rangesource.h"
#include "sources/source.h"
#include "sources/sourceinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace lotse {

/// A source that is no longer there: it answers from what a snapshot recorded,
/// so a DashboardSession shows a saved snapshot unchanged, with no server
/// reachable. An instant query gets the recorded answer nearest the instant
/// asked; a range query the recorded range of the same query, at the step
/// asked when there is one, else the nearest step, whatever the window (the
/// snapshot's window is the only one it has). A query it never saw answers
/// NoData, saying so.
class SnapshotSource final : public Source, public RangeSource
{
    Q_OBJECT

public:
    /// @p answers are this source's; @p savedAt is when the snapshot was written.
    SnapshotSource(SourceInfo info, QList<RecordedAnswer> answers, QDateTime savedAt, QObject *parent = nullptr);

    /// The kind of the source it was recorded from.
    QString kind() const override { return m_info.kind; }
    /// Where the recorded source was: reports name the server the data came from.
    QString location() const override { return m_info.location; }
    const SourceInfo &info() const { return m_info; }
    /// When the snapshot was saved: the GUI marks data from here as a snapshot of that time.
    QDateTime savedAt() const { return m_savedAt; }

    QueryReply *instant(const QString &query, const QDateTime &at) override;
    QueryReply *range(const QString &query, const TimeWindow &window, double step) override;
    /// The recorded version; Malformed when the server reported none, as it did live.
    QueryReply *serverVersion() override;
    /// Ranges when it recorded any: a source that had none was never asked for one.
    RangeSource *ranges() override { return m_ranged ? this : nullptr; }

private:
    const RecordedAnswer *nearest(RecordedAnswer::Kind kind, const QString &query, double wanted) const;
    QueryReply *answer(const QString &query, const RecordedAnswer *recorded);

    SourceInfo m_info;
    QList<RecordedAnswer> m_answers;
    QHash<QString, QList<qsizetype>> m_byQuery; ///< m_answers' places by query, in order
    QDateTime m_savedAt;
    bool m_ranged;
};

} // namespace lotse
