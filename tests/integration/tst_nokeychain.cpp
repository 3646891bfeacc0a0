// SecretStore where no keychain is reachable: every operation says so plainly,
// naming the cause, SessionSecrets keeps the secret for the session, and
// nothing under the test's private HOME holds it. Two situations, chosen by
// LOTSE_NO_KEYCHAIN:
//   no-bus (default): no D-Bus session bus at all (DBUS_SESSION_BUS_ADDRESS
//     names a socket that does not exist, no display to autolaunch one);
//   no-secret-service: a session bus with no Secret Service on it (CTest runs
//     the test in `dbus-run-session --config-file=servers/bare-session.conf`).
#include "plaintextscan.h"
#include "secretstoreanswer.h"
#include "secretstore.h"
#include "sessionsecrets.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace lotse;
using namespace lotse::test;

namespace {

constexpr int answerTimeoutMs = lotse::test::kKeychainAnswerMs;
const QString connection = QStringLiteral("postgres-production");

bool withoutBus()
{
    return qEnvironmentVariable("LOTSE_NO_KEYCHAIN", QStringLiteral("no-bus")) == QLatin1String("no-bus");
}

/// The cause the message must name, through the same tr() call as
/// SecretStore's, so a translation cannot break the test.
QString expectedCause()
{
    return withoutBus() ? SecretStore::tr("no D-Bus session bus")
                        : SecretStore::tr("no Secret Service on the D-Bus session bus");
}

} // namespace

class TestNoKeychain final : public QObject
{
    Q_OBJECT

public:
    explicit TestNoKeychain(QString home)
        : m_home(std::move(home))
    {
    }

private:
    /// The outcome every operation must give here, with a message that names
    /// the cause and the connection instead of libsecret's raw error.
    void expectNoKeychain(const SecretStore::Result &result, SecretStore::Operation operation)
    {
        QCOMPARE(result.operation, operation);
        QCOMPARE(result.connection, connection);
        QCOMPARE(result.outcome, SecretStore::Outcome::NoKeychain);
        QVERIFY(result.keychainUnavailable());
        QVERIFY(result.secret.isEmpty());
        QVERIFY2(result.message.contains(expectedCause()), qPrintable(result.message));
        QVERIFY2(result.message.contains(connection), qPrintable(result.message));
    }

    const QString m_home;
    const QString m_secret = QStringLiteral("pässwörd-never-on-disk-4f1c9b7e");

private Q_SLOTS:
    void initTestCase()
    {
        if (withoutBus())
            QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        else
            QVERIFY(!qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        QCOMPARE(QDir::homePath(), m_home);
    }

    void writeSaysNoKeychain()
    {
        SecretStore store;
        expectNoKeychain(lotse::test::awaitAnswer(store, [&] { store.write(connection, m_secret); }),
                         SecretStore::Operation::Write);
    }

    void readSaysNoKeychain()
    {
        SecretStore store;
        expectNoKeychain(lotse::test::awaitAnswer(store, [&] { store.read(connection); }),
                         SecretStore::Operation::Read);
    }

    void removeSaysNoKeychain()
    {
        SecretStore store;
        expectNoKeychain(lotse::test::awaitAnswer(store, [&] { store.remove(connection); }),
                         SecretStore::Operation::Remove);
    }

    void readNowSaysNoKeychain()
    {
        const auto secret = SecretStore::readNow(connection, answerTimeoutMs);
        QVERIFY(!secret.has_value());
        expectNoKeychain(secret.error(), SecretStore::Operation::Read);
    }

    void sessionSecretsKeepItForTheSession()
    {
        SessionSecrets session;
        QVERIFY(!session.secret(connection).has_value());
        session.remember(connection, m_secret);
        QVERIFY(session.contains(connection));
        QCOMPARE(session.secret(connection).value_or(QString()), m_secret);
        session.remember(connection, m_secret + QLatin1Char('2'));
        QCOMPARE(session.secret(connection).value_or(QString()), m_secret + QLatin1Char('2'));
        session.forget(connection);
        QVERIFY(!session.contains(connection));
        session.remember(connection, m_secret);
        session.clear();
        QVERIFY(!session.secret(connection).has_value());
    }

    // Last: after every operation above, nothing in HOME (QSettings files of
    // QtKeychain's plain-text fallback would land in XDG_CONFIG_HOME) holds it.
    void nothingInPlainText()
    {
        QVERIFY(plantCanary(m_home, QStringLiteral("canary-3d5e")));
        QCOMPARE(filesContaining(m_home, QStringLiteral("canary-3d5e")).size(), 1);
        const QStringList hits = filesContaining(m_home, m_secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("secret in plain text in: ") + hits.join(QLatin1String(", "))));
    }
};

// HOME and the XDG directories point into a temporary directory before Qt
// reads them, so the scan covers everything this process could have written.
// Without a bus, its address is set here too, so the test means the same when
// run by hand as under CTest.
int main(int argc, char **argv)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/.cache")).toUtf8());
    if (withoutBus())
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    TestNoKeychain test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
