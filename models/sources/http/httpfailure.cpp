#include "sources/http/httpfailure.h"

#include "sources/http/httpexchange.h"
#include "sources/http/tlsfailure.h"

namespace lotse {

Error HttpFailure::fromOutcome(const HttpOutcome &outcome, const QString &location, int timeoutMs,
                               const TlsSettings &tls)
{
    if (auto cut = fromCut(outcome, location, timeoutMs))
        return *cut;
    if (outcome.timedOut)
        return fromTransport(outcome.error, outcome.errorString, location, true, timeoutMs);
    if (outcome.error == QNetworkReply::SslHandshakeFailedError)
        return TlsFailure::describe(outcome.sslErrors, outcome.peerCertificate, outcome.errorString, location, tls);
    // Under TLS 1.3 the client's side of the handshake ends before the server
    // has checked the client certificate, so its refusal arrives as an alert
    // on the first read: an error Qt cannot name, before any HTTP answer.
    if (outcome.encrypted && outcome.status == 0 && outcome.error == QNetworkReply::UnknownNetworkError)
        return TlsFailure::describe({}, outcome.peerCertificate, outcome.errorString, location, tls);
    return fromTransport(outcome.error, outcome.errorString, location, false, timeoutMs);
}

std::optional<Error> HttpFailure::fromCut(const HttpOutcome &outcome, const QString &location, int timeoutMs)
{
    const qint64 mib = outcome.bodyCap >> 20;
    switch (outcome.cut) {
    case HttpOutcome::Cut::None: break;
    case HttpOutcome::Cut::BodyCap:
    case HttpOutcome::Cut::DecompressedCap: {
        const QString text = outcome.cut == HttpOutcome::Cut::BodyCap
            ? tr("The answer from %1 is larger than %2 MiB, the cap on an answer's size. Narrow the query, "
                 "or raise the cap with max_body_mb in the connection.")
            : tr("The compressed answer from %1 unpacks to more than %2 MiB, the cap on an answer's "
                 "decompressed size. Narrow the query, or raise the cap with max_body_mb in the connection.");
        return Error{Error::Kind::Refused, text.arg(location).arg(mib)};
    }
    case HttpOutcome::Cut::Short: {
        const QString received = outcome.expected >= 0
            ? tr("%1 broke off its answer after %2 of %3 bytes.")
                  .arg(location)
                  .arg(outcome.body.size())
                  .arg(outcome.expected)
            : tr("%1 broke off its answer after %2 bytes.").arg(location).arg(outcome.body.size());
        return Error{Error::Kind::Network,
                     received + QLatin1Char(' ')
                         + tr("The server or a proxy may have crashed or cut the connection; the partial answer was "
                              "discarded.")};
    }
    case HttpOutcome::Cut::UnaskedPacking:
        return Error{Error::Kind::Refused,
                     tr("%1 sent its answer packed though Lotse asked for it plain, so it was refused unread. If "
                        "a proxy on the way packs every answer, set compress: true in the connection.")
                         .arg(location)};
    case HttpOutcome::Cut::CrossOrigin:
        return Error{Error::Kind::Refused,
                     tr("%1 redirected the request to %2, another origin. Lotse does not follow it, so the "
                        "credentials stay with %1; if the server has moved, point the connection at %2.")
                         .arg(outcome.origin, outcome.redirectOrigin)};
    }
    if (outcome.timedOut && (outcome.status != 0 || !outcome.body.isEmpty())) {
        return Error{Error::Kind::Timeout,
                     tr("%1 began to answer but sent only %2 bytes within %3 s: the answer came too slowly and was "
                        "cut off. Raise the timeout if the server is only slow.")
                         .arg(location)
                         .arg(outcome.body.size())
                         .arg(timeoutMs / 1000.0)};
    }
    return std::nullopt;
}

Error HttpFailure::fromTransport(QNetworkReply::NetworkError code, const QString &detail, const QString &location,
                                 bool timedOut, int timeoutMs)
{
    using E = QNetworkReply::NetworkError;
    if (timedOut || code == E::TimeoutError) {
        return {Error::Kind::Timeout,
                tr("%1 did not answer within %2 s. The server may be overloaded or the query too heavy; "
                   "raise the timeout or narrow the query.")
                    .arg(location)
                    .arg(timeoutMs / 1000.0)};
    }
    switch (code) {
    case E::ConnectionRefusedError:
        return {Error::Kind::ConnectionRefused,
                tr("Connection refused by %1: no server is listening there. Check that it runs and that the "
                   "address and port are right.")
                    .arg(location)};
    case E::HostNotFoundError:
        return {Error::Kind::HostNotFound, tr("The host of %1 was not found. Check the address.").arg(location)};
    case E::SslHandshakeFailedError:
    case E::InsecureRedirectError:
        return {Error::Kind::Tls, tr("The TLS connection to %1 failed: %2").arg(location, detail)};
    case E::AuthenticationRequiredError:
        return {Error::Kind::Unauthorized,
                tr("%1 refused the credentials. Check the user name and password or token.").arg(location)};
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::ProxyAuthenticationRequiredError:
    case E::UnknownProxyError:
        return {Error::Kind::Proxy, tr("The proxy in front of %1 failed: %2").arg(location, detail)};
    case E::OperationCanceledError: return {Error::Kind::Canceled, tr("The request to %1 was canceled.").arg(location)};
    case E::RemoteHostClosedError:
        return {
            Error::Kind::Network,
            tr("%1 closed the connection before it answered. The server may have crashed or restarted.").arg(location)};
    default: return {Error::Kind::Network, tr("Network error talking to %1: %2").arg(location, detail)};
    }
}

Error HttpFailure::fromStatus(int status, const QString &reason, const QString &serverMessage)
{
    const QString said = serverMessage.isEmpty() ? reason : serverMessage;
    switch (status) {
    case 400:
        return {Error::Kind::BadRequest, tr("The server rejected the query as malformed (HTTP 400): %1").arg(said)};
    case 401:
        return {Error::Kind::Unauthorized,
                tr("The server refused the credentials (HTTP 401): %1. Check the user name and password or token.")
                    .arg(said)};
    case 403:
        return {Error::Kind::Unauthorized,
                tr("The server refused access (HTTP %1): %2. Check the credentials.").arg(status).arg(said)};
    case 422:
        return {Error::Kind::Unprocessable, tr("The server could not execute the query (HTTP 422): %1").arg(said)};
    case 503:
        return {Error::Kind::Unavailable,
                tr("The server is unavailable (HTTP 503): %1. It may be starting or overloaded; try again shortly.")
                    .arg(said)};
    case 502:
    case 504:
        return {Error::Kind::Proxy,
                tr("A proxy or gateway in front of the server failed (HTTP %1): %2").arg(status).arg(said)};
    default: return {Error::Kind::HttpStatus, tr("The server answered HTTP %1: %2").arg(status).arg(said)};
    }
}

} // namespace lotse
