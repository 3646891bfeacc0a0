#include "definitions/definitioncatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lotse {

namespace {

QStringList yamlIds(const QString &directory)
{
    QStringList ids;
    const QFileInfoList files = QDir(directory).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        ids.append(file.completeBaseName());
    return ids;
}

} // namespace

DefinitionCatalog::DefinitionCatalog(QString kind)
    : m_kind(std::move(kind))
{
}

QString DefinitionCatalog::userDirectory() const
{
    return configRoot() + QLatin1Char('/') + m_kind;
}

QString DefinitionCatalog::configRoot()
{
    // Not AppConfigLocation: with the organisation set that is ~/.config/lotse/lotse.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/lotse");
}

QString DefinitionCatalog::builtinDirectory() const
{
    return QStringLiteral(":/") + m_kind;
}

QStringList DefinitionCatalog::ids() const
{
    QStringList ids = yamlIds(builtinDirectory()) + yamlIds(userDirectory());
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString DefinitionCatalog::resolve(const QString &idOrFile) const
{
    if (idOrFile.isEmpty())
        return {};
    if (QFileInfo(idOrFile).isFile())
        return idOrFile;
    const QString name = idOrFile + QStringLiteral(".yaml");
    for (const QString &directory : {userDirectory(), builtinDirectory()}) {
        const QString path = directory + QLatin1Char('/') + name;
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

} // namespace lotse
