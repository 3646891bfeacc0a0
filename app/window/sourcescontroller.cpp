#include "window/sourcescontroller.h"

#include "connections/connectionscontroller.h"
#include "connections/connectionsecrets.h"
#include "connections/connectionsfile.h"
#include "connections/sourcefactory.h"
#include "sources/sourceregistry.h"
#include "sources/sourceversions.h"
#include "window/notifier.h"
#include "window/startupoptions.h"

#include <QWidget>

#include <memory>

namespace lotse {

SourcesController::SourcesController(Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_notifier(notifier)
    , m_sources(new SourceRegistry(this))
    , m_versions(new SourceVersions(this))
    , m_secrets(new ConnectionSecrets(window))
    , m_connections(new ConnectionsController(m_secrets, window))
{
    connect(m_connections, &ConnectionsController::connectionsChanged, this, &SourcesController::useConnections);
    connect(m_secrets, &ConnectionSecrets::keychainUnavailable, this,
            [this](const QString &message) { m_notifier->showMessage(message, 15000); });
}

void SourcesController::start(const StartupOptions &options)
{
    if (!options.connectionsFile.isEmpty()) {
        const auto connections = ConnectionsFile::read(options.connectionsFile);
        if (connections) {
            useConnections(*connections);
            return;
        }
        m_notifier->showProblem(tr("The connections file %1 cannot be used.").arg(options.connectionsFile),
                                diagnosticsText(connections.error()));
    }
    if (const auto built = options.buildSources(*m_sources); !built)
        m_notifier->showProblem(tr("The data source cannot be used."), built.error());
    QStringList named;
    for (const Source *source : m_sources->sources())
        named.append(tr("%1 — %2").arg(source->name(), source->location()));
    m_connections->setCommandLineSources(options.namesSources() ? named : QStringList());
    install(m_sources->sources(), {});
}

void SourcesController::useConnections(const QList<Connection> &connections)
{
    struct Gathering
    {
        QList<Source *> sources;
        QStringList problems;
        qsizetype pending = 0;
    };
    auto gathering = std::make_shared<Gathering>();
    gathering->sources.resize(connections.size());
    gathering->pending = connections.size();
    if (connections.isEmpty()) {
        install({}, {});
        return;
    }
    for (qsizetype index = 0; index < connections.size(); ++index) {
        const Connection &connection = connections.at(index);
        m_secrets->find(connection, [this, gathering, connection, index](const QString &secret) {
            auto source = SourceFactory::create(connection, secret);
            if (source)
                gathering->sources[index] = source->release();
            else
                gathering->problems.append(source.error().message);
            if (--gathering->pending > 0)
                return;
            gathering->sources.removeAll(nullptr);
            install(gathering->sources, gathering->problems);
        });
    }
}

void SourcesController::install(const QList<Source *> &sources, const QStringList &problems)
{
    if (!problems.isEmpty())
        m_notifier->showProblem(tr("Some connections cannot be used."), problems.join(QLatin1Char('\n')));
    if (sources != m_sources->sources()) {
        Q_EMIT aboutToReplace();
        m_sources->replaceAll(sources);
    }
    m_versions->probe(*m_sources); // once: reports and snapshots name every server's version
    Q_EMIT ready();
}

QString SourcesController::description() const
{
    QStringList parts;
    for (const Source *source : m_sources->sources())
        parts.append(tr("%1: %2").arg(source->name(), source->location()));
    return parts.isEmpty() ? tr("No data source") : parts.join(QStringLiteral(" · "));
}

} // namespace lotse
