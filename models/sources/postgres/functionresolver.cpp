#include "sources/postgres/functionresolver.h"

#include "sources/postgres/postgresviews.h"
#include "sources/postgres/sqlguard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace lotse {

namespace {

QChar kindCode(SqlReference::Kind kind)
{
    switch (kind) {
    case SqlReference::Kind::Function: return QLatin1Char('f');
    case SqlReference::Kind::ColumnFunction: return QLatin1Char('c');
    case SqlReference::Kind::Operator: return QLatin1Char('o');
    case SqlReference::Kind::Type: return QLatin1Char('t');
    case SqlReference::Kind::Relation: return QLatin1Char('r');
    }
    return QLatin1Char('f');
}

QChar firstCharacter(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QChar() : text.front();
}

/// The statements of a BEGIN ATOMIC or RETURN body, as pg_get_function_sqlbody prints it.
QString atomicStatements(const QString &body)
{
    const QString text = body.trimmed();
    if (text.startsWith(QLatin1String("RETURN"), Qt::CaseInsensitive))
        return QStringLiteral("SELECT ") + text.mid(6);
    if (text.startsWith(QLatin1String("BEGIN ATOMIC"), Qt::CaseInsensitive)
        && text.endsWith(QLatin1String("END"), Qt::CaseInsensitive))
        return text.mid(12, text.size() - 15);
    return text;
}

/// Where the statement's names lead: functions by name (overloads all count)
/// and in x.f notation, the functions of operators, casts and aggregates, and
/// the SQL the server holds for user views, row security policies and domain
/// checks. PostgreSQL's non-VOLATILE functions are left out unless refused
/// by name: they would pass anyway. %1 and %2 differ before PostgreSQL 14.
constexpr const char *kLookup = R"sql(
WITH wanted AS (
  SELECT w.i, w.k, w.s, w.n FROM jsonb_to_recordset(?::jsonb) AS w(i int, k text, s text, n text)
), spaces AS (
  SELECT w.i, ns.oid AS nsp FROM wanted w JOIN pg_namespace ns
    ON CASE w.s WHEN '' THEN ns.nspname = ANY (current_schemas(true)) WHEN '*' THEN true ELSE ns.nspname = w.s END
), relations AS (
  SELECT w.i, c.oid, c.relkind, ns.nspname, c.relname
  FROM wanted w JOIN spaces USING (i) JOIN pg_class c ON c.relnamespace = spaces.nsp AND c.relname = w.n
  JOIN pg_namespace ns ON ns.oid = c.relnamespace
  WHERE w.k = 'r' AND ns.nspname NOT IN ('pg_catalog', 'information_schema')
    AND NOT EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
), types AS (
  SELECT w.i, t.oid, t.typinput, t.typbasetype, ns.nspname, t.typname
  FROM wanted w JOIN spaces USING (i) JOIN pg_type t ON t.typnamespace = spaces.nsp AND t.typname = w.n
  JOIN pg_namespace ns ON ns.oid = t.typnamespace
  WHERE w.k = 't'
), reached AS (
  SELECT w.i, p.oid AS fn
  FROM wanted w JOIN spaces USING (i) JOIN pg_proc p ON p.pronamespace = spaces.nsp AND p.proname = w.n
  WHERE w.k = 'f'
     OR (w.k = 'c' AND p.pronargs >= 1 AND p.pronargs - p.pronargdefaults <= 1
         AND EXISTS (SELECT 1 FROM pg_type a WHERE a.oid = p.proargtypes[0] AND a.typtype IN ('c', 'p')))
  UNION ALL
  SELECT w.i, f.fn
  FROM wanted w JOIN spaces USING (i) JOIN pg_operator o ON o.oprnamespace = spaces.nsp AND o.oprname = w.n
  CROSS JOIN LATERAL (VALUES (o.oprcode::oid), (o.oprrest::oid), (o.oprjoin::oid)) f(fn)
  WHERE w.k = 'o'
  UNION ALL
  SELECT t.i, t.typinput::oid FROM types t
  UNION ALL
  SELECT t.i, c.castfunc FROM types t JOIN pg_cast c ON c.casttarget = t.oid
), functions AS (
  SELECT i, fn FROM reached WHERE fn <> 0
  UNION
  SELECT r.i, s.fn FROM reached r JOIN pg_aggregate a ON a.aggfnoid = r.fn
  CROSS JOIN LATERAL (VALUES (a.aggtransfn::oid), (a.aggfinalfn::oid), (a.aggcombinefn::oid), (a.aggserialfn::oid),
                             (a.aggdeserialfn::oid), (a.aggmtransfn::oid), (a.aggminvtransfn::oid),
                             (a.aggmfinalfn::oid)) s(fn)
  WHERE s.fn <> 0
)
SELECT 'f' AS what, f.i, p.oid, ns.nspname::text, p.proname::text, p.provolatile::text, p.prokind::text,
       l.lanname::text, coalesce(e.extname::text, ''), %1, p.proconfig IS NOT NULL
FROM functions f JOIN pg_proc p ON p.oid = f.fn JOIN pg_namespace ns ON ns.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_depend x ON x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e'
LEFT JOIN pg_extension e ON e.oid = x.refobjid
WHERE NOT (ns.nspname IN ('pg_catalog', 'information_schema') AND p.provolatile <> 'v'
           AND p.proname NOT IN (SELECT jsonb_array_elements_text(?::jsonb)))
UNION ALL
SELECT 'v', r.i, r.oid, r.nspname::text, r.relname::text, '', '', '', '', pg_get_viewdef(r.oid), false, false
FROM relations r WHERE r.relkind = 'v'
UNION ALL
SELECT 'p', r.i, pol.oid, r.nspname::text, r.relname::text || '.' || pol.polname::text, '', '', '', '',
       'SELECT ' || pg_get_expr(pol.polqual, pol.polrelid), false, false
FROM relations r JOIN pg_policy pol ON pol.polrelid = r.oid WHERE pol.polqual IS NOT NULL
UNION ALL
SELECT 'c', t.i, k.oid, t.nspname::text, t.typname::text, '', '', '', '', 'SELECT ' || pg_get_expr(k.conbin, 0),
       false, false
FROM types t JOIN pg_constraint k ON k.contypid IN (t.oid, t.typbasetype) AND k.contype = 'c'
ORDER BY 2, 1, 3
)sql";

} // namespace

