#include "databases/statementrefusal.h"

namespace lotse {

Error StatementRefusal::refuse(const QString &reason)
{
    return {Error::Kind::Refused,
            tr("The statement was refused: %1 Lotse only reads; it never changes a system it watches.").arg(reason)};
}

Error StatementRefusal::empty()
{
    return {Error::Kind::Invalid, tr("The query is empty.")};
}

QString StatementRefusal::unreadable(const QString &detail)
{
    return tr("it cannot be read as one statement: %1.").arg(detail);
}

QString StatementRefusal::moreThanOne()
{
    return tr("it holds more than one statement, and Lotse runs exactly one.");
}

QString StatementRefusal::writesData(const QString &keyword)
{
    return tr("%1 writes data.").arg(keyword);
}

QString StatementRefusal::changesSchema(const QString &keyword)
{
    return tr("%1 changes the database's schema or state.").arg(keyword);
}

} // namespace lotse
