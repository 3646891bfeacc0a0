#include "sources/clickhouse/clickhousegrants.h"

#include <QRegularExpression>

namespace lotse {

namespace {

/// Splits "SELECT(a, b), INSERT" at the commas outside parentheses.
QStringList splitList(const QString &list)
{
    QStringList parts;
    QString part;
    int depth = 0;
    for (const QChar c : list) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            parts.append(part.trimmed());
            part.clear();
        } else {
            part.append(c);
        }
    }
    if (!part.trimmed().isEmpty())
        parts.append(part.trimmed());
    return parts;
}

/// Up to three, and an ellipsis for the rest.
QStringList firstThree(const QStringList &privileges)
{
    QStringList shown = privileges.mid(0, 3);
    if (privileges.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return shown;
}

QString unquoted(QString name)
{
    name = name.trimmed();
    if (name.size() > 1 && (name.startsWith(QLatin1Char('`')) || name.startsWith(QLatin1Char('"'))))
        name = name.mid(1, name.size() - 2);
    return name;
}

} // namespace

QString ClickHouseGrants::query()
{
    return QStringLiteral("SHOW GRANTS");
}

QString ClickHouseGrants::mergedQuery()
{
    return QStringLiteral("SHOW GRANTS FINAL");
}

bool ClickHouseGrants::reads(const QString &privilege)
{
    // SHOW and its forms list objects, dictGet reads a dictionary, and the
    // introspection functions read the server's own symbols; all else
    // (INSERT, ALTER, CREATE, DROP, TRUNCATE, OPTIMIZE, SYSTEM, KILL QUERY,
    // ACCESS MANAGEMENT, SOURCES, ALL, …) could change data or the server.
    static const QStringList readOnly{QStringLiteral("SELECT"),          QStringLiteral("SHOW"),
                                      QStringLiteral("DICTGET"),         QStringLiteral("INTROSPECTION"),
                                      QStringLiteral("ADDRESSTOLINE"),   QStringLiteral("ADDRESSTOLINEWITHINLINES"),
                                      QStringLiteral("ADDRESSTOSYMBOL"), QStringLiteral("DEMANGLE")};
    const QString name = privilege.section(QLatin1Char('('), 0, 0).simplified().toUpper();
    return readOnly.contains(name) || name.startsWith(QLatin1String("SHOW "));
}

ClickHouseGrants ClickHouseGrants::unknown(const QString &user)
{
    ClickHouseGrants grants;
    // Without a user name in the settings the server logs in "default".
    grants.user = user.isEmpty() ? QStringLiteral("default") : user;
    return grants;
}

ClickHouseGrants ClickHouseGrants::fromLines(const QString &user, const QStringList &lines)
{
    // GRANT privileges ON target TO user [WITH GRANT OPTION], or GRANT roles TO user.
    static const QRegularExpression privilegeGrant(QStringLiteral("^GRANT (.+) ON (\\S+) TO "));
    static const QRegularExpression roleGrant(QStringLiteral("^GRANT (.+) TO "));
    ClickHouseGrants grants = unknown(user);
    grants.known = true;
    for (const QString &line : lines) {
        if (const auto match = privilegeGrant.match(line); match.hasMatch()) {
            for (const QString &privilege : splitList(match.captured(1))) {
                if (!reads(privilege))
                    grants.changing.append(privilege + QStringLiteral(" ON ") + match.captured(2));
            }
        } else if (const auto role = roleGrant.match(line); role.hasMatch()) {
            for (const QString &name : splitList(role.captured(1)))
                grants.roles.append(unquoted(name));
        }
    }
    return grants;
}

void ClickHouseGrants::addMerged(const QStringList &lines)
{
    for (const QString &privilege : fromLines(user, lines).changing) {
        if (!changing.contains(privilege) && !throughRoles.contains(privilege))
            throughRoles.append(privilege);
    }
}

QString ClickHouseGrants::caution() const
{
    if (!canWrite())
        return {};
    QStringList shown = firstThree(changing);
    if (!throughRoles.isEmpty()) {
        shown.append(tr("through the roles %1: %2")
                         .arg(roles.join(QStringLiteral(", ")), firstThree(throughRoles).join(QStringLiteral("; "))));
    }
    return tr("The ClickHouse user %1 could change data or the server: it holds %2. Lotse only reads and sends "
              "readonly=1, but a user that can only read is safer (README: \"A read-only ClickHouse user for "
              "Lotse\").")
        .arg(user, shown.join(QStringLiteral("; ")));
}

} // namespace lotse
