// TLS to PostgreSQL is verified off this machine. A fake server that declines
// TLS (as an attacker in the middle would) and then asks for the password in
// clear text never receives it from a connection to a remote name; only
// `tls: off` sends it, and that connection carries a caution.
#include "dbsupport.h"

#include "sources/postgres/postgressource.h"

#include <QTcpSocket>
#include <QtEndian>

using namespace lotse;
using namespace lotse::test;

namespace {

/// Speaks just enough of the PostgreSQL protocol to decline TLS and ask for a
/// clear-text password.
class DecliningServer final : public QObject
{
public:
    DecliningServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int tlsRequests = 0;
    bool startupReceived = false;
    QByteArray password;

private:
    void read(QTcpSocket *socket)
    {
        m_buffer += socket->readAll();
        while (true) {
            // Before the startup message a message is length + body; after it, type + length + body.
            const qsizetype header = startupReceived ? 5 : 4;
            if (m_buffer.size() < header)
                return;
            const qint32 length = qFromBigEndian<qint32>(m_buffer.constData() + header - 4);
            if (length < 4 || m_buffer.size() < header - 4 + length)
                return;
            const QByteArray message = m_buffer.left(header - 4 + length);
            m_buffer.remove(0, message.size());
            answer(socket, message);
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &message)
    {
        if (startupReceived) {
            if (message.startsWith('p'))
                password = message.mid(5).chopped(1);
            socket->disconnectFromHost();
            return;
        }
        const qint32 code = qFromBigEndian<qint32>(message.constData() + 4);
        if (code == 80877103 || code == 80877104) { // SSLRequest, GSSENCRequest
            ++tlsRequests;
            socket->write("N");
            return;
        }
        startupReceived = true;
        // AuthenticationCleartextPassword
        socket->write(QByteArray("R\0\0\0\x08\0\0\0\x03", 9));
    }

    QTcpServer m_server;
    QByteArray m_buffer;
};

PostgresSettings remote(quint16 port)
{
    // Packets go to loopback; the name, which the certificate must match, is remote.
    auto settings = PostgresSettings::fromDsn(
        QStringLiteral("host=db.example hostaddr=127.0.0.1 port=%1 user=lotse dbname=lotse connect_timeout=5")
            .arg(port));
    settings->password = QStringLiteral("s3cr3t-pw");
    return *settings;
}

} // namespace

class TestPostgresTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declinedTlsGetsNoPassword()
    {
        DecliningServer server;
        PostgresSource source(QStringLiteral("db"), remote(server.port()));
        QVERIFY(source.cautions().isEmpty());
        const auto result = await(source.instant(QStringLiteral("SELECT 1"), {}), 30000);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Tls);
        QVERIFY(!result.error().message.contains(QLatin1String("s3cr3t-pw")));
        QVERIFY(server.tlsRequests >= 1);
        QVERIFY(!server.startupReceived);
        QVERIFY(server.password.isEmpty());
    }

    void tlsOffSendsItAndSaysSo()
    {
        DecliningServer server;
        PostgresSettings settings = remote(server.port());
        settings.plainText = true;
        PostgresSource source(QStringLiteral("db"), settings);
        QCOMPARE(source.cautions().size(), 1);
        QVERIFY(source.cautions().first().contains(QLatin1String("tls: off")));
        const auto result = await(source.instant(QStringLiteral("SELECT 1"), {}), 30000);
        QVERIFY(!result);
        QCOMPARE(server.tlsRequests, 0);
        QVERIFY(server.startupReceived);
        QCOMPARE(server.password, QByteArray("s3cr3t-pw"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresTls)
#include "tst_postgrestls.moc"
