#pragma once

#include "sources/sourcekind.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lotse {

/// The registry of source kinds: every kind Lotse can read, each registered
/// once. A new kind is a folder under sources/ with its SourceKind, and one
/// line in all().
class SourceKinds final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SourceKinds)

public:
    /// Every kind, in the order menus and --help list them.
    static const QList<const SourceKind *> &all();
    /// The kind called @p id ("postgres"); nullptr for none.
    static const SourceKind *find(const QString &id);
    /// The ids of all(): "prometheus", "postgres", …
    static QStringList ids();
    /// @p items as a message lists alternatives: "a, b or c".
    static QString alternatives(const QStringList &items);
};

} // namespace lotse
