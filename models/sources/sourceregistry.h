#pragma once

#include "sources/source.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace lotse {

/// The sources Lotse knows by name. Dashboards and runbooks name a source;
/// the registry finds it, and an unnamed reference goes to the first source.
class SourceRegistry final : public QObject
{
    Q_OBJECT

public:
    explicit SourceRegistry(QObject *parent = nullptr);

    /// Takes ownership of @p source; a source with the same name is replaced.
    void add(Source *source);
    /// Puts @p sources in place of all there are; the old ones are deleted
    /// later, so whoever still holds one this turn of the event loop is safe.
    void replaceAll(const QList<Source *> &sources);
    /// The source called @p name, or for an empty name the first one; nullptr if none.
    Source *find(const QString &name) const;
    QList<Source *> sources() const;
    bool isEmpty() const { return m_sources.isEmpty(); }

    /// The message for a reference to a source that is not configured.
    static QString missingMessage(const QString &name);

private:
    QList<Source *> m_sources;
};

} // namespace lotse
