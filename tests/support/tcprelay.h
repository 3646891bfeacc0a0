#pragma once

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace lotse::test {

/// A loopback port that relays to a real server while open: closing it makes
/// the server unreachable to the code under test ("connection refused"), and
/// listening again on the same port brings it back, as a restarted server does.
class TcpRelay final : public QObject
{
public:
    explicit TcpRelay(quint16 upstream)
        : m_upstream(upstream)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
    }

    bool open(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    /// What the code under test sent, one entry per connection, in the order they were made.
    const QList<QByteArray> &sent() const { return m_sent; }
    /// Stops listening and drops every relayed connection.
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
            const qsizetype at = m_sent.size();
            m_sent.append(QByteArray());
            const auto pipe = [this](QTcpSocket *from, QTcpSocket *to, qsizetype copyTo) {
                connect(from, &QTcpSocket::readyRead, to, [this, from, to, copyTo] {
                    const QByteArray bytes = from->readAll();
                    if (copyTo >= 0)
                        m_sent[copyTo].append(bytes);
                    to->write(bytes);
                });
                connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
            };
            pipe(client, upstream, at);
            pipe(upstream, client, -1);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            m_sockets.append(client);
            m_sockets.append(upstream);
        }
    }

    quint16 m_upstream;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<QByteArray> m_sent;
};

} // namespace lotse::test
