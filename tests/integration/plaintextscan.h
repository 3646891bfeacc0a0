#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStringList>

namespace lotse::test {

/// Files under @p root (hidden ones and subdirectories included) that hold
/// @p secret in plain text: as UTF-8, as UTF-16 (a QString dumped raw) or
/// base64-encoded (QtKeychain's insecure fallback stores binary data so). The
/// keychain tests' proof that a secret never reached the disk unencrypted.
inline QStringList filesContaining(const QString &root, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        if (content.contains(utf8) || content.contains(utf16) || content.contains(base64))
            hits << path;
    }
    return hits;
}

/// Plants @p token in a file under a hidden subdirectory of @p root: a scan
/// that does not find it there would prove nothing by finding nothing else.
inline bool plantCanary(const QString &root, const QString &token)
{
    const QString dir = root + QStringLiteral("/.canary/nested");
    QFile file(dir + QStringLiteral("/canary.txt"));
    return QDir().mkpath(dir) && file.open(QIODevice::WriteOnly) && file.write(token.toUtf8()) > 0;
}

} // namespace lotse::test
