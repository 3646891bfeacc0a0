#pragma once

#include "core/error.h"
#include "sources/http/tlssettings.h"

#include <QCoreApplication>
#include <QNetworkReply>

#include <optional>

namespace lotse {

struct HttpOutcome;

/// Turns what went wrong with an HTTP request into an Error whose message says
/// what happened and what to do. Shared by every HTTP-based source.
class HttpFailure final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::HttpFailure)

public:
    /// A failure below HTTP (no status line): refused, unresolved, TLS, proxy, timeout.
    static Error fromTransport(QNetworkReply::NetworkError code, const QString &detail, const QString &location,
                               bool timedOut, int timeoutMs);
    /// A request that got no usable HTTP answer, over a connection that used
    /// @p tls: a TLS failure says which fault of the certificate (or refusal of
    /// the handshake) it was, anything else as fromTransport().
    static Error fromOutcome(const HttpOutcome &outcome, const QString &location, int timeoutMs,
                             const TlsSettings &tls);
    /// What cut an exchange short on this side (a cap, a broken body, a
    /// redirect to another origin, a drip feed); nothing when none did.
    static std::optional<Error> fromCut(const HttpOutcome &outcome, const QString &location, int timeoutMs);
    /// An HTTP status other than 2xx; @p serverMessage is what the body said, if anything.
    static Error fromStatus(int status, const QString &reason, const QString &serverMessage);
};

} // namespace lotse
