#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QThread>

#include <functional>

class QTcpSocket;

namespace lotse::test {

/// An HTTP server on 127.0.0.1 that answers every request with one fixed
/// status and body, or as an Answer says. It runs on a thread of its own, so
/// the thread under test is measured alone and may block on a child process
/// while it serves.
class CannedHttpServer final
{
public:
    /// Answers one request, on the server's thread: writes to the socket
    /// whatever the test needs, given the request's line and headers.
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &head)>;

    CannedHttpServer(int status, QByteArray body, QByteArray contentType = "application/json");
    explicit CannedHttpServer(Answer answer);
    ~CannedHttpServer();

    quint16 port() const { return m_port; }
    QByteArray url() const { return "http://127.0.0.1:" + QByteArray::number(m_port); }
    /// The request line and headers of every request answered so far, oldest first.
    QList<QByteArray> requestHeads() const;
    /// The complete response of one fixed status and body.
    static QByteArray response(int status, const QByteArray &body, const QByteArray &contentType = "application/json",
                               const QByteArray &extraHeaders = {});

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives on m_thread; owns the server
    quint16 m_port = 0;
    mutable QMutex m_headsMutex; ///< m_heads is written on m_thread, read on the test's
    QList<QByteArray> m_heads;
};

} // namespace lotse::test
