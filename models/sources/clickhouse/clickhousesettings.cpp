#include "sources/clickhouse/clickhousesettings.h"

#include "core/addressredaction.h"

#include <QUrlQuery>

namespace lotse {

std::expected<ClickHouseSettings, Error> ClickHouseSettings::fromUrl(const QString &text)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("a ClickHouse URL looks like http://host:8123/?user=NAME, not \"%1\"")
                                         .arg(AddressRedaction::redact(text))});
    }
    ClickHouseSettings settings;
    settings.user = url.userName(QUrl::FullyDecoded);
    settings.password = url.password(QUrl::FullyDecoded);
    QUrlQuery query(url);
    const auto take = [&query](const char *key, QString &into) {
        const QString name = QLatin1String(key);
        if (query.hasQueryItem(name))
            into = query.queryItemValue(name, QUrl::FullyDecoded);
        query.removeAllQueryItems(name);
    };
    take("user", settings.user);
    take("password", settings.password);
    take("database", settings.database);
    if (!query.isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid,
                                     tr("the ClickHouse URL may carry user, password and database only, not \"%1\"")
                                         .arg(AddressRedaction::redact(query.toString(QUrl::FullyDecoded)))});
    url.setUserInfo({});
    url.setQuery(QString());
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    settings.url = url;
    return settings;
}

QString ClickHouseSettings::location() const
{
    QUrl shown = url;
    if (!user.isEmpty())
        shown.setUserName(user);
    return shown.toString();
}

} // namespace lotse
