#include "sources/postgres/postgresprivileges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lotse {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QString PostgresPrivileges::query()
{
    // Role attributes, the predefined roles that reach past the data (files,
    // programs, other sessions), and write grants on relations, schemas and
    // the database. TEMP is left out: PUBLIC has it by default, and a
    // temporary table is the session's own.
    return QStringLiteral(R"sql(
WITH me AS (SELECT * FROM pg_roles WHERE rolname = current_user),
writable AS (
  SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
    AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')
)
SELECT json_build_object(
  'role', current_user,
  'superuser', me.rolsuper,
  'attributes', (SELECT coalesce(json_agg(a), '[]') FROM (VALUES ('CREATEROLE', me.rolcreaterole),
                 ('CREATEDB', me.rolcreatedb), ('BYPASSRLS', me.rolbypassrls)) v(a, held) WHERE held),
  'memberships', (SELECT coalesce(json_agg(g ORDER BY g), '[]')
                  FROM unnest(ARRAY['pg_write_server_files', 'pg_execute_server_program', 'pg_signal_backend',
                                    'pg_write_all_data']) g
                  WHERE pg_has_role(current_user, to_regrole(g), 'MEMBER')),
  'writable_tables', (SELECT count(*) FROM writable),
  'examples', (SELECT coalesce(json_agg(name), '[]') FROM (SELECT name FROM writable ORDER BY name LIMIT 3) e),
  'schemas', (SELECT coalesce(json_agg(nspname ORDER BY nspname), '[]') FROM pg_namespace
              WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\_%'
                AND has_schema_privilege(oid, 'CREATE')),
  'creates_schemas', has_database_privilege(current_database(), 'CREATE')
)::text FROM me)sql");
}

std::optional<PostgresPrivileges> PostgresPrivileges::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.contains(QLatin1String("role")))
        return std::nullopt;
    PostgresPrivileges privileges;
    privileges.role = object.value(QLatin1String("role")).toString();
    privileges.superuser = object.value(QLatin1String("superuser")).toBool();
    privileges.attributes = strings(object.value(QLatin1String("attributes")));
    privileges.memberships = strings(object.value(QLatin1String("memberships")));
    privileges.writableTables = object.value(QLatin1String("writable_tables")).toInteger();
    privileges.examples = strings(object.value(QLatin1String("examples")));
    privileges.schemas = strings(object.value(QLatin1String("schemas")));
    privileges.createsSchemas = object.value(QLatin1String("creates_schemas")).toBool();
    return privileges;
}

bool PostgresPrivileges::canWrite() const
{
    return !findings().isEmpty();
}

QStringList PostgresPrivileges::findings() const
{
    // A superuser may do everything; the rest would only repeat it.
    if (superuser)
        return {QStringLiteral("superuser")};
    QStringList found = attributes + memberships;
    for (const QString &table : examples)
        found.append(QStringLiteral("write:") + table);
    if (writableTables > examples.size())
        found.append(QStringLiteral("write:…"));
    for (const QString &schema : schemas)
        found.append(QStringLiteral("create:") + schema);
    if (createsSchemas)
        found.append(QStringLiteral("create-schema"));
    return found;
}

QString PostgresPrivileges::caution() const
{
    if (!canWrite())
        return {};
    QStringList parts;
    if (superuser) {
        parts.append(tr("it is a superuser"));
    } else {
        parts += attributes;
        for (const QString &role : memberships)
            parts.append(tr("member of %1").arg(role));
        if (writableTables > 0)
            parts.append(tr("may write %n table(s), such as %1", nullptr, int(writableTables))
                             .arg(examples.join(QStringLiteral(", "))));
        if (!schemas.isEmpty())
            parts.append(tr("may create objects in %1").arg(schemas.join(QStringLiteral(", "))));
        if (createsSchemas)
            parts.append(tr("may create schemas"));
    }
    return tr("The role %1 could change this database: %2. Lotse only reads, but a role that can only read is "
              "safer (README: \"A read-only role for Lotse\").")
        .arg(role, parts.join(QStringLiteral("; ")));
}

} // namespace lotse
