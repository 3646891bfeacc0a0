#pragma once

#include "sources/http/tlssettings.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace lotse {

/// How to reach one Prometheus-compatible server.
struct PrometheusSettings
{
    enum class Auth {
        None,
        Basic,  ///< user + secret as HTTP basic auth
        Bearer, ///< secret as "Authorization: Bearer …"
    };

    QUrl url;                                     ///< base URL, e.g. http://127.0.0.1:9090 or https://host/prometheus
    int timeoutMs = 30000;                        ///< a whole request, from sending to the parsed answer
    QList<QPair<QByteArray, QByteArray>> headers; ///< extra headers, e.g. X-Scope-OrgID
    Auth auth = Auth::None;
    QString user;   ///< for Auth::Basic
    QString secret; ///< password (Basic) or token (Bearer); held in memory only
    TlsSettings tls;
    qint64 maxBodyBytes = 256LL << 20; ///< cap on an answer's (decompressed) size; max_body_mb
    std::optional<bool> compress;      ///< answers may come packed; unset: except on loopback (HttpExchange)
};

} // namespace lotse
