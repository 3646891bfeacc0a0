#pragma once

#include "core/error.h"
#include "core/queryresult.h"

#include <QObject>

#include <expected>
#include <functional>

namespace lotse {

/// The handle of one asynchronous query: it finishes once, with a result or an
/// error that names the cause. Its consumer hands it onFinished() a context
/// object: the reply then lives exactly as long as someone waits for it.
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

    /// Calls @p callable once with the result, in @p context's thread, then
    /// deletes the reply; a reply finished already answers on the next turn
    /// of the event loop. When @p context is destroyed first, the request is
    /// aborted, @p callable is never called and the reply is deleted: a
    /// consumer that goes takes its requests with it. One consumer per reply.
    void onFinished(QObject *context, std::function<void(Result)> callable);

    /// Ends the reply with @p result and emits finished(); later calls are ignored.
    void finish(Result result);
    /// Asks the producer to stop early; the reply then finishes as Canceled.
    void abort();

Q_SIGNALS:
    void finished();
    /// Emitted by abort() for the producer of the result.
    void abortRequested();

private:
    void abandon();

    QString m_query;
    bool m_finished = false;
    Result m_result;
    QMetaObject::Connection m_delivery;
    QMetaObject::Connection m_contextGone;
};

} // namespace lotse
