#pragma once

#include "core/error.h"

#include <QCoreApplication>

namespace lotse {

/// How the database sources' guards say no, in one wording for every kind
/// (SqlGuard for PostgreSQL, ClickHouseGuard): a Refused error that names the
/// reason and says that Lotse only reads.
class StatementRefusal final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::StatementRefusal)

public:
    /// "The statement was refused: @p reason Lotse only reads; …".
    static Error refuse(const QString &reason);
    /// An Invalid error: there is no statement at all.
    static Error empty();
    /// The reason for text the parser cannot read; @p detail says where.
    static QString unreadable(const QString &detail);
    static QString moreThanOne();
    /// "INSERT writes data."
    static QString writesData(const QString &keyword);
    /// "DROP changes the database's schema or state."
    static QString changesSchema(const QString &keyword);
};

} // namespace lotse
