#pragma once

#include <QString>

namespace lotse {

/// Why something could not be read. Carries a kind that code can branch on and
/// a translated message that names the cause for the user. The one error type
/// of models: results are std::expected<T, Error>. HttpFailure, TlsFailure and
/// PostgresFailure only make Errors from what a transport reported; problems
/// in a file a user wrote are Diagnostics, each with its place in the file.
struct Error
{
    enum class Kind {
        ConnectionRefused, ///< nothing listens at the address
        HostNotFound,      ///< the name does not resolve
        Timeout,           ///< no complete answer within the configured time
        Tls,               ///< TLS handshake or certificate verification failed
        Unauthorized,      ///< HTTP 401/403 or a database refusing the login
        BadRequest,        ///< HTTP 400: the query is malformed
        Unprocessable,     ///< HTTP 422: the query cannot be executed
        Unavailable,       ///< HTTP 503: the server is overloaded or starting
        Proxy,             ///< a proxy in between failed (HTTP 502/504 or a proxy error)
        HttpStatus,        ///< any other unexpected HTTP status
        Network,           ///< any other network failure
        QueryFailed,       ///< the server answered status "error"
        Malformed,         ///< the answer could not be parsed
        NoData,            ///< the query succeeded but returned nothing to show
        Refused,           ///< Lotse itself refused the request (e.g. a write)
        Canceled,          ///< the request was aborted
        Invalid,           ///< bad input: arguments, files, definitions
    };

    Kind kind = Kind::Invalid;
    QString message;

    /// Stable identifier for JSON output and tests ("connection_refused", …).
    QString kindId() const;
};

} // namespace lotse
