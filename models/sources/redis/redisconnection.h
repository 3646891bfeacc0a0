#pragma once

#include "core/error.h"
#include "sources/redis/redisprivileges.h"
#include "sources/redis/redissettings.h"
#include "sources/redis/resp.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <expected>
#include <functional>

class QTcpSocket;

namespace lotse {

/// One connection to a Redis server over QTcpSocket, asynchronous: commands
/// go out as pipelines and their replies come back in order. It connects on
/// first use and authenticates (AUTH [user] password) and selects the database
/// before anything else. Every batch has a deadline; a timeout or a broken
/// connection fails every waiting batch with an Error that names the cause,
/// and the next batch connects afresh.
///
/// Every command passes RedisCommandPolicy's allow-list before anything is
/// sent: a refused command fails its whole batch with a Refused error and
/// nothing of the batch reaches the server. Only the connection's own AUTH
/// and SELECT bypass it, and on its first use its read of the user's
/// privileges (ACL GETUSER, COMMAND), answered before the first batch.
class RedisConnection final : public QObject
{
    Q_OBJECT

public:
    /// One reply per command; a Redis error reply is a value, not a failure.
    using Replies = std::expected<QList<RespValue>, Error>;
    using Done = std::function<void(Replies)>;

    RedisConnection(RedisSettings settings, QObject *parent = nullptr);

    /// Sends @p commands as one pipeline; @p done runs (always later, never
    /// from within send) unless @p context is gone by then.
    void send(QList<QList<QByteArray>> commands, QObject *context, Done done);
    const RedisSettings &settings() const { return m_settings; }
    /// The Error for an error reply ("-NOAUTH …", "-NOPERM …", "-ERR …").
    Error replyError(const RespValue &reply) const;

Q_SIGNALS:
    /// Once, before the answer to the first batch that reached the server.
    void privilegesRead(const RedisPrivileges &privileges);

private:
    struct Batch
    {
        QList<QList<QByteArray>> commands;
        QPointer<QObject> context;
        Done done;
        QList<RespValue> replies;
        bool handshake = false;
        bool written = false;
    };

    void connectToServer();
    void queuePrivilegeRead();
    void writePending();
    void readReplies();
    void socketFailed(QAbstractSocket::SocketError error);
    void failAll(const Error &error);
    void finishFront();
    void armDeadline();
    Error transportError(QAbstractSocket::SocketError error) const;

    RedisSettings m_settings;
    QTcpSocket *m_socket;
    RespReader m_reader;
    std::deque<Batch> m_batches;
    QTimer m_deadline;
    bool m_ready = false;
    bool m_privilegesRead = false;
};

} // namespace lotse
