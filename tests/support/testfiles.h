#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace lotse::test {

/// Writes @p bytes as @p name in @p directory; its path, empty when it cannot.
inline QString writeFile(const QTemporaryDir &directory, const QString &name, const QByteArray &bytes)
{
    const QString path = directory.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace lotse::test
