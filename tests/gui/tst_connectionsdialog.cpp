// The Connections dialog collects what the user types and hands it back as
// Connection structs, typed secrets and signals; it does no I/O itself. The
// certificate trust dialog shows the fingerprint the pin will hold.
#include "connections/certificatetrustdialog.h"
#include "connections/connection.h"
#include "connections/connectionsdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using lotse::Connection;
using lotse::ConnectionsDialog;
using Auth = lotse::PrometheusSettings::Auth;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString describe(const Connection &c)
{
    QStringList headers;
    for (const auto &[name, value] : c.headers)
        headers.append(name + QLatin1Char('=') + value);
    return QStringLiteral("{%1 %2 %3 auth=%4 user=%5 usesSecret=%6 env=%7 headers=[%8] ca=%9 cert=%10 key=%11 pin=%12 "
                          "timeout=%13}")
        .arg(c.name, c.kind, c.address, Connection::authId(c.auth), c.user)
        .arg(c.usesSecret)
        .arg(c.secretEnv, headers.join(QLatin1Char(',')), c.tls.caFile, c.tls.clientCertFile, c.tls.clientKeyFile,
             QString::fromLatin1(c.tls.pinnedSha256))
        .arg(c.timeoutMs);
}

QString describe(const QList<Connection> &list)
{
    QStringList parts;
    for (const Connection &c : list)
        parts.append(describe(c));
    return parts.join(QLatin1Char('\n'));
}

Connection prometheus(const QString &name, Auth auth = Auth::None)
{
    Connection c;
    c.name = name;
    c.kind = QStringLiteral("prometheus");
    c.address = QStringLiteral("https://prom.example:9090");
    c.auth = auth;
    c.user = auth == Auth::Basic ? QStringLiteral("alice") : QString();
    c.usesSecret = auth != Auth::None;
    return c;
}

Connection redis(const QString &name)
{
    Connection c;
    c.name = name;
    c.kind = QStringLiteral("redis");
    c.address = QStringLiteral("redis://cache:6379/0");
    c.usesSecret = true; // requirepass, no user
    return c;
}

void addThrough(const ConnectionsDialog &dialog, const char *action)
{
    child<QAction>(dialog, action)->trigger();
}

