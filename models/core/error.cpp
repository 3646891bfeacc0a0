#include "core/error.h"

namespace lotse {

QString Error::kindId() const
{
    switch (kind) {
    case Kind::ConnectionRefused: return QStringLiteral("connection_refused");
    case Kind::HostNotFound: return QStringLiteral("host_not_found");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Unauthorized: return QStringLiteral("unauthorized");
    case Kind::BadRequest: return QStringLiteral("bad_request");
    case Kind::Unprocessable: return QStringLiteral("unprocessable");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::Proxy: return QStringLiteral("proxy");
    case Kind::HttpStatus: return QStringLiteral("http_status");
    case Kind::Network: return QStringLiteral("network");
    case Kind::QueryFailed: return QStringLiteral("query_failed");
    case Kind::Malformed: return QStringLiteral("malformed");
    case Kind::NoData: return QStringLiteral("no_data");
    case Kind::Refused: return QStringLiteral("refused");
    case Kind::Canceled: return QStringLiteral("canceled");
    case Kind::Invalid: return QStringLiteral("invalid");
    }
    return QStringLiteral("invalid");
}

} // namespace lotse
