#include "hostileanswers.h"

#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

namespace lotse::test {

namespace {

QByteArray headers(qint64 contentLength, const QByteArray &extra = {})
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(contentLength)
        + "\r\n" + extra + "\r\n";
}

/// @p unpacked bytes of spaces, gzip-compressed (about 1000:1).
QByteArray gzipped(qint64 unpacked)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray chunk(1 << 20, ' ');
    QByteArray out;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (qint64 done = 0; done < unpacked; done += chunk.size()) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.data()));
        stream.avail_in = uInt(chunk.size());
        const int flush = done + chunk.size() >= unpacked ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

} // namespace

QByteArray HostileAnswers::path(const QByteArray &head)
{
    return head.left(head.indexOf("\r\n")).split(' ').value(1);
}

CannedHttpServer::Answer HostileAnswers::redirectTo(const QByteArray &location)
{
    return [location](QTcpSocket *socket, const QByteArray &) {
        socket->write(CannedHttpServer::response(307, {}, "text/plain", "Location: " + location + "\r\n"));
    };
}

CannedHttpServer::Answer HostileAnswers::sameOriginRedirect(const QByteArray &body)
{
    return [body](QTcpSocket *socket, const QByteArray &head) {
        const QByteArray asked = path(head);
        if (asked.startsWith("/moved/")) {
            socket->write(CannedHttpServer::response(200, body));
            return;
        }
        const QByteArray location = "http://127.0.0.1:" + QByteArray::number(socket->localPort()) + "/moved" + asked;
        socket->write(CannedHttpServer::response(307, {}, "text/plain", "Location: " + location + "\r\n"));
    };
}

CannedHttpServer::Answer HostileAnswers::hugeContentLength()
{
    return [](QTcpSocket *socket, const QByteArray &) {
        socket->write(headers(100LL * 1000 * 1000 * 1000) + R"({"status":"success","data":)");
    };
}

CannedHttpServer::Answer HostileAnswers::shortBody(const QByteArray &body)
{
    return [body](QTcpSocket *socket, const QByteArray &) {
        socket->write(headers(body.size()) + body.left(body.size() / 2));
        socket->disconnectFromHost();
    };
}

CannedHttpServer::Answer HostileAnswers::resetAfterHeaders()
{
    return [](QTcpSocket *socket, const QByteArray &) {
        socket->write(headers(4096) + R"({"status":"succ)");
        socket->flush();
        // Linger zero: closing sends a reset, not an orderly end.
        const linger reset{1, 0};
        setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        socket->abort();
    };
}

CannedHttpServer::Answer HostileAnswers::drip(int intervalMs)
{
    return [intervalMs](QTcpSocket *socket, const QByteArray &) {
        socket->write(headers(1 << 20));
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        timer->start(intervalMs);
    };
}

CannedHttpServer::Answer HostileAnswers::gzipBomb(int unpackedMiB)
{
    const QByteArray packed = gzipped(qint64(unpackedMiB) << 20);
    return [packed](QTcpSocket *socket, const QByteArray &) {
        socket->write(headers(packed.size(), "Content-Encoding: gzip\r\n") + packed);
    };
}

} // namespace lotse::test
