#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lotse {

/// What the ClickHouse user Lotse logs in as could change, read with SHOW
/// GRANTS (ClickHouse 20.4 and later; allowed under readonly=1). Lotse sends
/// readonly=1 on every request, so this is about the account: a user that
/// could write is shown as such, because the safest guard is a user that
/// cannot (README: "A read-only ClickHouse user for Lotse").
struct ClickHouseGrants
{
    Q_DECLARE_TR_FUNCTIONS(lotse::ClickHouseGrants)

public:
    QString user;
    /// Whether the server told: false before 20.4, which has no SHOW GRANTS,
    /// and then nothing is claimed either way.
    bool known = false;
    /// Granted privileges beyond reading, as the server spells them ("INSERT ON lotse.*", "ALL ON *.*").
    QStringList changing;
    /// Roles granted to the user; SHOW GRANTS does not say what they allow.
    QStringList roles;
    /// Privileges beyond reading that only the merged form shows: held through the roles.
    QStringList throughRoles;

    /// The statement that reads them, one grant a row.
    static QString query();
    /// The same merged with the roles' grants (SHOW GRANTS FINAL, newer servers only).
    static QString mergedQuery();
    /// Reads the rows of query(), one GRANT or REVOKE statement each.
    static ClickHouseGrants fromLines(const QString &user, const QStringList &lines);
    /// For a server that could not tell (no SHOW GRANTS before 20.4).
    static ClickHouseGrants unknown(const QString &user);
    /// Whether @p privilege ("SELECT", "SHOW TABLES", "SELECT(a, b)") only reads.
    static bool reads(const QString &privilege);

    /// Takes the rows of mergedQuery(): what they add comes through the roles.
    void addMerged(const QStringList &lines);

    bool canWrite() const { return known && (!changing.isEmpty() || !throughRoles.isEmpty()); }
    /// One sentence for people: who the user is and what it could change.
    QString caution() const;
};

} // namespace lotse
