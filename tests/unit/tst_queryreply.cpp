// A reply lives as long as someone waits for it: its consumer hears the
// answer once and the reply goes after it; a consumer that goes first takes
// the request with it, aborted, and never hears of it.
#include "core/queryreply.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using lotse::QueryReply;
using lotse::QueryResult;

namespace {

QueryReply::Result text(const QString &value)
{
    QueryResult result;
    result.type = QueryResult::Type::String;
    result.text = value;
    return result;
}

} // namespace

class TestQueryReply final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theConsumerHearsOnceAndTheReplyGoesAfter()
    {
        auto *reply = new QueryReply(QStringLiteral("q"));
        const QPointer<QueryReply> watched(reply);
        QObject consumer;
        QStringList heard;
        bool aliveWhileHeard = false;
        reply->onFinished(&consumer, [&](QueryReply::Result result) {
            aliveWhileHeard = watched != nullptr;
            heard.append(result ? result->text : result.error().kindId());
        });
        reply->finish(text(QStringLiteral("first")));
        reply->finish(text(QStringLiteral("second"))); // ignored: a reply finishes once
        QCOMPARE(heard, QStringList{QStringLiteral("first")});
        QVERIFY(aliveWhileHeard);
        QTRY_VERIFY(watched.isNull());
        QCOMPARE(heard.size(), 1);
    }

    void anAnswerThereAlreadyComesOnTheNextTurn()
    {
        auto *reply = new QueryReply(QStringLiteral("q"));
        const QPointer<QueryReply> watched(reply);
        reply->finish(text(QStringLiteral("known")));
        QObject consumer;
        QStringList heard;
        reply->onFinished(&consumer, [&heard](QueryReply::Result result) { heard.append(result->text); });
        QVERIFY(heard.isEmpty()); // the caller finishes what it was doing first
        QTRY_COMPARE(heard, QStringList{QStringLiteral("known")});
        QTRY_VERIFY(watched.isNull());
    }

    void aConsumerThatGoesAbortsAndDeletesItsRequest()
    {
        QObject producer;
        auto *reply = new QueryReply(QStringLiteral("q"), &producer);
        const QPointer<QueryReply> watched(reply);
        QSignalSpy abortRequested(reply, &QueryReply::abortRequested);
        // The producer answers an abort at once, as the real sources do.
        connect(reply, &QueryReply::abortRequested, reply, [reply] {
            reply->finish(std::unexpected(lotse::Error{lotse::Error::Kind::Canceled, {}}));
        });
        int heard = 0;
        auto *consumer = new QObject;
        reply->onFinished(consumer, [&heard](QueryReply::Result) { ++heard; });
        delete consumer;
        QCOMPARE(abortRequested.size(), 1);
        QTRY_VERIFY(watched.isNull()); // not left with the producer until it goes
        QCOMPARE(heard, 0);
    }

    void aConsumerThatGoesAfterTheAnswerCameLeavesNothing()
    {
        auto *reply = new QueryReply(QStringLiteral("q"));
        const QPointer<QueryReply> watched(reply);
        QSignalSpy abortRequested(reply, &QueryReply::abortRequested);
        reply->finish(text(QStringLiteral("unheard")));
        int heard = 0;
        auto *consumer = new QObject;
        reply->onFinished(consumer, [&heard](QueryReply::Result) { ++heard; });
        delete consumer; // before the queued answer was delivered
        QTRY_VERIFY(watched.isNull());
        QCOMPARE(heard, 0);
        QCOMPARE(abortRequested.size(), 0); // nothing left to stop
    }
};

QTEST_GUILESS_MAIN(TestQueryReply)
#include "tst_queryreply.moc"
