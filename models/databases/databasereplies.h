#pragma once

#include "core/queryreply.h"

#include <QCoreApplication>

namespace lotse {

/// What the three database sources share about their replies.
class DatabaseReplies final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DatabaseReplies)

public:
    /// A reply that finishes with @p result on the next turn of the event loop,
    /// so that callers see the same asynchronous order as for a real query.
    static QueryReply *settled(QObject *parent, const QString &query, QueryReply::Result result);
    /// Finishes @p reply as Timeout if it has not finished after @p ms: the
    /// deadline the caller sees whatever the connection does.
    static void deadline(QueryReply *reply, int ms, const QString &location);
};

} // namespace lotse
