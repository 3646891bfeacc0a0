#pragma once

#include "core/error.h"
#include "sources/postgres/functionpolicy.h"
#include "sources/postgres/sqltree.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <expected>
#include <functional>

class QSqlError;
class QSqlQuery;

namespace lotse {

/// The server's half of SqlGuard: before a statement runs, every name in it
/// that may call a function is looked up in the server's catalog, in the
/// connection's search path, inside the transaction the statement runs in,
/// and every function it reaches is judged by FunctionPolicy. A name reaches
/// functions directly (overloads all count: Lotse does not guess which one
/// the server picks), through operators, casts and domain checks, through
/// aggregates' support functions, through the views and row security
/// policies of relations, and through the bodies of SQL functions. What the
/// server holds as SQL (a function's body, a view's definition, a policy) is
/// read with PostgreSQL's parser like the statement itself, to a depth of
/// kMaxDepth. PostgreSQL's own objects and those of extensions are taken at
/// their word.
class FunctionResolver final
{
    Q_DECLARE_TR_FUNCTIONS(lotse::FunctionResolver)

public:
    static constexpr int kMaxDepth = 8;

    /// Resolves on @p db, a server of @p versionNumber (150004); @p failure
    /// turns an error of the lookup itself into Lotse's.
    FunctionResolver(QSqlDatabase db, int versionNumber, std::function<Error(const QSqlError &)> failure);

    /// Nothing when every function @p references reach may run; else a
    /// Refused error that names the first that may not and the way to it.
    std::expected<void, Error> check(const QList<SqlReference> &references);

private:
    /// A name to look up, and how the statement reaches it.
    struct Wanted
    {
        SqlReference reference;
        QString via;            ///< "public.f() → the view public.v"; empty: the statement itself
        bool anySchema = false; ///< inside a function that sets its own search_path: every schema counts
    };
    /// One answer of the catalog: a function, or SQL the server holds.
    struct Found
    {
        QChar what; ///< f(unction), v(iew), p(olicy), c(heck of a domain)
        qsizetype wanted = 0;
        QString key; ///< what and oid: each is judged once
        ResolvedFunction function;
        QChar kind; ///< prokind: f, a(ggregate), w(indow), p(rocedure)
        bool ownSearchPath = false;
        QString label; ///< how messages name it
    };

    std::expected<QList<Found>, Error> lookup(const QList<Wanted> &wanted);
    QString sql() const;
    static Found found(const QSqlQuery &query);
    std::optional<QString> judge(const Found &found, const Wanted &from, QList<Wanted> &next) const;
    static QString through(const QString &via, const QString &reason);
    static QString joined(const QString &via, const QString &step);

    QSqlDatabase m_db;
    int m_versionNumber;
    std::function<Error(const QSqlError &)> m_failure;
};

} // namespace lotse
