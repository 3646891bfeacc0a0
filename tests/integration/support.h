#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace lotse::test {

/// What a finished child process left behind.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs @p program to completion with extra `NAME=value` environment entries
/// (tests may block; the GUI thread is not under test here).
inline Run runWith(const QString &program, const QStringList &arguments, const QStringList &environment,
                   int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish: " + program.toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// Runs @p program to completion in the test's own environment.
inline Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    return runWith(program, arguments, {}, timeoutMs);
}

/// The lotse binary under test (CTest passes its path).
inline QString lotseBinary()
{
    return qEnvironmentVariable("LOTSE_BINARY");
}

/// The first line of a file, e.g. a fixture's URL.
inline QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

/// The cases the history generator wrote (name, system, at, expect, forbid).
inline QJsonArray cases()
{
    QFile file(qEnvironmentVariable("LOTSE_CASES"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

inline QJsonObject caseNamed(const QString &name)
{
    for (const QJsonValue &value : cases()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace lotse::test
