#pragma once

#include "connections/connection.h"
#include "core/error.h"
#include "sources/source.h"

#include <QCoreApplication>

#include <expected>
#include <memory>

namespace lotse {

/// Makes the source a Connection describes, logging in with a secret the
/// caller found (keychain, environment, or typed for this session). The
/// connection's kind (SourceKinds) turns what users configure into its settings.
class SourceFactory final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SourceFactory)

public:
    /// A new source, owned by the caller; or what is wrong with the connection.
    static std::expected<std::unique_ptr<Source>, Error> create(const Connection &connection, const QString &secret);
};

} // namespace lotse
