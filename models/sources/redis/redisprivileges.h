#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lotse {

struct RespValue;

/// What the Redis user Lotse logs in as could change, read from ACL GETUSER
/// (its command rules and, since Redis 7, its selectors) and COMMAND (every
/// command's ACL categories and subcommands). The policy keeps Lotse's own
/// commands to reads; a user that could do more is shown as such, because
/// the safest guard is a user that cannot (README: "A read-only Redis user
/// for Lotse"). The password hashes GETUSER returns are never kept.
struct RedisPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(lotse::RedisPrivileges)

public:
    QString user;
    /// Whether the server told: false when ACL GETUSER or COMMAND was refused
    /// (NOPERM) or does not exist, and then nothing is claimed either way.
    bool known = false;
    /// Commands ("set", "config|set") the user may run that write, administer
    /// or are dangerous and that RedisCommandPolicy refuses, sorted.
    QStringList changing;

    /// The two commands that read them, sent on the connection's first use.
    static QList<QList<QByteArray>> commands(const QString &user);
    /// Reads the answers to commands(); an error reply leaves it unknown.
    static RedisPrivileges fromReplies(const QString &user, const RespValue &getUser, const RespValue &command);
    /// Whether the ACL rules @p rules ("-@all +@read +config|get") let the user
    /// run @p command ("get", "config|get") of @p categories ("read", "slow").
    static bool permits(const QString &rules, const QByteArray &command, const QSet<QByteArray> &categories);

    bool canWrite() const { return known && !changing.isEmpty(); }
    /// Up to three of the commands, the best known first.
    QStringList examples() const;
    /// One sentence for people: who the user is and what it could run.
    QString caution() const;
};

} // namespace lotse
