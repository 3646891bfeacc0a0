// Settings ▸ Connections in the main window, on the offscreen platform, inside
// a throw-away keyring session (tests/servers/keyring-session.sh), against the
// TLS-only Prometheus servers of tests/servers/prometheus-tls.sh: a connection
// added there is tested and shows the server's version, its password goes to
// the keychain and never into a file, a self-signed server is trusted only by
// pinning the fingerprint the trust dialog shows, and a wrong password says so.
#include "../integration/plaintextscan.h"
#include "../integration/support.h"
#include "../support/keyringsession.h"

#include "connections/certificatetrustdialog.h"
#include "connections/connectionscontroller.h"
#include "connections/connectionsdialog.h"
#include "connections/connectionsfile.h"
#include "window/mainwindow.h"
#include "secretstore.h"
#include "sources/sourceregistry.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace lotse::test;
using lotse::Connection;

namespace {

constexpr int kTimeoutMs = 30000;

QString contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestConnections final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString m_password;
    QString m_version;

    QString fixture(const QString &name) const { return readLine(m_dir + QLatin1Char('/') + name); }

    Connection tlsConnection(const QString &name, const QString &server, bool withCa) const
    {
        Connection connection;
        connection.name = name;
        connection.kind = QStringLiteral("prometheus");
        connection.address = fixture(QStringLiteral("url-") + server);
        connection.auth = lotse::PrometheusSettings::Auth::Basic;
        connection.user = fixture(QStringLiteral("user"));
        connection.usesSecret = true;
        if (withCa)
            connection.tls.caFile = m_dir + QStringLiteral("/ca.pem");
        return connection;
    }

    /// The window's Connections dialog on @p connections (written to a file first).
    lotse::ConnectionsDialog *openDialog(lotse::MainWindow &window, const QList<Connection> &connections)
    {
        if (!lotse::ConnectionsFile::write(lotse::ConnectionsFile::userPath(), connections))
            return nullptr;
        window.connections()->open();
        return window.connections()->dialog();
    }

    /// Selects @p row, types @p secret (when given) and presses Test; the result text.
    std::pair<bool, QString> test(lotse::MainWindow &window, int row, const QString &secret)
    {
        lotse::ConnectionsDialog *dialog = window.connections()->dialog();
        dialog->findChild<QListWidget *>(QStringLiteral("connectionList"))->setCurrentRow(row);
        if (!secret.isNull())
            dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(secret);
        QSignalSpy tested(window.connections(), &lotse::ConnectionsController::tested);
        dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        // "Testing…" first, then the answer.
        if (!QTest::qWaitFor([&] { return tested.count() >= 2; }, kTimeoutMs))
            return {false, QStringLiteral("no answer")};
        return {tested.last().at(1).toBool(), tested.last().at(2).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("LOTSE_KEYRING_SESSION"), QStringLiteral("1"));
        m_dir = qEnvironmentVariable("LOTSE_TLS_FIXTURE");
        m_password = fixture(QStringLiteral("password"));
        m_version = fixture(QStringLiteral("version"));
        QVERIFY2(!m_password.isEmpty() && !m_version.isEmpty(), "the prometheus-tls fixture did not start");
    }

