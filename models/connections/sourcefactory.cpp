#include "connections/sourcefactory.h"

#include "sources/sourcekinds.h"

namespace lotse {

std::expected<std::unique_ptr<Source>, Error> SourceFactory::create(const Connection &connection, const QString &secret)
{
    if (connection.name.trimmed().isEmpty())
        return std::unexpected(Error{Error::Kind::Invalid, tr("A connection needs a name.")});
    if (const SourceKind *kind = SourceKinds::find(connection.kind))
        return kind->build(connection, secret);
    return std::unexpected(Error{Error::Kind::Invalid, tr("Unknown kind of connection.")});
}

} // namespace lotse
