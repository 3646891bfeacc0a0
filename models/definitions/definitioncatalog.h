#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lotse {

/// Finds dashboard or runbook files: built into the binary under
/// `:/KIND/ID.yaml`, or in the user's config directory under
/// `KIND/ID.yaml`, where the user's copy wins.
class DefinitionCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DefinitionCatalog)

public:
    /// @p kind is "dashboards" or "runbooks".
    explicit DefinitionCatalog(QString kind);

    /// Every known id, built-in and user, sorted.
    QStringList ids() const;
    /// The file for @p idOrFile: an existing path is taken as it is, an id is
    /// looked up. Empty when there is no such definition.
    QString resolve(const QString &idOrFile) const;
    QString userDirectory() const;
    /// The user's Lotse configuration, ~/.config/lotse: their dashboards,
    /// runbooks and connections, next to the settings file lotse.conf.
    static QString configRoot();
    QString builtinDirectory() const;

private:
    QString m_kind;
};

} // namespace lotse
