#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace lotse {

/// How to reach one Redis server.
struct RedisSettings
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RedisSettings)

public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 6379;
    int database = 0;
    QString user;     ///< empty: AUTH with the password alone (requirepass)
    QString password; ///< empty: no AUTH
    int timeoutMs = 10000;

    /// `redis://[user:password@]host:port/db` (also `redis://:password@…`).
    static std::expected<RedisSettings, Error> fromUrl(const QString &url);
    /// redis://user@host:port/db, without the password.
    QString location() const;
};

} // namespace lotse
