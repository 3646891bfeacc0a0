#include "sources/redis/redissettings.h"

#include "core/addressredaction.h"

#include <QUrl>

namespace lotse {

std::expected<RedisSettings, Error> RedisSettings::fromUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("redis") || url.host().isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("a Redis URL looks like redis://[user:password@]host:port/db, not \"%1\"")
                                         .arg(AddressRedaction::redact(text))});
    RedisSettings settings;
    settings.host = url.host();
    const int port = url.port(6379);
    if (port <= 0 || port > 65535)
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("\"%1\" has no valid port").arg(AddressRedaction::redact(text))});
    settings.port = quint16(port);
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    const QString path = url.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        settings.database = path.toInt(&ok);
        if (!ok || settings.database < 0)
            return std::unexpected(
                Error{Error::Kind::Invalid,
                      tr("the database in \"%1\" must be a number such as /0").arg(AddressRedaction::redact(text))});
    }
    return settings;
}

QString RedisSettings::location() const
{
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("redis://%1%2:%3/%4").arg(who, host).arg(port).arg(database);
}

} // namespace lotse
