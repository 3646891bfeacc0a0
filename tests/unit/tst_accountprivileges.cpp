// What the account Lotse logs in as could change, from recorded answers:
// Redis's ACL rules evaluated against COMMAND's categories and subcommands,
// and ClickHouse's SHOW GRANTS lines. The real servers are asked in
// tst_redis and tst_clickhouse.
#include "sources/clickhouse/clickhousegrants.h"
#include "sources/redis/redisprivileges.h"
#include "sources/redis/resp.h"

#include <QTest>

using namespace lotse;

namespace {

RespValue bulk(const QByteArray &text)
{
    RespValue value;
    value.type = RespValue::Type::Bulk;
    value.text = text;
    return value;
}

RespValue array(const QList<RespValue> &items)
{
    RespValue value;
    value.type = RespValue::Type::Array;
    value.items = items;
    return value;
}

RespValue words(const QList<QByteArray> &texts)
{
    QList<RespValue> items;
    for (const QByteArray &text : texts)
        items.append(bulk(text));
    return array(items);
}

/// One entry of Redis 7's COMMAND: name, arity, flags, keys (3), categories, tips, key specs, subcommands.
RespValue entry(const QByteArray &name, const QList<QByteArray> &categories, const QList<RespValue> &subcommands = {})
{
    return array({bulk(name), bulk("-1"), words({}), bulk("0"), bulk("0"), bulk("0"), words(categories), words({}),
                  words({}), array(subcommands)});
}

/// COMMAND as Redis 7.0 answers it, cut to the commands that matter here.
RespValue commandReply()
{
    return array({entry("get", {"@read", "@string", "@fast"}), entry("set", {"@write", "@string", "@slow"}),
                  entry("flushall", {"@keyspace", "@write", "@slow", "@dangerous"}),
                  entry("keys", {"@keyspace", "@read", "@slow", "@dangerous"}), entry("info", {"@slow", "@dangerous"}),
                  entry("ping", {"@fast", "@connection"}),
                  entry("config", {"@slow"},
                        {entry("config|get", {"@admin", "@slow", "@dangerous"}),
                         entry("config|set", {"@admin", "@slow", "@dangerous"})}),
                  entry("slowlog", {"@slow"},
                        {entry("slowlog|get", {"@admin", "@slow", "@dangerous"}),
                         entry("slowlog|reset", {"@admin", "@slow", "@dangerous"})}),
                  entry("acl", {"@slow"},
                        {entry("acl|getuser", {"@admin", "@slow", "@dangerous"}),
                         entry("acl|setuser", {"@admin", "@slow", "@dangerous"})})});
}

/// ACL GETUSER as Redis 7 answers it, password hash included.
RespValue getUser(const QByteArray &commands, const QList<QByteArray> &selectors = {})
{
    QList<RespValue> selectorMaps;
    for (const QByteArray &selector : selectors)
        selectorMaps.append(words({"commands", selector, "keys", "~*", "channels", ""}));
    return array({bulk("flags"), words({"on"}), bulk("passwords"),
                  words({"30c952fab122c3f9759f02a6d95c3758b246b4fee239957b2d4fee46e26170c4"}), bulk("commands"),
                  bulk(commands), bulk("keys"), bulk("~*"), bulk("channels"), bulk("&*"), bulk("selectors"),
                  array(selectorMaps)});
}

} // namespace

