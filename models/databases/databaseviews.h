#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lotse {

/// One built-in list of a database source, e.g. PostgreSQL's top statements.
/// A GUI shows each as a table (an item model fed by the source); a query
/// reaches it as `@id` (see ViewQuery).
struct ViewInfo
{
    QString kind;           ///< postgres, redis, clickhouse
    QString id;             ///< e.g. "top-statements"
    const char *title;      ///< untranslated; translate with DatabaseViews::title()
    QStringList keyColumns; ///< columns that identify a row across refreshes
    QString usage;          ///< arguments, e.g. "PATTERN [limit=N]"
};

/// The catalog of built-in lists for every database kind.
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
