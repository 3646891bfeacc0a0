#include "sources/redis/redisconnection.h"

#include "sources/redis/rediscommandpolicy.h"

#include <QTcpSocket>

namespace lotse {

RedisConnection::RedisConnection(RedisSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_socket(new QTcpSocket(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        failAll({Error::Kind::Timeout,
                 tr("%1 did not answer within %2 s. The server may be overloaded or blocked by "
                    "a slow command.")
                     .arg(m_settings.location())
                     .arg(m_settings.timeoutMs / 1000.0)});
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_ready = true;
        writePending();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &RedisConnection::readReplies);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &RedisConnection::socketFailed);
}

void RedisConnection::send(QList<QList<QByteArray>> commands, QObject *context, Done done)
{
    for (const QList<QByteArray> &command : std::as_const(commands)) {
        if (auto allowed = RedisCommandPolicy::check(command); !allowed) {
            QTimer::singleShot(0, context,
                               [done = std::move(done), error = allowed.error()] { done(std::unexpected(error)); });
            return;
        }
    }
    Batch batch;
    batch.commands = std::move(commands);
    batch.context = context;
    batch.done = std::move(done);
    m_batches.push_back(std::move(batch));
    armDeadline();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        connectToServer();
    else if (m_ready)
        writePending();
}

void RedisConnection::connectToServer()
{
    m_ready = false;
    m_reader.clear();
    Batch handshake;
    handshake.handshake = true;
    if (!m_settings.password.isEmpty()) {
        QList<QByteArray> auth{"AUTH"};
        if (!m_settings.user.isEmpty())
            auth.append(m_settings.user.toUtf8());
        auth.append(m_settings.password.toUtf8());
        handshake.commands.append(auth);
    }
    if (m_settings.database != 0)
        handshake.commands.append({"SELECT", QByteArray::number(m_settings.database)});
    if (!handshake.commands.isEmpty())
        m_batches.push_front(std::move(handshake));
    m_socket->connectToHost(m_settings.host, m_settings.port);
}

void RedisConnection::writePending()
{
    for (Batch &batch : m_batches) {
        if (batch.written)
            continue;
        QByteArray out;
        for (const QList<QByteArray> &command : std::as_const(batch.commands))
            out += RespReader::encode(command);
        m_socket->write(out);
        batch.written = true;
    }
}

void RedisConnection::readReplies()
{
    m_reader.feed(m_socket->readAll());
    while (auto value = m_reader.next()) {
        if (m_batches.empty() || !m_batches.front().written) {
            failAll({Error::Kind::Malformed, tr("%1 sent a reply nobody asked for.").arg(m_settings.location())});
            return;
        }
        Batch &front = m_batches.front();
        front.replies.append(std::move(*value));
        if (front.replies.size() == front.commands.size())
            finishFront();
    }
    if (m_reader.overrun())
        failAll({Error::Kind::Refused,
                 tr("A reply from %1 is larger than %2 MiB, the cap on one Redis reply; the connection was closed. "
                    "Read the key in parts (GETRANGE, LRANGE, HSCAN) instead.")
                     .arg(m_settings.location())
                     .arg(RespReader::kMaxBulk >> 20)});
    else if (m_reader.malformed())
        failAll({Error::Kind::Malformed,
                 tr("%1 answered something that is not Redis's protocol.").arg(m_settings.location())});
}

void RedisConnection::finishFront()
{
    Batch batch = std::move(m_batches.front());
    m_batches.pop_front();
    armDeadline();
    if (batch.handshake) {
        for (const RespValue &reply : std::as_const(batch.replies)) {
            if (reply.isError()) {
                failAll(replyError(reply));
                return;
            }
        }
        return;
    }
    if (batch.context && batch.done)
        batch.done(std::move(batch.replies));
}

void RedisConnection::armDeadline()
{
    if (m_batches.empty())
        m_deadline.stop();
    else
        m_deadline.start(m_settings.timeoutMs);
}

void RedisConnection::socketFailed(QAbstractSocket::SocketError error)
{
    if (m_batches.empty()) {
        // An idle connection the server closed: the next command reconnects.
        m_socket->abort();
        return;
    }
    failAll(transportError(error));
}

void RedisConnection::failAll(const Error &error)
{
    m_deadline.stop();
    std::deque<Batch> failed;
    failed.swap(m_batches);
    // Replies still on the way would now be matched to the wrong commands.
    m_socket->abort();
    m_reader.clear();
    m_ready = false;
    for (Batch &batch : failed) {
        if (!batch.handshake && batch.context && batch.done)
            batch.done(std::unexpected(error));
    }
}

Error RedisConnection::transportError(QAbstractSocket::SocketError error) const
{
    const QString where = m_settings.location();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return {Error::Kind::ConnectionRefused,
                tr("Connection refused by %1: no Redis server is listening there. Check that it runs and that the "
                   "host and port are right.")
                    .arg(where)};
    case QAbstractSocket::HostNotFoundError:
        return {Error::Kind::HostNotFound, tr("The host of %1 was not found. Check the address.").arg(where)};
    case QAbstractSocket::SocketTimeoutError:
        return {Error::Kind::Timeout, tr("%1 did not answer in time.").arg(where)};
    case QAbstractSocket::RemoteHostClosedError:
        return {Error::Kind::Network,
                tr("%1 closed the connection before it answered. The server may have crashed, restarted or dropped "
                   "the client.")
                    .arg(where)};
    default: return {Error::Kind::Network, tr("Network error talking to %1: %2").arg(where, m_socket->errorString())};
    }
}

Error RedisConnection::replyError(const RespValue &reply) const
{
    QString said = QString::fromUtf8(reply.text).trimmed();
    while (said.endsWith(QLatin1Char('.')))
        said.chop(1);
    if (said.startsWith(QLatin1String("WRONGPASS")) || said.startsWith(QLatin1String("NOAUTH"))
        || said.contains(QLatin1String("invalid password")) || said.contains(QLatin1String("AUTH <password>"))) {
        return {Error::Kind::Unauthorized,
                tr("%1 refused the login: %2. Check the user name and password (LOTSE_REDIS_PASSWORD).")
                    .arg(m_settings.location(), said)};
    }
    if (said.startsWith(QLatin1String("NOPERM"))) {
        return {Error::Kind::Unauthorized,
                tr("%1 does not let this user run the command: %2. Grant the user read commands in its ACL.")
                    .arg(m_settings.location(), said)};
    }
    return {Error::Kind::QueryFailed, tr("%1 answered with an error: %2").arg(m_settings.location(), said)};
}

} // namespace lotse
