#pragma once

#include "core/error.h"

#include <QCoreApplication>

#include <expected>
#include <functional>

class QIODevice;

namespace lotse {

/// Writes a file all or nothing: the writer fills a temporary file next to
/// @p path (QSaveFile), which replaces @p path only when the writer succeeded
/// and every byte reached the disk. A failed PDF export never leaves half a
/// PDF, nor destroys the report that was there before.
class AtomicFile final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::AtomicFile)

public:
    using Writer = std::function<std::expected<void, Error>(QIODevice *out)>;

    static std::expected<void, Error> write(const QString &path, const Writer &writer);
};

} // namespace lotse