FunctionResolver::FunctionResolver(QSqlDatabase db, int versionNumber, std::function<Error(const QSqlError &)> failure)
    : m_db(std::move(db))
    , m_versionNumber(versionNumber)
    , m_failure(std::move(failure))
{
}

QString FunctionResolver::sql() const
{
    // BEGIN ATOMIC bodies (PostgreSQL 14) are parse trees; the server prints them back as SQL.
    if (m_versionNumber >= 140000) {
        return QString::fromLatin1(kLookup).arg(
            QStringLiteral("CASE WHEN l.lanname = 'sql' THEN coalesce(pg_get_function_sqlbody(p.oid), p.prosrc) "
                           "ELSE '' END, p.prosqlbody IS NOT NULL"));
    }
    return QString::fromLatin1(kLookup).arg(QStringLiteral("CASE WHEN l.lanname = 'sql' THEN p.prosrc ELSE '' END, "
                                                           "false"));
}

std::expected<void, Error> FunctionResolver::check(const QList<SqlReference> &references)
{
    QList<Wanted> wanted;
    for (const SqlReference &reference : references)
        wanted.append({reference, {}, false});
    QSet<QString> judged;
    for (int depth = 0; !wanted.isEmpty(); ++depth) {
        if (depth == kMaxDepth) {
            return std::unexpected(SqlGuard::refuse(
                tr("it reaches functions and views nested more than %1 levels deep, deeper than Lotse reads.")
                    .arg(kMaxDepth)));
        }
        const auto answers = lookup(wanted);
        if (!answers)
            return std::unexpected(answers.error());
        QList<Wanted> next;
        for (const Found &answer : *answers) {
            if (judged.contains(answer.key))
                continue;
            judged.insert(answer.key);
            if (const auto problem = judge(answer, wanted.at(answer.wanted), next))
                return std::unexpected(SqlGuard::refuse(*problem));
        }
        wanted = next;
    }
    return {};
}