void selectRow(const ConnectionsDialog &dialog, int row)
{
    child<QListWidget>(dialog, "connectionList")->setCurrentRow(row);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestConnectionsDialog final : public QObject
{
    Q_OBJECT

private:
    static QPushButton *okButton(const QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

private Q_SLOTS:
    void addsAndEditsThroughTheWidgets()
    {
        ConnectionsDialog dialog({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.connections().isEmpty());

        addThrough(dialog, "addPrometheus");
        retype(child<QLineEdit>(dialog, "name"), QStringLiteral("mimir"));
        QTest::keyClicks(child<QLineEdit>(dialog, "address"), QStringLiteral("https://mimir.example/prometheus"));
        auto *auth = child<QComboBox>(dialog, "auth");
        QVERIFY(auth->isVisibleTo(&dialog));
        auth->setCurrentIndex(auth->findData(int(Auth::Basic)));
        QTest::keyClicks(child<QLineEdit>(dialog, "user"), QStringLiteral("alice"));
        auto *secret = child<QLineEdit>(dialog, "secret");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QVERIFY(!secret->placeholderText().isEmpty());
        QTest::keyClicks(secret, QStringLiteral("s3cret"));
        QTest::keyClicks(child<QLineEdit>(dialog, "secretEnv"), QStringLiteral("MIMIR_PASSWORD"));
        auto *headers = child<QPlainTextEdit>(dialog, "headers");
        QVERIFY(headers->isVisibleTo(&dialog));
        headers->setFocus();
        QTest::keyClicks(headers, QStringLiteral("X-Scope-OrgID: team-a"));
        child<QSpinBox>(dialog, "timeout")->setValue(5);
        child<QLineEdit>(dialog, "caFile")->setText(QStringLiteral("/etc/lotse/ca.pem"));
        child<QLineEdit>(dialog, "clientCert")->setText(QStringLiteral("/etc/lotse/client.pem"));
        child<QLineEdit>(dialog, "clientKey")->setText(QStringLiteral("/etc/lotse/client.key"));

        addThrough(dialog, "addPostgres");
        QVERIFY(!child<QComboBox>(dialog, "auth")->isVisibleTo(&dialog));
        QVERIFY(!child<QPlainTextEdit>(dialog, "headers")->isVisibleTo(&dialog));
        QCOMPARE(child<QComboBox>(dialog, "kind")->currentData().toString(), QStringLiteral("postgres"));
        QCOMPARE(child<QLineEdit>(dialog, "address")->placeholderText(),
                 QStringLiteral("postgresql://user@host:5432/db"));
        retype(child<QLineEdit>(dialog, "name"), QStringLiteral("orders-db"));
        QTest::keyClicks(child<QLineEdit>(dialog, "address"), QStringLiteral("postgresql://app@db:5432/orders"));
        QTest::keyClicks(child<QLineEdit>(dialog, "user"), QStringLiteral("app"));

        auto *list = child<QListWidget>(dialog, "connectionList");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("mimir — ")));
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("orders-db — ")));

        Connection mimir;
        mimir.name = QStringLiteral("mimir");
        mimir.kind = QStringLiteral("prometheus");
        mimir.address = QStringLiteral("https://mimir.example/prometheus");
        mimir.auth = Auth::Basic;
        mimir.user = QStringLiteral("alice");
        mimir.usesSecret = true;
        mimir.secretEnv = QStringLiteral("MIMIR_PASSWORD");
        mimir.headers = {{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a")}};
        mimir.tls.caFile = QStringLiteral("/etc/lotse/ca.pem");
        mimir.tls.clientCertFile = QStringLiteral("/etc/lotse/client.pem");
        mimir.tls.clientKeyFile = QStringLiteral("/etc/lotse/client.key");
        mimir.timeoutMs = 5000;
        Connection orders;
        orders.name = QStringLiteral("orders-db");
        orders.kind = QStringLiteral("postgres");
        orders.address = QStringLiteral("postgresql://app@db:5432/orders");
        orders.user = QStringLiteral("app");
        orders.usesSecret = true; // a database with a user asks for its password
        const QList<Connection> expected{mimir, orders};
        QVERIFY2(dialog.connections() == expected, qPrintable(describe(dialog.connections())));
        QCOMPARE(dialog.typedSecrets(), (QHash<QString, QString>{{QStringLiteral("mimir"), QStringLiteral("s3cret")}}));
        QVERIFY(dialog.removedNames().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());

        // Selecting the first again shows what was typed for it.
        selectRow(dialog, 0);
        QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("mimir"));
        QCOMPARE(child<QPlainTextEdit>(dialog, "headers")->toPlainText(), QStringLiteral("X-Scope-OrgID: team-a"));
        QCOMPARE(child<QLineEdit>(dialog, "secret")->text(), QStringLiteral("s3cret"));
    }

    void parsesHeaders()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("mimir"))});
        auto *headers = child<QPlainTextEdit>(dialog, "headers");
        headers->setPlainText(QStringLiteral("X-Scope-OrgID: team-a\n\n  X-Other:  b:c  \n"));
        const QList<QPair<QString, QString>> expected{{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-a")},
                                                      {QStringLiteral("X-Other"), QStringLiteral("b:c")}};
        QCOMPARE(dialog.connections().at(0).headers, expected);
        QVERIFY(okButton(dialog)->isEnabled());

        headers->setPlainText(QStringLiteral("X-Scope-OrgID team-a"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "problem")->text().contains(QStringLiteral("mimir")));
        headers->setPlainText(QStringLiteral("X-Scope-OrgID: team-b"));
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.connections().at(0).headers,
                 (QList<QPair<QString, QString>>{{QStringLiteral("X-Scope-OrgID"), QStringLiteral("team-b")}}));
    }

    void duplicateAndMissingValuesDisableOk()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom-a")), redis(QStringLiteral("cache"))});
        auto *problem = child<QLabel>(dialog, "problem");
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(problem->text().isEmpty());

        selectRow(dialog, 1);
        retype(child<QLineEdit>(dialog, "name"), QStringLiteral("prom-a"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("prom-a")), qPrintable(problem->text()));
        QVERIFY(problem->isVisibleTo(&dialog));

        retype(child<QLineEdit>(dialog, "name"), QStringLiteral("cache"));
        QVERIFY(okButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "address")->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(problem->text().contains(QStringLiteral("cache")), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(dialog, "testButton")->isEnabled());

        child<QLineEdit>(dialog, "address")->setText(QStringLiteral("redis://cache:6379/1"));
        child<QLineEdit>(dialog, "name")->clear();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!problem->text().isEmpty());
    }

    void secretsFollowRenamesAndRemovals()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom"), Auth::Basic), redis(QStringLiteral("cache")),
                                  prometheus(QStringLiteral("other"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *secret = child<QLineEdit>(dialog, "secret");
        QVERIFY(secret->text().isEmpty());
        QVERIFY(!secret->placeholderText().isEmpty()); // the stored secret stays when left empty
        QTest::keyClicks(secret, QStringLiteral("pw1"));
        retype(child<QLineEdit>(dialog, "name"), QStringLiteral("prom-renamed"));
        QCOMPARE(dialog.typedSecrets(),
                 (QHash<QString, QString>{{QStringLiteral("prom-renamed"), QStringLiteral("pw1")}}));
        QCOMPARE(dialog.removedNames(), QStringList{QStringLiteral("prom")});

        // The Redis one keeps its stored secret (no user, requirepass) without a typed one.
        selectRow(dialog, 1);
        QVERIFY(dialog.connections().at(1).usesSecret);
        QVERIFY(!dialog.typedSecrets().contains(QStringLiteral("cache")));
        QTest::keyClicks(child<QLineEdit>(dialog, "secret"), QStringLiteral("pw2"));
        QCOMPARE(dialog.typedSecrets().value(QStringLiteral("cache")), QStringLiteral("pw2"));

        // Del on the list removes the selected connection and drops its typed secret.
        auto *list = child<QListWidget>(dialog, "connectionList");
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(list->count(), 2);
        QVERIFY(!dialog.typedSecrets().contains(QStringLiteral("cache")));
        QCOMPARE(dialog.removedNames(), (QStringList{QStringLiteral("prom"), QStringLiteral("cache")}));

        // The remove button does the same for the selected one.
        QCOMPARE(child<QLineEdit>(dialog, "name")->text(), QStringLiteral("other"));
        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.removedNames(),
                 (QStringList{QStringLiteral("prom"), QStringLiteral("cache"), QStringLiteral("other")}));

        // An import replaces the list and keeps typed secrets of names that still exist.
        dialog.setConnections(
            {prometheus(QStringLiteral("prom-renamed"), Auth::Bearer), redis(QStringLiteral("cache"))});
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.typedSecrets(),
                 (QHash<QString, QString>{{QStringLiteral("prom-renamed"), QStringLiteral("pw1")}}));
        QCOMPARE(dialog.removedNames(), (QStringList{QStringLiteral("prom"), QStringLiteral("other")}));
        QCOMPARE(child<QLineEdit>(dialog, "secret")->text(), QStringLiteral("pw1"));
        QVERIFY(!child<QLineEdit>(dialog, "user")->isVisibleTo(&dialog)); // bearer: a token only
    }

    void testEmitsTheEditedConnection()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom"), Auth::Bearer), redis(QStringLiteral("cache"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy spy(&dialog, &ConnectionsDialog::testRequested);
        retype(child<QLineEdit>(dialog, "address"), QStringLiteral("https://other:9090"));
        QTest::keyClicks(child<QLineEdit>(dialog, "secret"), QStringLiteral("token-1"));
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        Connection expected = prometheus(QStringLiteral("prom"), Auth::Bearer);
        expected.address = QStringLiteral("https://other:9090");
        const auto tested = spy.at(0).at(0).value<Connection>();
        QVERIFY2(tested == expected, qPrintable(describe(tested)));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("token-1"));

        // Ctrl+T tests the selected one; no typed secret means "use the stored one".
        selectRow(dialog, 1);
        QTest::keyClick(child<QLineEdit>(dialog, "address"), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<Connection>(), redis(QStringLiteral("cache")));
        QVERIFY(spy.at(1).at(1).toString().isEmpty());

        // The answer shows for the selected connection only, and comes back with it.
        auto *result = child<QLabel>(dialog, "testResult");
        dialog.showTestResult(QStringLiteral("prom"), true, QStringLiteral("Prometheus 2.42.0 · 4 ms"));
        QVERIFY(result->text() != QStringLiteral("Prometheus 2.42.0 · 4 ms"));
        dialog.showTestResult(QStringLiteral("cache"), false, QStringLiteral("NOAUTH Authentication required."));
        QCOMPARE(result->text(), QStringLiteral("NOAUTH Authentication required."));
        QVERIFY(result->isVisible());
        QVERIFY(result->wordWrap());
        QVERIFY(result->textInteractionFlags() & Qt::TextSelectableByMouse);
        selectRow(dialog, 0);
        QCOMPARE(result->text(), QStringLiteral("Prometheus 2.42.0 · 4 ms"));
    }

    void showsAndForgetsThePin()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom")), redis(QStringLiteral("cache"))});
        auto *pin = child<QLineEdit>(dialog, "pin");
        auto *forget = child<QPushButton>(dialog, "forgetPin");
        QVERIFY(pin->text().isEmpty());
        QVERIFY(pin->isReadOnly());
        QVERIFY(!forget->isEnabled());

        const QByteArray sha = QCryptographicHash::hash("certificate", QCryptographicHash::Sha256).toHex();
        dialog.setPinnedCertificate(QStringLiteral("prom"), sha);
        QCOMPARE(pin->text(), QString::fromLatin1(QByteArray::fromHex(sha).toHex(':')));
        QCOMPARE(dialog.connections().at(0).tls.pinnedSha256, sha);
        dialog.setPinnedCertificate(QStringLiteral("cache"), sha);
        QCOMPARE(dialog.connections().at(1).tls.pinnedSha256, sha);

        QVERIFY(forget->isEnabled());
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(pin->text().isEmpty());
        QVERIFY(dialog.connections().at(0).tls.pinnedSha256.isEmpty());
        QCOMPARE(dialog.connections().at(1).tls.pinnedSha256, sha);
    }

    void importAndExportAskForAPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("connections.yaml"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
        }
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QSignalSpy imports(&dialog, &ConnectionsDialog::importRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QFileDialog *open = nullptr;
        QTRY_VERIFY((open = dialog.findChild<QFileDialog *>(QStringLiteral("importFileDialog"))));
        QCOMPARE(open->fileMode(), QFileDialog::ExistingFile);
        open->selectFile(file);
        static_cast<QDialog *>(open)->accept(); // QFileDialog::accept() is protected
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.at(0).at(0).toString(), file);

        QSignalSpy exports(&dialog, &ConnectionsDialog::exportRequested);
        QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
        QFileDialog *save = nullptr;
        QTRY_VERIFY((save = dialog.findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))));
        QCOMPARE(save->acceptMode(), QFileDialog::AcceptSave);
        const QString target = dir.filePath(QStringLiteral("out.yaml"));
        save->selectFile(target);
        static_cast<QDialog *>(save)->accept();
        QCOMPARE(exports.size(), 1);
        QCOMPARE(exports.at(0).at(0).toString(), target);
        QCOMPARE(exports.at(0).at(1).value<QList<Connection>>(), QList<Connection>{prometheus(QStringLiteral("prom"))});
    }

    void retranslatesWithoutCrashing()
    {
        ConnectionsDialog dialog({prometheus(QStringLiteral("prom")), redis(QStringLiteral("cache"))});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "testButton"), Qt::LeftButton);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QVERIFY(!dialog.windowTitle().isEmpty());
        QCOMPARE(child<QListWidget>(dialog, "connectionList")->count(), 2);
        QVERIFY(child<QListWidget>(dialog, "connectionList")->item(1)->text().startsWith(QStringLiteral("cache — ")));
        ConnectionsDialog empty({});
        QCoreApplication::sendEvent(&empty, &change);
        QVERIFY(empty.connections().isEmpty());
    }

    void trustDialogShowsTheFingerprint()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=selfsigned.test/O=Lotse Test"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:selfsigned.test,IP:127.0.0.1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), certPath,
                       QStringLiteral("-days"), QStringLiteral("2")});
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish (package: openssl)");
        QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);
        const QSslCertificate certificate = certificates.first();
        const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);

        lotse::CertificateTrustDialog dialog(QStringLiteral("prom"), certificate,
                                             QStringLiteral("The certificate is self-signed, and untrusted"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.fingerprint(), digest.toHex());
        QCOMPARE(child<QLabel>(dialog, "fingerprint")->text(), QString::fromLatin1(digest.toHex(':').toUpper()));
        QVERIFY(child<QLabel>(dialog, "fingerprint")->textInteractionFlags() & Qt::TextSelectableByMouse);
        QCOMPARE(child<QLabel>(dialog, "subject")->text(), QStringLiteral("selfsigned.test"));
        QCOMPARE(child<QLabel>(dialog, "organisation")->text(), QStringLiteral("Lotse Test"));
        QVERIFY(child<QLabel>(dialog, "alternativeNames")->text().contains(QStringLiteral("127.0.0.1")));
        QCOMPARE(child<QLabel>(dialog, "reason")->text(),
                 QStringLiteral("The certificate is self-signed, and untrusted"));
        QVERIFY(!child<QLabel>(dialog, "validUntil")->text().isEmpty());

        auto *trust = child<QPushButton>(dialog, "trustButton");
        QVERIFY(!trust->isDefault());
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->isDefault());
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&dialog, &change);
        QVERIFY(!trust->text().isEmpty());

        // Return takes the default: Cancel.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.show();
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
