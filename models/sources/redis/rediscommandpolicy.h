#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <expected>

namespace lotse {

/// The allow-list every Redis command passes before anything is sent. Redis
/// has no read-only transaction, so this is the guard: only commands (and
/// subcommands) that read are allowed; a refusal names the command and why
/// (SET writes, FLUSHALL deletes every key, CONFIG SET reconfigures the server,
/// KEYS blocks it).
class RedisCommandPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RedisCommandPolicy)

public:
    static std::expected<void, Error> check(const QList<QByteArray> &arguments);
    /// The command's name as the policy reads it: "CONFIG GET", "GET".
    static QByteArray name(const QList<QByteArray> &arguments);

private:
    static Error refuse(const QByteArray &command, const QString &reason);
};

} // namespace lotse
