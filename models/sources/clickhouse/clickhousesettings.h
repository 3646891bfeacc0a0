#pragma once

#include "core/error.h"
#include "sources/http/tlssettings.h"

#include <QCoreApplication>
#include <QUrl>

#include <expected>
#include <optional>

namespace lotse {

/// How to reach one ClickHouse server's HTTP interface.
struct ClickHouseSettings
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ClickHouseSettings)

public:
    QUrl url;     ///< base URL without credentials, e.g. http://127.0.0.1:8123/
    QString user; ///< empty: the server's "default" user
    QString password;
    QString database;                  ///< empty: the user's default database
    int timeoutMs = 10000;             ///< max_execution_time on the server, and the whole request here
    TlsSettings tls;                   ///< for an https:// URL (ClickHouse's https_port)
    qint64 maxBodyBytes = 256LL << 20; ///< cap on an answer's (decompressed) size here; max_body_mb
    qint64 maxResultRows = 1000000;    ///< the server's max_result_rows
    std::optional<bool> compress;      ///< answers may come packed; unset: except on loopback (HttpExchange)

    /// `http://host:8123/?user=…&password=…&database=…` or `http://user:password@host:8123/`.
    static std::expected<ClickHouseSettings, Error> fromUrl(const QString &url);
    /// The URL without credentials.
    QString location() const;
};

} // namespace lotse
