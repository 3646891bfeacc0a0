// SecretStore against a real Secret Service: gnome-keyring-daemon on a private
// D-Bus session bus, started by tests/servers/keyring-session.sh with HOME and
// the XDG directories in a temporary directory. Stores, reads, updates and
// deletes a secret; secret-tool (libsecret) sees the same item through its own
// channel; and no file under the private HOME holds the secret in plain text.
#include "plaintextscan.h"
#include "secretstoreanswer.h"
#include "../support/keyringsession.h"
#include "secretstore.h"
#include "support.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUuid>

#include <unistd.h>

#include <vector>

using namespace lotse;
using namespace lotse::test;

namespace {

constexpr int answerTimeoutMs = lotse::test::kKeychainAnswerMs;
const QString notFound = QStringLiteral("<secret-tool found nothing>");

/// The secret libsecret's own client finds for @p connection, or nothing.
std::optional<QString> lookedUp(const QString &connection)
{
    const Run lookup = run(QStringLiteral("secret-tool"),
                           {QStringLiteral("lookup"), QStringLiteral("user"), connection, QStringLiteral("server"),
                            SecretStore::serviceName()},
                           answerTimeoutMs);
    if (lookup.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(lookup.out);
}

/// A secret unique to this run, non-ASCII on purpose, so the file scan cannot
/// match anything but this test's own secret.
QString uniqueSecret(const QString &prefix)
{
    return prefix + QStringLiteral("-pässwörd-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private:
    QString keyringRoot() const { return qEnvironmentVariable("LOTSE_KEYRING_ROOT"); }

    void expectNoPlainText(const QString &secret)
    {
        const QString canary = uniqueSecret(QStringLiteral("canary"));
        QVERIFY(plantCanary(keyringRoot(), canary));
        QCOMPARE(filesContaining(keyringRoot(), canary).size(), 1);
        const QStringList hits = filesContaining(keyringRoot(), secret);
        QVERIFY2(hits.isEmpty(),
                 qPrintable(QStringLiteral("secret in plain text in: ") + hits.join(QLatin1String(", "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("LOTSE_KEYRING_SESSION"), QStringLiteral("1"));
        QVERIFY(!keyringRoot().isEmpty());
        QVERIFY2(QDir::homePath().startsWith(keyringRoot()), "HOME must be the throw-away one");
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing: install the Debian package libsecret-tools");
    }

    void storeReadUpdateDelete()
    {
        SecretStore store;
        const QString connection = QStringLiteral("prometheus-production");
        const QString first = uniqueSecret(QStringLiteral("first"));
        const QString second = uniqueSecret(QStringLiteral("second"));

        SecretStore::Result result = lotse::test::awaitAnswer(store, [&] { store.write(connection, first); });
        QCOMPARE(result.operation, SecretStore::Operation::Write);
        QCOMPARE(result.connection, connection);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.message.isEmpty());
        QCOMPARE(lookedUp(connection).value_or(notFound), first);

        result = lotse::test::awaitAnswer(store, [&] { store.read(connection); });
        QCOMPARE(result.operation, SecretStore::Operation::Read);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.secret, first);

        result = lotse::test::awaitAnswer(store, [&] { store.write(connection, second); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        result = lotse::test::awaitAnswer(store, [&] { store.read(connection); });
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.secret, second);
        QCOMPARE(lookedUp(connection).value_or(notFound), second);

        // The keyring keeps the secret on disk, encrypted: the file exists,
        // and neither the old nor the new secret is readable anywhere.
        const QString keyringFile
            = QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("keyrings/login.keyring"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(keyringFile).size() > 0, answerTimeoutMs);
        expectNoPlainText(first);
        expectNoPlainText(second);

        result = lotse::test::awaitAnswer(store, [&] { store.remove(connection); });
        QCOMPARE(result.operation, SecretStore::Operation::Remove);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(lookedUp(connection).value_or(notFound), notFound);

        result = lotse::test::awaitAnswer(store, [&] { store.read(connection); });
        QCOMPARE(result.outcome, SecretStore::Outcome::NotFound);
        QVERIFY(!result.keychainUnavailable());
        QVERIFY(result.message.contains(connection));
        QVERIFY(result.secret.isEmpty());
    }

    void removeTwiceIsOk()
    {
        SecretStore store;
        const QString connection = QStringLiteral("redis-cache");
        QVERIFY(lotse::test::awaitAnswer(store, [&] {
                    store.write(connection, uniqueSecret(QStringLiteral("redis")));
                }).ok());
        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.remove(connection); }).ok());
        const SecretStore::Result again = lotse::test::awaitAnswer(store, [&] { store.remove(connection); });
        QVERIFY2(again.ok(), qPrintable(again.message));
    }

    void connectionsKeepTheirOwnSecrets()
    {
        SecretStore store;
        const QString postgres = uniqueSecret(QStringLiteral("postgres"));
        const QString clickhouse = uniqueSecret(QStringLiteral("clickhouse"));
        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.write(QStringLiteral("postgres-main"), postgres); }).ok());
        QVERIFY(
            lotse::test::awaitAnswer(store, [&] { store.write(QStringLiteral("clickhouse-logs"), clickhouse); }).ok());
        QCOMPARE(lotse::test::awaitAnswer(store, [&] { store.read(QStringLiteral("postgres-main")); }).secret,
                 postgres);
        QCOMPARE(lotse::test::awaitAnswer(store, [&] { store.read(QStringLiteral("clickhouse-logs")); }).secret,
                 clickhouse);
        expectNoPlainText(postgres);
        expectNoPlainText(clickhouse);
        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.remove(QStringLiteral("postgres-main")); }).ok());
        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.remove(QStringLiteral("clickhouse-logs")); }).ok());
    }

    void readNowForHeadlessCommands()
    {
        SecretStore store;
        const QString connection = QStringLiteral("victoria-metrics");
        const QString secret = uniqueSecret(QStringLiteral("token"));
        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.write(connection, secret); }).ok());

        const auto found = SecretStore::readNow(connection, answerTimeoutMs);
        QVERIFY2(found.has_value(), qPrintable(found ? QString() : found.error().message));
        QCOMPARE(*found, secret);

        QVERIFY(lotse::test::awaitAnswer(store, [&] { store.remove(connection); }).ok());
        const auto missing = SecretStore::readNow(connection, answerTimeoutMs);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().outcome, SecretStore::Outcome::NotFound);
    }
};

int main(int argc, char **argv)
{
    if (!lotse::test::insideKeyringSession(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