std::expected<QList<FunctionResolver::Found>, Error> FunctionResolver::lookup(const QList<Wanted> &wanted)
{
    QJsonArray names;
    for (qsizetype index = 0; index < wanted.size(); ++index) {
        const Wanted &item = wanted.at(index);
        names.append(QJsonObject{
            {QStringLiteral("i"), index},
            {QStringLiteral("k"), QString(kindCode(item.reference.kind))},
            {QStringLiteral("s"),
             item.anySchema && item.reference.schema.isEmpty() ? QStringLiteral("*") : item.reference.schema},
            {QStringLiteral("n"), item.reference.name}});
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(PostgresViews::marked(sql())))
        return std::unexpected(m_failure(query.lastError()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(FunctionPolicy::refusedAnywayNames()))
                                             .toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return std::unexpected(m_failure(query.lastError()));
    QList<Found> answers;
    while (query.next()) {
        Found answer = found(query);
        if (answer.wanted >= 0 && answer.wanted < wanted.size())
            answers.append(std::move(answer));
    }
    if (query.lastError().isValid())
        return std::unexpected(m_failure(query.lastError()));
    return answers;
}

FunctionResolver::Found FunctionResolver::found(const QSqlQuery &query)
{
    Found answer;
    answer.what = firstCharacter(query.value(0));
    answer.wanted = query.value(1).toLongLong();
    answer.key = answer.what + query.value(2).toString();
    ResolvedFunction &function = answer.function;
    function.schema = query.value(3).toString();
    function.name = query.value(4).toString();
    function.volatility = firstCharacter(query.value(5));
    answer.kind = firstCharacter(query.value(6));
    function.language = query.value(7).toString();
    function.extension = query.value(8).toString();
    function.body = query.value(9).toString();
    function.atomicBody = query.value(10).toBool();
    answer.ownSearchPath = query.value(11).toBool();
    const QString name = function.schema + QLatin1Char('.') + function.name;
    if (answer.what == QLatin1Char('v'))
        answer.label = tr("the view %1").arg(name);
    else if (answer.what == QLatin1Char('p'))
        answer.label = tr("the row security policy %1").arg(name);
    else if (answer.what == QLatin1Char('c'))
        answer.label = tr("the check of the domain %1").arg(name);
    else
        answer.label = function.signature();
    return answer;
}

std::optional<QString> FunctionResolver::judge(const Found &found, const Wanted &from, QList<Wanted> &next) const
{
    QString via = from.via;
    if (from.reference.kind == SqlReference::Kind::Operator)
        via = joined(via, tr("the operator %1").arg(from.reference.name));
    else if (from.reference.kind == SqlReference::Kind::Type)
        via = joined(via, tr("the type %1").arg(from.reference.name));
    QString sql;
    if (found.what == QLatin1Char('f')) {
        // An aggregate runs its support functions, which come as answers of their own.
        if (found.kind == QLatin1Char('a'))
            return std::nullopt;
        if (const auto refusal = FunctionPolicy::refusal(found.function))
            return through(via, *refusal);
        if (!FunctionPolicy::needsBody(found.function))
            return std::nullopt;
        sql = found.function.atomicBody ? atomicStatements(found.function.body) : found.function.body;
    } else {
        sql = found.function.body;
    }
    via = joined(via, found.label);
    const auto references = SqlGuard::checkBody(sql);
    if (!references)
        return through(via, references.error());
    for (const SqlReference &reference : *references)
        next.append({reference, via, found.ownSearchPath});
    return std::nullopt;
}

QString FunctionResolver::joined(const QString &via, const QString &step)
{
    return via.isEmpty() ? step : via + QStringLiteral(" → ") + step;
}

QString FunctionResolver::through(const QString &via, const QString &reason)
{
    return via.isEmpty() ? reason : tr("through %1, %2").arg(via, reason);
}

} // namespace lotse
