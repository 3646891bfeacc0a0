#include "connections/connectionscontroller.h"

#include "sources/http/certificateprobe.h"
#include "connections/certificatetrustdialog.h"
#include "connections/connectionprobe.h"
#include "connections/connectionsdialog.h"
#include "connections/connectionsecrets.h"
#include "connections/connectionsfile.h"
#include "connections/sourcefactory.h"
#include "sources/sourcekinds.h"

#include <QFile>
#include <QMessageBox>

namespace lotse {

namespace {

/// "Prometheus 2.42.0", "Redis 7.0.15"; PostgreSQL's version() names itself.
QString serverName(const QString &kind, const QString &version)
{
    if (version.isEmpty())
        return ConnectionsController::tr("version unknown");
    const SourceKind *known = SourceKinds::find(kind);
    return known ? known->serverName(version) : version;
}

void warn(QWidget *parent, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, ConnectionsController::tr("Connections"), text,
                                QMessageBox::Close, parent);
    box->setInformativeText(details);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

ConnectionsController::ConnectionsController(ConnectionSecrets *secrets, QWidget *window)
    : QObject(window)
    , m_secrets(secrets)
    , m_window(window)
{
}

ConnectionsDialog *ConnectionsController::dialog() const
{
    return m_dialog;
}

void ConnectionsController::open(const QString &path)
{
    m_path = path.isEmpty() ? ConnectionsFile::userPath() : path;
    QList<Connection> connections;
    if (QFile::exists(m_path)) {
        const auto read = ConnectionsFile::read(m_path);
        if (!read)
            warn(m_window, tr("The connections file %1 has errors; the dialog starts empty.").arg(m_path),
                 diagnosticsText(read.error()));
        else
            connections = *read;
    }
    if (m_dialog)
        m_dialog->close();
    m_dialog = new ConnectionsDialog(connections, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setCommandLineSources(m_commandLineSources);
    connect(m_dialog, &ConnectionsDialog::testRequested, this, &ConnectionsController::test);
    connect(m_dialog, &ConnectionsDialog::importRequested, this, &ConnectionsController::importFrom);
    connect(m_dialog, &ConnectionsDialog::exportRequested, this, &ConnectionsController::exportTo);
    connect(m_dialog, &QDialog::accepted, this, &ConnectionsController::save);
    m_dialog->open();
}

void ConnectionsController::test(const Connection &connection, const QString &typedSecret)
{
    report(connection.name, true, tr("Testing…"));
    if (!typedSecret.isEmpty()) {
        probe(connection, typedSecret);
        return;
    }
    m_secrets->find(connection, [this, connection](const QString &secret) { probe(connection, secret); });
}

void ConnectionsController::probe(const Connection &connection, const QString &secret)
{
    auto source = SourceFactory::create(connection, secret);
    if (!source) {
        report(connection.name, false, source.error().message);
        return;
    }
    auto *probe = new ConnectionProbe(std::move(*source), this);
    connect(probe, &ConnectionProbe::finished, this, [this, probe, connection, secret] {
        probe->deleteLater();
        if (probe->isOk()) {
            const QString version = serverName(connection.kind, probe->version());
            // A role that could write, plain text to a remote host: said with the good news.
            const QStringList said
                = QStringList{tr("Connected: %1 · round trip %2 ms").arg(version).arg(probe->roundTripMs())}
                + probe->cautions();
            report(connection.name, true, said.join(QLatin1Char('\n')));
            return;
        }
        report(connection.name, false, probe->error()->message);
        // A certificate no CA vouches for may be pinned, once the user has seen it.
        if (probe->error()->kind == Error::Kind::Tls && connection.address.startsWith(QLatin1String("https:")))
            offerPin(connection, secret);
    });
    probe->start();
}

void ConnectionsController::offerPin(const Connection &connection, const QString &secret)
{
    auto *certificate = new CertificateProbe(QUrl(connection.address), connection.tls, 10000, this);
    connect(certificate, &CertificateProbe::finished, this, [this, certificate, connection, secret] {
        certificate->deleteLater();
        const auto &seen = certificate->result();
        if (!seen || seen->verified || seen->matchesPin || seen->certificate.isNull() || !m_dialog)
            return;
        auto *trust = new CertificateTrustDialog(connection.name, seen->certificate, seen->problem, m_dialog);
        trust->setAttribute(Qt::WA_DeleteOnClose);
        connect(trust, &QDialog::accepted, this, [this, trust, connection, secret] {
            Connection pinned = connection;
            pinned.tls.pinnedSha256 = trust->fingerprint();
            if (m_dialog)
                m_dialog->setPinnedCertificate(connection.name, pinned.tls.pinnedSha256);
            probe(pinned, secret);
        });
        trust->open();
    });
    certificate->start();
}

void ConnectionsController::report(const QString &name, bool ok, const QString &text)
{
    if (m_dialog)
        m_dialog->showTestResult(name, ok, text);
    Q_EMIT tested(name, ok, text);
}

void ConnectionsController::importFrom(const QString &path)
{
    const auto read = ConnectionsFile::read(path);
    if (!read) {
        warn(m_dialog, tr("%1 cannot be imported.").arg(path), diagnosticsText(read.error()));
        return;
    }
    // Imported connections join the list; one with a name already there replaces it.
    QList<Connection> merged = m_dialog->connections();
    for (const Connection &imported : *read) {
        const auto same = std::find_if(merged.begin(), merged.end(),
                                       [&imported](const Connection &known) { return known.name == imported.name; });
        if (same != merged.end())
            *same = imported;
        else
            merged.append(imported);
    }
    m_dialog->setConnections(merged);
}

void ConnectionsController::exportTo(const QString &path, const QList<Connection> &connections)
{
    if (const auto written = ConnectionsFile::write(path, connections); !written)
        warn(m_dialog, tr("The connections could not be exported to %1.").arg(path), written.error().message);
}

void ConnectionsController::save()
{
    const QList<Connection> connections = m_dialog->connections();
    if (const auto written = ConnectionsFile::write(m_path, connections); !written) {
        warn(m_window, tr("The connections could not be saved to %1.").arg(m_path), written.error().message);
        return;
    }
    for (const QString &name : m_dialog->removedNames())
        m_secrets->forget(name);
    const QHash<QString, QString> typed = m_dialog->typedSecrets();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        m_secrets->store(it.key(), it.value());
    Q_EMIT connectionsChanged(connections);
}

} // namespace lotse
