#include "sources/http/httpexchange.h"

#include "core/addressredaction.h"

#include <QHostAddress>

#include <algorithm>

namespace lotse {

namespace {

/// The body arrives packed (gzip, deflate, …) and Qt unpacks it: its size is not the Content-Length.
bool packed(const QNetworkReply *reply)
{
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    return !encoding.isEmpty() && encoding != "identity";
}

} // namespace

HttpExchange::HttpExchange(QNetworkReply *reply, int timeoutMs, qsizetype padding, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_padding(padding)
    , m_maxBody(maxBodyBytes > 0 ? maxBodyBytes : kDefaultMaxBody)
{
    m_reply->setParent(this);
    m_outcome.bodyCap = m_maxBody;
    m_outcome.origin = origin(m_reply->url());
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_outcome.timedOut = true;
        m_reply->abort();
    });
    m_deadline.start(timeoutMs);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::readSlice);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::checkHeaders);
    connect(m_reply, &QNetworkReply::redirected, this, &HttpExchange::checkRedirect);
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

bool HttpExchange::packsAnswers(const QUrl &url, std::optional<bool> compress)
{
    if (compress)
        return *compress;
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return false;
    const QHostAddress address(host);
    return address.isNull() || !address.isLoopback();
}

void HttpExchange::prepare(QNetworkRequest &request, qint64 maxBodyBytes, std::optional<bool> compress)
{
    // Qt asks for gzip and unpacks it itself unless a request names its own
    // Accept-Encoding; plain is the one value that needs no unpacking at all.
    if (!packsAnswers(request.url(), compress))
        request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setDecompressedSafetyCheckThreshold(maxBodyBytes > 0 ? maxBodyBytes : kDefaultMaxBody);
}

QString HttpExchange::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

void HttpExchange::checkRedirect(const QUrl &target)
{
    // Qt would carry the Authorization header along: only the origin the
    // credentials were meant for may receive them.
    if (origin(target) == m_outcome.origin) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_outcome.redirectOrigin = origin(target);
    cut(HttpOutcome::Cut::CrossOrigin);
}

void HttpExchange::checkHeaders()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_outcome.expected = length.isValid() ? length.toLongLong() : -1;
    // Asked for plain, Qt does not unpack: a packed answer would be read as
    // bytes of nothing, and its unpacked size would go unchecked.
    if (packed(m_reply) && m_reply->request().rawHeader("Accept-Encoding") == "identity") {
        cut(HttpOutcome::Cut::UnaskedPacking);
        return;
    }
    // Decided on the announcement alone, before a byte of the body is kept.
    if (m_outcome.expected > m_maxBody)
        cut(packed(m_reply) ? HttpOutcome::Cut::DecompressedCap : HttpOutcome::Cut::BodyCap);
}

void HttpExchange::cut(HttpOutcome::Cut why)
{
    if (m_outcome.cut == HttpOutcome::Cut::None)
        m_outcome.cut = why;
    if (!m_networkFinished)
        m_reply->abort();
}

void HttpExchange::readSlice()
{
    m_sliceQueued = false;
    if (m_outcome.cut != HttpOutcome::Cut::None) {
        // Nothing more is kept; the reply's finished() (after abort()) ends the exchange.
        if (m_networkFinished)
            complete();
        return;
    }
    QByteArray &body = m_outcome.body;
    const qint64 available = m_reply->bytesAvailable();
    if (available > 0) {
        const qsizetype old = body.size();
        if (old + available > m_maxBody) {
            cut(packed(m_reply) ? HttpOutcome::Cut::DecompressedCap : HttpOutcome::Cut::BodyCap);
            return;
        }
        const qint64 slice = std::min(available, kSlice);
        // Grown by what arrived, never by what the server announced.
        if (body.capacity() < old + slice + m_padding)
            body.reserve(qsizetype(std::min((old + slice) * 2, m_maxBody)) + m_padding);
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
    // Qt's text quotes the URL, user info and all.
    m_outcome.errorString = AddressRedaction::redact(m_reply->errorString());
    if (m_outcome.peerCertificate.isNull())
        m_outcome.peerCertificate = m_reply->sslConfiguration().peerCertificate();
    // Qt names its decompression-bomb check by text only; it runs past the cap (prepare()).
    if (m_outcome.cut == HttpOutcome::Cut::None && packed(m_reply)
        && m_outcome.errorString.contains(QLatin1String("decompress"), Qt::CaseInsensitive))
        m_outcome.cut = HttpOutcome::Cut::DecompressedCap;
    if (m_outcome.cut == HttpOutcome::Cut::None && m_outcome.status / 100 == 2 && !m_outcome.timedOut) {
        // Qt may report success on a body that stopped short of its Content-Length;
        // where that length is known and the body unpacked, it alone decides (Qt
        // leaves an "unknown error" on a reply that followed a redirect).
        const bool measurable = !packed(m_reply) && m_outcome.expected >= 0;
        const bool broke = !measurable && m_outcome.error != QNetworkReply::NoError
            && m_outcome.error != QNetworkReply::OperationCanceledError;
        const bool shortBody = measurable && m_outcome.expected > m_outcome.body.size();
        if (broke || shortBody)
            m_outcome.cut = HttpOutcome::Cut::Short;
    }
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