class TestAccountPrivileges final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redisRules_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QByteArray>("command");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<bool>("permitted");
        const QStringList write{QStringLiteral("write")};
        const QStringList admin{QStringLiteral("admin"), QStringLiteral("dangerous")};
        QTest::newRow("all") << "+@all" << QByteArray("set") << write << true;
        QTest::newRow("allcommands") << "allcommands" << QByteArray("config|set") << admin << true;
        QTest::newRow("nothing") << "" << QByteArray("set") << write << false;
        QTest::newRow("all then none") << "+@all -@all +@read" << QByteArray("set") << write << false;
        QTest::newRow("category") << "-@all +@write" << QByteArray("set") << write << true;
        QTest::newRow("category taken back") << "+@all -@write" << QByteArray("set") << write << false;
        QTest::newRow("command") << "-@all +set" << QByteArray("set") << write << true;
        QTest::newRow("command taken back") << "+@all -set" << QByteArray("set") << write << false;
        QTest::newRow("container") << "-@all +config" << QByteArray("config|set") << admin << true;
        QTest::newRow("other subcommand") << "-@all +config|get" << QByteArray("config|set") << admin << false;
        QTest::newRow("subcommand") << "-@all +config|set" << QByteArray("config|set") << admin << true;
        QTest::newRow("subcommand taken back") << "+@all -config|set" << QByteArray("config|set") << admin << false;
        QTest::newRow("upper case") << "-@ALL +SET" << QByteArray("set") << write << true;
    }
    void redisRules()
    {
        QFETCH(QString, rules);
        QFETCH(QByteArray, command);
        QFETCH(QStringList, categories);
        QFETCH(bool, permitted);
        QSet<QByteArray> set;
        for (const QString &category : categories)
            set.insert(category.toUtf8());
        QCOMPARE(RedisPrivileges::permits(rules, command, set), permitted);
    }

    void redisUserThatCanWrite()
    {
        const auto privileges = RedisPrivileges::fromReplies({}, getUser("+@all"), commandReply());
        QVERIFY(privileges.known);
        QVERIFY(privileges.canWrite());
        QCOMPARE(privileges.user, QStringLiteral("default"));
        // info, slowlog|get and Lotse's own acl|getuser read; the rest is refused by the policy.
        QCOMPARE(privileges.changing,
                 QStringList({"acl|setuser", "config|set", "flushall", "keys", "set", "slowlog|reset"}));
        QCOMPARE(privileges.examples(), QStringList({"set", "flushall", "config|set"}));
        QVERIFY2(privileges.caution().contains(QLatin1String("default"))
                     && privileges.caution().contains(QStringLiteral("set, flushall, config|set, …")),
                 qPrintable(privileges.caution()));
        QVERIFY(!privileges.caution().contains(QLatin1String("30c952")));
    }

    void redisUserThatOnlyReads()
    {
        const auto privileges = RedisPrivileges::fromReplies(
            QStringLiteral("reader"), getUser("-@all +@read -keys +info +slowlog|get +config|get +acl|getuser"),
            commandReply());
        QVERIFY(privileges.known);
        QVERIFY2(!privileges.canWrite(), qPrintable(privileges.changing.join(QLatin1Char(' '))));
        QVERIFY(privileges.caution().isEmpty());
    }

    void redisSelectorsCount()
    {
        const auto privileges = RedisPrivileges::fromReplies(
            QStringLiteral("reader"), getUser("-@all +@read -keys", {"-@all +set"}), commandReply());
        QCOMPARE(privileges.changing, QStringList{QStringLiteral("set")});
    }

    void redisUnknownWithoutAcl()
    {
        RespValue noperm;
        noperm.type = RespValue::Type::Error;
        noperm.text = "NOPERM this user has no permissions to run the 'acl|getuser' command";
        const auto privileges = RedisPrivileges::fromReplies(QStringLiteral("lotse"), noperm, commandReply());
        QVERIFY(!privileges.known);
        QVERIFY(!privileges.canWrite());
        QVERIFY(privileges.caution().isEmpty());
    }

    void clickHouseReadOnlyPrivileges_data()
    {
        QTest::addColumn<QString>("privilege");
        QTest::addColumn<bool>("reads");
        QTest::newRow("select") << "SELECT" << true;
        QTest::newRow("columns") << "SELECT(at, user)" << true;
        QTest::newRow("show") << "SHOW" << true;
        QTest::newRow("show tables") << "SHOW TABLES" << true;
        QTest::newRow("dictGet") << "dictGet" << true;
        QTest::newRow("introspection") << "INTROSPECTION" << true;
        QTest::newRow("insert") << "INSERT" << false;
        QTest::newRow("alter update") << "ALTER UPDATE" << false;
        QTest::newRow("truncate") << "TRUNCATE" << false;
        QTest::newRow("system") << "SYSTEM" << false;
        QTest::newRow("kill query") << "KILL QUERY" << false;
        QTest::newRow("access management") << "ACCESS MANAGEMENT" << false;
        QTest::newRow("all") << "ALL" << false;
    }
    void clickHouseReadOnlyPrivileges()
    {
        QFETCH(QString, privilege);
        QFETCH(bool, reads);
        QCOMPARE(ClickHouseGrants::reads(privilege), reads);
    }

    void clickHouseGrantLines()
    {
        const auto admin
            = ClickHouseGrants::fromLines({}, {QStringLiteral("GRANT ALL ON *.* TO default WITH GRANT OPTION")});
        QVERIFY(admin.canWrite());
        QCOMPARE(admin.changing, QStringList{QStringLiteral("ALL ON *.*")});
        QVERIFY2(admin.caution().contains(QLatin1String("default")) && admin.caution().contains(QLatin1String("ALL")),
                 qPrintable(admin.caution()));

        const auto reader = ClickHouseGrants::fromLines(
            QStringLiteral("lotse"),
            {QStringLiteral("GRANT SHOW TABLES, SELECT(at, user) ON lotse.events TO lotse"),
             QStringLiteral("GRANT SELECT ON system.* TO lotse"), QStringLiteral("GRANT `reader`, writer TO lotse")});
        QVERIFY(reader.known);
        QVERIFY(!reader.canWrite());
        QCOMPARE(reader.roles, QStringList({"reader", "writer"}));

        const auto writer
            = ClickHouseGrants::fromLines(QStringLiteral("etl"),
                                          {QStringLiteral("GRANT SELECT, INSERT, ALTER UPDATE ON lotse.* TO etl"),
                                           QStringLiteral("REVOKE INSERT ON lotse.events FROM etl")});
        QCOMPARE(writer.changing, QStringList({"INSERT ON lotse.*", "ALTER UPDATE ON lotse.*"}));
    }

    void clickHouseRolesExpanded()
    {
        auto grants = ClickHouseGrants::fromLines(
            QStringLiteral("lotse"),
            {QStringLiteral("GRANT SELECT ON lotse.* TO lotse"), QStringLiteral("GRANT etl TO lotse")});
        QVERIFY(!grants.canWrite());
        grants.addMerged({QStringLiteral("GRANT SELECT, INSERT ON lotse.* TO lotse")});
        QCOMPARE(grants.throughRoles, QStringList{QStringLiteral("INSERT ON lotse.*")});
        QVERIFY(grants.canWrite());
        QVERIFY2(grants.caution().contains(QLatin1String("through the roles etl: INSERT ON lotse.*")),
                 qPrintable(grants.caution()));
    }

    void clickHouseUnknownBeforeGrants()
    {
        const auto grants = ClickHouseGrants::unknown({});
        QVERIFY(!grants.known);
        QVERIFY(!grants.canWrite());
        QCOMPARE(grants.user, QStringLiteral("default"));
    }
};

QTEST_GUILESS_MAIN(TestAccountPrivileges)
#include "tst_accountprivileges.moc"
