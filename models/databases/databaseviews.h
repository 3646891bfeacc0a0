#pragma once

#include "core/error.h"
#include "databases/viewinfo.h"

#include <QCoreApplication>
#include <QList>

namespace lotse {

/// The built-in lists of every database kind, as their SourceKind lists them.
class DatabaseViews final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::DatabaseViews)

public:
    static QList<ViewInfo> forKind(const QString &kind);
    static const ViewInfo *find(const QString &kind, const QString &id);
    static QString title(const ViewInfo &view);
    /// The error for `@name` that the kind does not have, listing those it has.
    static Error unknown(const QString &kind, const QString &name);
};

} // namespace lotse
