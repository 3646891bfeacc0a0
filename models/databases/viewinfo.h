#pragma once

#include <QString>
#include <QStringList>

namespace lotse {

/// One built-in list of a database source, e.g. PostgreSQL's top statements.
/// A GUI shows each as a table (an item model fed by the source); a query
/// reaches it as `@id` (see ViewQuery). Each kind lists its own (SourceKind::views()).
struct ViewInfo
{
    // Every member has a default, so that the kinds' tables name only what a list has.
    QString kind = {};                 ///< postgres, redis, clickhouse: set by the SourceKind that lists it
    QString id = {};                   ///< e.g. "top-statements"
    const char *title = nullptr;       ///< untranslated; translate with DatabaseViews::title()
    QStringList keyColumns = {};       ///< columns that identify a row across refreshes
    QString usage = {};                ///< arguments, e.g. "PATTERN [limit=N]"
    QStringList statementColumns = {}; ///< columns that hold a statement the source can explain
    /// Shown as one record (field and value) rather than a table. Decided by
    /// the list, not by its rows: a table with one row in it stays a table.
    bool record = false;
};

} // namespace lotse
