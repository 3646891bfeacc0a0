#pragma once

#include <QByteArray>
#include <QThread>


namespace lotse::test {

/// An HTTP server on 127.0.0.1 that answers every request with one fixed
/// status and body. It runs on a thread of its own, so the thread under test
/// is measured alone and may block on a child process while it serves.
class CannedHttpServer final
{
public:
    CannedHttpServer(int status, QByteArray body, QByteArray contentType = "application/json");
    ~CannedHttpServer();

    quint16 port() const { return m_port; }
    QByteArray url() const { return "http://127.0.0.1:" + QByteArray::number(m_port); }

private:
    QThread m_thread;
    QObject *m_context = nullptr;  ///< lives on m_thread; owns the server
    quint16 m_port = 0;
};

} // namespace lotse::test
