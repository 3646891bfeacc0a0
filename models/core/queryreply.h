#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QObject>

#include <expected>

namespace lotse {

/// The handle of one asynchronous query: it finishes once, with a result or an
/// error that names the cause. The caller owns it after finished() and deletes
/// it with deleteLater().
class QueryReply final : public QObject
{
    Q_OBJECT

public:
    using Result = std::expected<QueryResult, Error>;

    explicit QueryReply(QString query, QObject *parent = nullptr);

    const QString &query() const { return m_query; }
    bool isFinished() const { return m_finished; }
    /// Valid once finished() was emitted.
    const Result &result() const { return m_result; }
    /// Moves the result out, for a consumer that hands it on to a worker thread.
    Result takeResult() { return std::move(m_result); }

    /// Ends the reply with @p result and emits finished(); later calls are ignored.
    void finish(Result result);
    /// Asks the producer to stop early; the reply then finishes as Canceled.
    void abort();

Q_SIGNALS:
    void finished();
    /// Emitted by abort() for the producer of the result.
    void abortRequested();

private:
    QString m_query;
    bool m_finished = false;
    Result m_result;
};

} // namespace lotse
