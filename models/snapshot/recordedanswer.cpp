#include "snapshot/recordedanswer.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace lotse {

QString RecordedAnswer::kindId(Kind kind)
{
    return kind == Kind::Instant ? QStringLiteral("instant") : QStringLiteral("range");
}

std::optional<RecordedAnswer::Kind> RecordedAnswer::kindFrom(const QString &id)
{
    if (id == QLatin1String("instant"))
        return Kind::Instant;
    if (id == QLatin1String("range"))
        return Kind::Range;
    return std::nullopt;
}

void RecordedAnswer::finishWithCopy(QueryReply *reply, std::shared_ptr<const QueryReply::Result> result)
{
    QObject::connect(reply, &QueryReply::abortRequested, reply, [reply] {
        reply->finish(std::unexpected(Error{Error::Kind::Canceled, {}}));
    });
    QtConcurrent::run([result = std::move(result)] {
        return QueryReply::Result(*result);
    }).then(reply, [target = QPointer<QueryReply>(reply)](QFuture<QueryReply::Result> copy) {
        // Taken, not copied again: the future's own copy is moved out. A
        // copy made before then() was attached runs this at once, inside
        // the request, before its caller could connect to the reply: the
        // finish always waits for the next event-loop turn.
        auto taken = std::make_shared<QueryReply::Result>(copy.takeResult());
        QMetaObject::invokeMethod(
            target,
            [target, taken] {
                if (target)
                    target->finish(std::move(*taken));
            },
            Qt::QueuedConnection);
    });
}

} // namespace lotse
