// The window with no keychain reachable (no D-Bus session bus at all), against
// the TLS-only Prometheus of tests/servers/prometheus-tls.sh: opening saved
// connections asks for the password for this session only and says why; a
// password typed in Settings ▸ Connections is kept for the session with the
// plain "no keychain" message; and no file under HOME ever holds it.
#include "../integration/plaintextscan.h"
#include "../integration/support.h"

#include "connections/connectionscontroller.h"
#include "connections/connectionsdialog.h"
#include "connections/connectionsfile.h"
#include "window/mainwindow.h"
#include "core/queryreply.h"
#include "sources/source.h"
#include "sources/sourceregistry.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace lotse::test;
using lotse::Connection;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestNoKeychainWindow final : public QObject
{
    Q_OBJECT

private:
    QString m_dir;
    QString m_password;
    QString m_connections;

    /// Whether @p source answers its version: the password it was given worked.
    static bool answers(lotse::Source *source)
    {
        lotse::QueryReply *reply = source->serverVersion();
        QSignalSpy finished(reply, &lotse::QueryReply::finished);
        const bool done = reply->isFinished() || finished.wait(kTimeoutMs);
        const bool ok = done && reply->result().has_value();
        reply->deleteLater();
        return ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")));
        m_dir = qEnvironmentVariable("LOTSE_TLS_FIXTURE");
        m_password = readLine(m_dir + QStringLiteral("/password"));
        QVERIFY2(!m_password.isEmpty(), "the prometheus-tls fixture did not start");
        Connection secure;
        secure.name = QStringLiteral("secure");
        secure.address = readLine(m_dir + QStringLiteral("/url-right"));
        secure.auth = lotse::PrometheusSettings::Auth::Basic;
        secure.user = readLine(m_dir + QStringLiteral("/user"));
        secure.usesSecret = true;
        secure.tls.caFile = m_dir + QStringLiteral("/ca.pem");
        m_connections = QDir::home().filePath(QStringLiteral("connections.yaml"));
        QVERIFY(lotse::ConnectionsFile::write(m_connections, {secure}));
    }

    void openingConnectionsAsksForTheSessionOnly()
    {
        lotse::MainWindow window(nullptr);
        QSignalSpy ready(&window, &lotse::MainWindow::sourcesReady);
        window.start({QStringLiteral("lotse"), QStringLiteral("--connections"), m_connections});
        QInputDialog *ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (ask = window.findChild<QInputDialog *>()) && ask->isVisible(); },
                                kTimeoutMs));
        QVERIFY2(ask->labelText().contains(QStringLiteral("No keychain")), qPrintable(ask->labelText()));
        QVERIFY(ask->labelText().contains(QStringLiteral("secure")));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        ask->setTextValue(m_password);
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeoutMs);
        lotse::Source *source = window.sources()->find(QStringLiteral("secure"));
        QVERIFY(source);
        QVERIFY(answers(source));
        QCOMPARE(filesContaining(QDir::homePath(), m_password), QStringList());
    }

    void typedPasswordIsKeptForTheSessionWithAPlainMessage()
    {
        lotse::MainWindow window(nullptr);
        window.start({QStringLiteral("lotse"), QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:1")});
        window.connections()->open(m_connections);
        lotse::ConnectionsDialog *dialog = window.connections()->dialog();
        QVERIFY(dialog);
        dialog->findChild<QListWidget *>(QStringLiteral("connectionList"))->setCurrentRow(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->setText(m_password);
        QSignalSpy ready(&window, &lotse::MainWindow::sourcesReady);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("No keychain")),
                                 kTimeoutMs);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("this session")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, kTimeoutMs);
        // No question: the session holds the password just typed.
        QVERIFY(!window.findChild<QInputDialog *>());
        QVERIFY(answers(window.sources()->find(QStringLiteral("secure"))));
        QSettings().sync();
        QCOMPARE(filesContaining(QDir::homePath(), m_password), QStringList());
    }
};

int main(int argc, char **argv)
{
    // A private HOME: the scan for a plain-text copy covers everything the window may write.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toLocal8Bit());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestNoKeychainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychainwindow.moc"
