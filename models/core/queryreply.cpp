#include "core/queryreply.h"

#include <QPointer>

namespace lotse {

QueryReply::QueryReply(QString query, QObject *parent)
    : QObject(parent)
    , m_query(std::move(query))
    , m_result(std::unexpected(Error{Error::Kind::Canceled, {}}))
{
}

void QueryReply::onFinished(QObject *context, std::function<void(Result)> callable)
{
    Q_ASSERT(context && !m_contextGone);
    m_contextGone = connect(context, &QObject::destroyed, this, &QueryReply::abandon);
    // Guarded: the producer may delete its reply while the answer is queued.
    const auto deliver = [self = QPointer<QueryReply>(this), callable = std::move(callable)] {
        if (!self)
            return;
        disconnect(self->m_contextGone);
        callable(self->takeResult());
        self->deleteLater();
    };
    // An answer that is there already still waits for the next turn: the
    // caller finishes what it was doing first, as with any other answer.
    if (m_finished)
        QMetaObject::invokeMethod(context, deliver, Qt::QueuedConnection);
    else
        m_delivery = connect(this, &QueryReply::finished, context, deliver);
}

void QueryReply::abandon()
{
    // Disconnected first: the abort may finish the reply at once, and the
    // consumer being destroyed must not hear of it.
    disconnect(m_delivery);
    abort();
    deleteLater();
}

void QueryReply::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    Q_EMIT finished();
}

void QueryReply::abort()
{
    if (!m_finished)
        Q_EMIT abortRequested();
}

} // namespace lotse
