#include "core/atomicfile.h"

#include <QSaveFile>

namespace lotse {

std::expected<void, Error> AtomicFile::write(const QString &path, const Writer &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(Error{Error::Kind::Invalid, tr("Cannot write %1: %2").arg(path, file.errorString())});
    if (auto written = writer(&file); !written) {
        file.cancelWriting();
        return std::unexpected(
            Error{written.error().kind, tr("Cannot write %1: %2").arg(path, written.error().message)});
    }
    if (!file.commit())
        return std::unexpected(Error{Error::Kind::Invalid, tr("Cannot write %1: %2").arg(path, file.errorString())});
    return {};
}

} // namespace lotse