    void addedConnectionIsTestedAndItsPasswordGoesToTheKeychain()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        lotse::ConnectionsDialog *dialog = openDialog(window, {});
        QVERIFY(dialog);
        // Added through the dialog's own controls (Add ▸ Prometheus-compatible).
        dialog->findChild<QAction *>(QStringLiteral("addPrometheus"))->trigger();
        QTRY_COMPARE(dialog->connections().size(), 1);
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("secure"));
        dialog->findChild<QLineEdit *>(QStringLiteral("address"))->setText(fixture(QStringLiteral("url-right")));
        Connection wanted = tlsConnection(QStringLiteral("secure"), QStringLiteral("right"), true);
        dialog->setConnections({wanted}); // auth, user and CA as an import would give them

        const auto [ok, text] = test(window, 0, m_password);
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.contains(m_version), qPrintable(text));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("testResult"))->text().contains(m_version));

        const auto [refused, why] = test(window, 0, QStringLiteral("not-the-password"));
        QVERIFY(!refused);
        QVERIFY2(why.contains(QStringLiteral("401"))
                     || why.contains(QStringLiteral("credentials"), Qt::CaseInsensitive),
                 qPrintable(why));
        dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(m_password);

        QSignalSpy ready(&window, &lotse::MainWindow::sourcesReady);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeoutMs);
        QVERIFY(window.sources()->find(QStringLiteral("secure")));
        // The keychain holds the password; no file does.
        const auto stored = lotse::SecretStore::readNow(QStringLiteral("secure"), kTimeoutMs);
        QVERIFY(stored);
        QCOMPARE(*stored, m_password);
        QSettings().sync();
        const QString written = contents(lotse::ConnectionsFile::userPath());
        QVERIFY(written.contains(QStringLiteral("secure")));
        QVERIFY(!written.contains(m_password));
        QCOMPARE(filesContaining(QDir::homePath(), m_password), QStringList());
    }

    void selfSignedServerIsTrustedOnlyByItsPinnedFingerprint()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        lotse::ConnectionsDialog *dialog
            = openDialog(window, {tlsConnection(QStringLiteral("lab"), QStringLiteral("selfsigned"), false)});
        QVERIFY(dialog);
        const auto [ok, text] = test(window, 0, m_password);
        QVERIFY(!ok);
        lotse::CertificateTrustDialog *trust = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (trust = dialog->findChild<lotse::CertificateTrustDialog *>()); },
                                kTimeoutMs));
        const QByteArray expected
            = fixture(QStringLiteral("selfsigned.sha256")).remove(QLatin1Char(':')).toLower().toLatin1();
        QCOMPARE(trust->fingerprint(), expected);
        QSignalSpy tested(window.connections(), &lotse::ConnectionsController::tested);
        trust->findChild<QPushButton *>(QStringLiteral("trustButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty() && tested.last().at(1).toBool(), kTimeoutMs);
        QVERIFY(tested.last().at(2).toString().contains(m_version));
        QCOMPARE(dialog->connections().first().tls.pinnedSha256, expected);
    }

    /// Export writes what the dialog holds (no secret); Import merges a file
    /// into the list, a connection of the same name replaced.
    void importAndExport()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        const Connection secure = tlsConnection(QStringLiteral("secure"), QStringLiteral("right"), true);
        lotse::ConnectionsDialog *dialog = openDialog(window, {secure});
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(m_password);
        const QString exported = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                     .filePath(QStringLiteral("exported-connections.yaml"));
        Q_EMIT dialog->exportRequested(exported, dialog->connections());
        const auto read = lotse::ConnectionsFile::read(exported);
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().address, secure.address);
        QVERIFY(!contents(exported).contains(m_password));

        Connection moved = secure;
        moved.address = fixture(QStringLiteral("url-wronghost"));
        Connection lab = tlsConnection(QStringLiteral("lab"), QStringLiteral("selfsigned"), false);
        QVERIFY(lotse::ConnectionsFile::write(exported, {moved, lab}));
        Q_EMIT dialog->importRequested(exported);
        const QList<Connection> merged = dialog->connections();
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged.at(0).name, QStringLiteral("secure"));
        QCOMPARE(merged.at(0).address, moved.address);
        QCOMPARE(merged.at(1).name, QStringLiteral("lab"));
        dialog->reject();
    }

    /// `--connections FILE` for headless runs: no secret in the file; it comes
    /// from the variable secret_env names, else the keychain, else a clear error.
    void headlessConnectionsFindTheirSecrets()
    {
        const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("headless-connections.yaml"));
        Connection fromEnvironment = tlsConnection(QStringLiteral("fromenv"), QStringLiteral("right"), true);
        fromEnvironment.secretEnv = QStringLiteral("LOTSE_TEST_PROMETHEUS_PASSWORD");
        for (const Connection &connection : {fromEnvironment}) {
            QVERIFY(lotse::ConnectionsFile::write(path, {connection}));
            const QString written = contents(path);
            QVERIFY(!written.contains(m_password));
            const QStringList query
                = {QStringLiteral("query"), QStringLiteral("--connections"), path, QStringLiteral("vector(1)")};
            const Run missing = run(lotseBinary(), query);
            QCOMPARE(missing.exitCode, 2);
            QVERIFY2(missing.err.contains("LOTSE_TEST_PROMETHEUS_PASSWORD"), missing.err.constData());
            const Run given
                = runWith(lotseBinary(), query, {QStringLiteral("LOTSE_TEST_PROMETHEUS_PASSWORD=") + m_password});
            QVERIFY2(given.exitCode == 0, given.err.constData());
        }
        // Stored in the keychain by the dialog earlier: no variable needed.
        QVERIFY(lotse::ConnectionsFile::write(
            path, {tlsConnection(QStringLiteral("secure"), QStringLiteral("right"), true)}));
        const Run keychain
            = run(lotseBinary(),
                  {QStringLiteral("query"), QStringLiteral("--connections"), path, QStringLiteral("vector(1)")});
        QVERIFY2(keychain.exitCode == 0, keychain.err.constData());
    }
};

int main(int argc, char **argv)
{
    if (!insideKeyringSession(argc, argv))
        return 1;
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestConnections test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connections.moc"
