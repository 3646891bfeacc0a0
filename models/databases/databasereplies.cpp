#include "databases/databasereplies.h"

#include <QTimer>

namespace lotse {

QueryReply *DatabaseReplies::settled(QObject *parent, const QString &query, QueryReply::Result result)
{
    auto *reply = new QueryReply(query, parent);
    QTimer::singleShot(0, reply, [reply, result = std::move(result)]() mutable { reply->finish(std::move(result)); });
    return reply;
}

void DatabaseReplies::deadline(QueryReply *reply, int ms, const QString &location)
{
    QTimer::singleShot(ms, reply, [reply, ms, location] {
        reply->finish(std::unexpected(Error{Error::Kind::Timeout,
                                            tr("%1 did not answer within %2 s. The server may be overloaded or "
                                               "unreachable.")
                                                .arg(location)
                                                .arg(ms / 1000.0)}));
    });
}

} // namespace lotse
