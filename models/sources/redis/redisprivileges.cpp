#include "sources/redis/redisprivileges.h"

#include "sources/redis/rediscommandpolicy.h"
#include "sources/redis/resp.h"

namespace lotse {

namespace {

/// The categories that mark a command able to change data or the server.
bool changingCategory(const QSet<QByteArray> &categories)
{
    return categories.contains("write") || categories.contains("admin") || categories.contains("dangerous");
}

/// The value after @p field in a flat field, value, … array (RESP2 maps).
RespValue field(const RespValue &map, const QByteArray &field)
{
    for (qsizetype at = 0; at + 1 < map.items.size(); at += 2) {
        if (map.items.at(at).text == field)
            return map.items.at(at + 1);
    }
    return {};
}

/// The rules of the user and, since Redis 7, of each selector: a command may
/// run when any of them lets it (keys and channels aside).
QStringList ruleSets(const RespValue &getUser)
{
    QStringList rules{QString::fromUtf8(field(getUser, "commands").text)};
    for (const RespValue &selector : field(getUser, "selectors").items)
        rules.append(QString::fromUtf8(field(selector, "commands").text));
    return rules;
}

struct Command
{
    QByteArray name;
    QSet<QByteArray> categories;
};

Command command(const RespValue &entry)
{
    Command read{entry.items.value(0).text.toLower(), {}};
    for (const RespValue &category : entry.items.value(6).items) {
        QByteArray name = category.text.toLower();
        if (name.startsWith('@'))
            name.remove(0, 1);
        read.categories.insert(name);
    }
    return read;
}

/// Every command that runs as such: a container's subcommands (Redis 7
/// lists them from index 9), otherwise the command itself.
QList<Command> leaves(const RespValue &commandReply)
{
    QList<Command> found;
    for (const RespValue &entry : commandReply.items) {
        const QList<RespValue> subcommands = entry.items.value(9).items;
        if (subcommands.isEmpty())
            found.append(command(entry));
        for (const RespValue &sub : subcommands)
            found.append(command(sub));
    }
    return found;
}

bool refusedByPolicy(const QByteArray &name)
{
    // Lotse's own read of the user's rules is refused to queries, not a change.
    if (name == "acl|getuser")
        return false;
    QList<QByteArray> arguments;
    for (const QByteArray &word : name.split('|'))
        arguments.append(word.toUpper());
    return !RedisCommandPolicy::check(arguments).has_value();
}

} // namespace

QList<QList<QByteArray>> RedisPrivileges::commands(const QString &user)
{
    return {{"ACL", "GETUSER", user.isEmpty() ? QByteArray("default") : user.toUtf8()}, {"COMMAND"}};
}

RedisPrivileges RedisPrivileges::fromReplies(const QString &user, const RespValue &getUser, const RespValue &command)
{
    RedisPrivileges privileges;
    privileges.user = user.isEmpty() ? QStringLiteral("default") : user;
    if (getUser.type != RespValue::Type::Array || command.type != RespValue::Type::Array)
        return privileges;
    privileges.known = true;
    const QStringList rules = ruleSets(getUser);
    for (const Command &leaf : leaves(command)) {
        if (!changingCategory(leaf.categories) || !refusedByPolicy(leaf.name))
            continue;
        const bool allowed = std::any_of(rules.cbegin(), rules.cend(), [&leaf](const QString &set) {
            return permits(set, leaf.name, leaf.categories);
        });
        if (allowed)
            privileges.changing.append(QString::fromUtf8(leaf.name));
    }
    privileges.changing.sort();
    return privileges;
}

bool RedisPrivileges::permits(const QString &rules, const QByteArray &command, const QSet<QByteArray> &categories)
{
    const QByteArray parent = command.left(command.indexOf('|'));
    bool allowed = false;
    // Rules apply in order, a later one overriding an earlier one.
    for (const QString &token : rules.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QByteArray rule = token.toLower().toUtf8();
        if (rule == "allcommands" || rule == "+@all") {
            allowed = true;
        } else if (rule == "nocommands" || rule == "-@all") {
            allowed = false;
        } else if (rule.size() > 1 && (rule.front() == '+' || rule.front() == '-')) {
            const QByteArray target = rule.mid(1);
            const bool matches = target.startsWith('@') ? categories.contains(target.mid(1))
                : target.contains('|')                  ? target == command
                                                        : target == command || target == parent;
            if (matches)
                allowed = rule.front() == '+';
        }
    }
    return allowed;
}

QStringList RedisPrivileges::examples() const
{
    QStringList shown;
    for (const char *known : {"set", "flushall", "config|set", "del", "shutdown", "acl|setuser"}) {
        if (shown.size() < 3 && changing.contains(QLatin1String(known)))
            shown.append(QLatin1String(known));
    }
    for (const QString &name : changing) {
        if (shown.size() < 3 && !shown.contains(name))
            shown.append(name);
    }
    return shown;
}

QString RedisPrivileges::caution() const
{
    if (!canWrite())
        return {};
    QStringList shown = examples();
    if (changing.size() > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("The Redis user %1 may run commands that change data or the server (%2). Lotse only reads, but give "
              "it a user with only read commands (README: \"A read-only Redis user for Lotse\").")
        .arg(user, shown.join(QStringLiteral(", ")));
}

} // namespace lotse
