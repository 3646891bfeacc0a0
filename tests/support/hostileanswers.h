#pragma once

#include "cannedhttpserver.h"

namespace lotse::test {

/// Answers of a server that attacks the client reading them: redirects that
/// would carry credentials elsewhere, bodies that lie about their length,
/// break off, trickle in or unpack to far more than they weigh.
class HostileAnswers final
{
public:
    /// A 307 to @p location, whatever was asked.
    static CannedHttpServer::Answer redirectTo(const QByteArray &location);
    /// A 307 to the same path under /moved on this very server, which answers @p body there.
    static CannedHttpServer::Answer sameOriginRedirect(const QByteArray &body);
    /// A 200 announcing 100 GB (Content-Length), then a few bytes, then silence.
    static CannedHttpServer::Answer hugeContentLength();
    /// A 200 whose body stops at half its Content-Length; the connection is closed cleanly.
    static CannedHttpServer::Answer shortBody(const QByteArray &body);
    /// A 200 and its headers, a few bytes, then a TCP reset.
    static CannedHttpServer::Answer resetAfterHeaders();
    /// A 200 whose body arrives one byte every @p intervalMs.
    static CannedHttpServer::Answer drip(int intervalMs);
    /// A gzip-encoded 200 that unpacks to @p unpackedMiB MiB of spaces.
    static CannedHttpServer::Answer gzipBomb(int unpackedMiB);
    /// The request path in @p head ("POST /api/v1/query HTTP/1.1" gives "/api/v1/query").
    static QByteArray path(const QByteArray &head);
};

} // namespace lotse::test
