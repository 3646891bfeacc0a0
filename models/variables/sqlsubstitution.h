#pragma once

#include "variables/variablereferences.h"
#include "variables/variablevalues.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <expected>

namespace lotse {

/// A SQL statement whose variables became PostgreSQL parameters.
struct BoundSql
{
    QString text;           ///< with `$1`, `$2` … where the variables stood
    QStringList parameters; ///< the value of `$1`, `$2` …
};

/// Binds variables into PostgreSQL SQL as parameters: `$job` becomes `$1`
/// and its value travels beside the text, never inside it, so no value can
/// be read as SQL. The same variable used twice is the same parameter. A
/// multi-value binds as one text array literal (`{"a","b"}`), for
/// `= ANY($job::text[])`. Inside a quoted string, a comment or a
/// dollar-quoted body `$name` is text, as PostgreSQL reads it, and stays.
class SqlSubstitution final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::SqlSubstitution)

public:
    static std::expected<BoundSql, QString> apply(const QString &sql, const VariableValues &values);
    /// The variables @p sql binds, each once, in the order they first appear.
    static QStringList names(const QString &sql);

private:
    static QList<VariableReferences::Reference> bareReferences(const QString &sql);
    /// The end of the quoted string, comment or dollar-quoted body that
    /// starts at @p at, or @p at when none does.
    static qsizetype skipQuoted(const QString &sql, qsizetype at);
    static QString arrayLiteral(const QStringList &values);
};

} // namespace lotse
