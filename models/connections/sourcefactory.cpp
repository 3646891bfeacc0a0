#include "connections/sourcefactory.h"

#include "sources/sourcekinds.h"

namespace lotse {

std::expected<std::unique_ptr<Source>, QString> SourceFactory::create(const Connection &connection,
                                                                      const QString &secret)
{
    if (connection.name.trimmed().isEmpty())
        return std::unexpected(tr("A connection needs a name."));
    if (const SourceKind *kind = SourceKinds::find(connection.kind))
        return kind->build(connection, secret);
    return std::unexpected(tr("Unknown kind of connection."));
}

} // namespace lotse
