#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace lotse {

/// Turns what went wrong with an HTTP request into an Error whose message says
/// what happened and what to do. Shared by every HTTP-based source.
class HttpFailure final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::HttpFailure)

public:
    /// A failure below HTTP (no status line): refused, unresolved, TLS, proxy, timeout.
    static Error fromTransport(QNetworkReply::NetworkError code, const QString &detail,
                               const QString &location, bool timedOut, int timeoutMs);
    /// An HTTP status other than 2xx; @p serverMessage is what the body said, if anything.
    static Error fromStatus(int status, const QString &reason, const QString &serverMessage);
};

} // namespace lotse
