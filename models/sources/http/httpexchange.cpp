#include "sources/http/httpexchange.h"

#include <algorithm>

namespace lotse {

HttpExchange::HttpExchange(QNetworkReply *reply, int timeoutMs, qsizetype padding, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_padding(padding)
{
    m_reply->setParent(this);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_outcome.timedOut = true;
        m_reply->abort();
    });
    m_deadline.start(timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::readSlice);
    connect(m_reply, &QNetworkReply::sslErrors, this, &HttpExchange::keepSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_outcome.encrypted = true; });
    connect(m_reply, &QNetworkReply::finished, this, [this] {
        m_networkFinished = true;
        m_deadline.stop();
        readSlice();
    });
}

void HttpExchange::abort()
{
    if (!m_networkFinished)
        m_reply->abort();
}

void HttpExchange::readSlice()
{
    m_sliceQueued = false;
    QByteArray &body = m_outcome.body;
    const qint64 available = m_reply->bytesAvailable();
    if (available > 0) {
        if (body.capacity() == 0) {
            const qint64 expected = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            body.reserve(qsizetype(std::max(expected, available)) + m_padding);
        }
        const qint64 slice = std::min(available, kSlice);
        const qsizetype old = body.size();
        if (body.capacity() < old + slice + m_padding)
            body.reserve((old + slice) * 2 + m_padding);
        body.resize(old + qsizetype(slice));
        const qint64 got = m_reply->read(body.data() + old, slice);
        body.resize(old + qsizetype(std::max<qint64>(0, got)));
    }
    if (m_reply->bytesAvailable() > 0) {
        // More is waiting: let the event loop run before the next slice.
        if (!m_sliceQueued) {
            m_sliceQueued = true;
            QTimer::singleShot(0, this, &HttpExchange::readSlice);
        }
        return;
    }
    if (m_networkFinished)
        complete();
}

void HttpExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_outcome.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_outcome.reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_outcome.error = m_reply->error();
    m_outcome.errorString = m_reply->errorString();
    if (m_outcome.peerCertificate.isNull())
        m_outcome.peerCertificate = m_reply->sslConfiguration().peerCertificate();
    Q_EMIT done();
}

void HttpExchange::keepSslErrors(const QList<QSslError> &errors)
{
    // Kept for the failure message: the reply's own error says only that the
    // handshake failed, not which of the certificate's faults made it fail.
    m_outcome.sslErrors = errors;
    m_outcome.peerCertificate = m_reply->sslConfiguration().peerCertificate();
    if (m_outcome.peerCertificate.isNull() && !errors.isEmpty())
        m_outcome.peerCertificate = errors.first().certificate();
}

} // namespace lotse
