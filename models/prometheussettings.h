#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace lotse {

/// How to reach one Prometheus-compatible server.
struct PrometheusSettings
{
    QUrl url;                 ///< base URL, e.g. http://127.0.0.1:9090 or https://host/prometheus
    int timeoutMs = 30000;    ///< a whole request, from sending to the parsed answer
    QList<QPair<QByteArray, QByteArray>> headers;  ///< extra headers, e.g. X-Scope-OrgID
};

} // namespace lotse
