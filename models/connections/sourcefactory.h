#pragma once

#include "connections/connection.h"
#include "sources/source.h"

#include <QCoreApplication>

#include <expected>

namespace lotse {

/// Makes the source a Connection describes, logging in with a secret the
/// caller found (keychain, environment, or typed for this session). The one
/// place that turns what users configure into settings for each kind.
class SourceFactory final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SourceFactory)

public:
    /// A new source, owned by the caller; or what is wrong with the connection.
    static std::expected<Source *, QString> create(const Connection &connection, const QString &secret);

private:
    static std::expected<Source *, QString> prometheus(const Connection &connection, const QString &secret);
    static std::expected<Source *, QString> postgres(const Connection &connection, const QString &secret);
    static std::expected<Source *, QString> redis(const Connection &connection, const QString &secret);
    static std::expected<Source *, QString> clickhouse(const Connection &connection, const QString &secret);
};

} // namespace lotse
