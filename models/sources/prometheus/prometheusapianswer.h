#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonValue>

#include <expected>

namespace lotse {

/// The envelope every Prometheus HTTP API answer comes in:
/// `{"status":"success","data":…}` or `{"status":"error","error":"…"}`.
class PrometheusApiAnswer final
{
public:
    /// The `data` of @p body. An error status is QueryFailed with the
    /// server's words (cut at @p maxErrorLength); JSON that does not parse is
    /// Malformed with the parser's, for the caller to say what it was reading.
    static std::expected<QJsonValue, Error> data(const QByteArray &body, qsizetype maxErrorLength);
};

} // namespace lotse
