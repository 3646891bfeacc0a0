#include "cannedhttpserver.h"

#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace lotse::test {

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200: return "OK";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 422: return "Unprocessable Entity";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

/// Reads one request (headers and a Content-Length body), hands its head to
/// @p record, then answers.
void serve(QTcpSocket *socket, const CannedHttpServer::Answer &answer, const std::function<void(QByteArray)> &record)
{
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, answer, record] {
        buffer->append(socket->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer->left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return;
        const QByteArray head = buffer->left(end);
        record(head);
        buffer->remove(0, end + 4 + length);
        answer(socket, head);
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

QByteArray CannedHttpServer::response(int status, const QByteArray &body, const QByteArray &contentType,
                                      const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonFor(status) + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

CannedHttpServer::CannedHttpServer(int status, QByteArray body, QByteArray contentType)
    : CannedHttpServer(
        [fixed = response(status, body, contentType)](QTcpSocket *socket, const QByteArray &) { socket->write(fixed); })
{
}

CannedHttpServer::CannedHttpServer(Answer answer)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this, answer] {
            auto *server = new QTcpServer(m_context);
            server->listen(QHostAddress::LocalHost, 0);
            m_port = server->serverPort();
            const auto record = [this](QByteArray head) {
                const QMutexLocker lock(&m_headsMutex);
                m_heads.append(std::move(head));
            };
            QObject::connect(server, &QTcpServer::newConnection, server, [server, answer, record] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    serve(socket, answer, record);
            });
        },
        Qt::BlockingQueuedConnection);
}

QList<QByteArray> CannedHttpServer::requestHeads() const
{
    const QMutexLocker lock(&m_headsMutex);
    return m_heads;
}

CannedHttpServer::~CannedHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace lotse::test
