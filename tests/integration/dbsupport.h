#pragma once

// Helpers of the database integration tests: the fixtures' files, waiting for
// a reply, administrative access to the servers (psql, redis-cli, curl) that
// sets up load and checks that data is unchanged, and throw-away servers of a
// test's own for the tests that kill one.
#include "support.h"

#include "core/queryreply.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

namespace lotse::test {

/// A fixture's file, e.g. fixtureFile("postgres", "dsn"); LOTSE_FIXTURE_DIR names the directory.
inline QString fixtureFile(const QString &server, const QString &name)
{
    return qEnvironmentVariable("LOTSE_FIXTURE_DIR") + QLatin1Char('/') + server + QLatin1Char('/') + name;
}

inline QString fixtureValue(const QString &server, const QString &name)
{
    return readLine(fixtureFile(server, name));
}

inline QString serverScript(const QString &server)
{
    return QStringLiteral(LOTSE_SOURCE_DIR "/tests/servers/%1.sh").arg(server);
}

/// Waits for @p reply (at most @p timeoutMs) and hands over its result; the reply is deleted.
inline QueryReply::Result await(QueryReply *reply, int timeoutMs = 60000)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QueryReply::finished);
        if (!finished.wait(timeoutMs)) {
            delete reply;
            return std::unexpected(Error{Error::Kind::Timeout, QStringLiteral("the test gave up waiting")});
        }
    }
    QueryReply::Result result = reply->takeResult();
    reply->deleteLater();
    return result;
}

/// The error's message, empty for a result (QVERIFY2 builds its message even when it passes).
template<typename T> QString why(const std::expected<T, Error> &result)
{
    return result ? QString() : result.error().kindId() + QStringLiteral(": ") + result.error().message;
}

/// The column @p name of @p table's row @p row.
inline QVariant cell(const Table &table, qsizetype row, const QString &name)
{
    return table.rows.value(row).value(table.columns.indexOf(name));
}

/// The first row whose column @p name equals @p value; -1 if none.
inline qsizetype rowWhere(const Table &table, const QString &name, const QVariant &value)
{
    const qsizetype column = table.columns.indexOf(name);
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        if (table.rows.at(row).value(column).toString() == value.toString())
            return row;
    }
    return -1;
}

/// psql as the superuser of the PostgreSQL in @p dir: one value per line, no headers.
inline Run adminPsql(const QString &dir, const QString &sql)
{
    const QString port = readLine(dir + QStringLiteral("/port"));
    return runWith(QStringLiteral("psql"),
                   {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("-p"), port, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                    QStringLiteral("lotse"), QStringLiteral("-c"), sql},
                   {QStringLiteral("PGPASSWORD=") + readLine(dir + QStringLiteral("/admin-password"))});
}

/// Starts @p psql as a session of the superuser of the PostgreSQL in @p dir,
/// named @p applicationName in pg_stat_activity, reading statements from its
/// standard input: a victim whose survival shows that nothing ended it.
inline void startSession(QProcess &psql, const QString &dir, const QString &applicationName)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), readLine(dir + QStringLiteral("/admin-password")));
    env.insert(QStringLiteral("PGAPPNAME"), applicationName);
    psql.setProcessEnvironment(env);
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-p"), readLine(dir + QStringLiteral("/port")), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("lotse")});
}

/// redis-cli as the default user of the Redis in @p dir.
inline Run adminRedis(const QString &dir, const QStringList &command)
{
    return run(QStringLiteral("redis-cli"),
               QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           readLine(dir + QStringLiteral("/port")), QStringLiteral("--user"), QStringLiteral("default"),
                           QStringLiteral("--pass"), readLine(dir + QStringLiteral("/password")),
                           QStringLiteral("--no-auth-warning")}
                   + command);
}

/// One statement for the ClickHouse in @p dir as its default user, by curl.
inline Run adminClickHouse(const QString &dir, const QString &sql)
{
    const QString url = readLine(dir + QStringLiteral("/url")).section(QLatin1Char('?'), 0, 0);
    return run(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"), QStringLiteral("-u"),
                QStringLiteral("default:") + readLine(dir + QStringLiteral("/password")),
                QStringLiteral("--data-binary"), sql, url});
}

/// A server of the test's own (started by its fixture script in a temporary
/// directory), for tests that stop or kill it; stopped when it goes.
class OwnServer final
{
public:
    explicit OwnServer(QString server)
        : m_server(std::move(server))
    {
        const Run started = run(serverScript(m_server), {QStringLiteral("start"), m_dir.path()}, 180000);
        m_started = started.exitCode == 0;
        m_log = started.err;
    }
    ~OwnServer() { run(serverScript(m_server), {QStringLiteral("stop"), m_dir.path()}, 120000); }

    bool started() const { return m_started; }
    const QByteArray &log() const { return m_log; }
    QString dir() const { return m_dir.path(); }
    QString value(const QString &name) const { return readLine(m_dir.path() + QLatin1Char('/') + name); }
    qint64 pid() const { return value(QStringLiteral("pid")).toLongLong(); }

private:
    QString m_server;
    QTemporaryDir m_dir;
    bool m_started = false;
    QByteArray m_log;
};

/// Signals @p pid (a process a fixture of this test started).
inline bool signalProcess(qint64 pid, const char *signal)
{
    return run(QStringLiteral("kill"), {QStringLiteral("-") + QLatin1String(signal), QString::number(pid)}).exitCode
        == 0;
}

/// A loopback port nobody listens on.
inline quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace lotse::test
