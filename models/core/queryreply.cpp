#include "core/queryreply.h"

namespace lotse {

QueryReply::QueryReply(QString query, QObject *parent)
    : QObject(parent)
    , m_query(std::move(query))
    , m_result(std::unexpected(Error{Error::Kind::Canceled, {}}))
{
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
