#include "snapshot/snapshot.h"

#include "definitions/dashboardloader.h"
#include "variables/variablebinder.h"
#include "dashboard/dashboardsession.h"
#include "snapshot/snapshotfile.h"
#include "snapshot/snapshotsource.h"
#include "sources/sourceregistry.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace lotse {

namespace {

QDateTime fromSeconds(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
}

/// Every source the snapshot names, and any an answer names that the list lacks.
QList<SourceInfo> sourcesOf(const SnapshotData &data)
{
    QList<SourceInfo> sources = data.sources;
    QSet<QString> listed; // a set: many answers times many sources would take long
    for (const SourceInfo &source : sources)
        listed.insert(source.name);
    for (const RecordedAnswer &answer : data.answers) {
        if (!listed.contains(answer.source)) {
            listed.insert(answer.source);
            sources.append({answer.source, QStringLiteral("prometheus"), {}, {}});
        }
    }
    return sources;
}

std::unique_ptr<SourceRegistry> registryOf(const SnapshotData &data)
{
    QHash<QString, QList<RecordedAnswer>> answersOf;
    for (const RecordedAnswer &answer : data.answers)
        answersOf[answer.source].append(answer);
    auto registry = std::make_unique<SourceRegistry>();
    for (const SourceInfo &source : sourcesOf(data))
        registry->add(new SnapshotSource(source, answersOf.value(source.name), data.savedAt));
    return registry;
}

} // namespace

Snapshot::Snapshot(Snapshot &&) noexcept = default;
Snapshot &Snapshot::operator=(Snapshot &&) noexcept = default;
Snapshot::~Snapshot() = default;

std::expected<Snapshot, Error> Snapshot::open(const QString &path)
{
    auto data = SnapshotFile::read(path);
    if (!data)
        return std::unexpected(data.error());
    return fromData(std::move(*data), path);
}

std::expected<Snapshot, Error> Snapshot::fromData(SnapshotData data, const QString &path)
{
    auto dashboard = DashboardLoader::parse(data.dashboardYaml, path);
    if (dashboard && !data.variables.isEmpty()) {
        // Bound as it was saved, so that its queries are the ones the answers were recorded for.
        const auto values = VariableValues::fromJson(QJsonDocument::fromJson(data.variables.toUtf8()).object());
        auto bound = VariableBinder::bind(*dashboard, values);
        if (!bound)
            return std::unexpected(Error{Error::Kind::Invalid, bound.error()});
        dashboard = std::move(*bound);
    }
    if (!dashboard) {
        const QString problem = dashboard.error().isEmpty() ? QString() : dashboard.error().first().toString();
        return std::unexpected(
            Error{Error::Kind::Invalid, tr("The dashboard in the snapshot %1 cannot be read: %2").arg(path, problem)});
    }
    Snapshot snapshot;
    snapshot.m_path = path;
    snapshot.m_dashboard = std::move(*dashboard);
    snapshot.m_dashboard.origin = path;
    snapshot.m_dashboard.range = TimeRange::absolute(fromSeconds(data.window.from), fromSeconds(data.window.to));
    snapshot.m_dashboard.refreshSeconds = 0;
    snapshot.m_sources = registryOf(data);
    snapshot.m_data = std::move(data);
    return snapshot;
}

DashboardSession *Snapshot::createSession(QObject *parent, SourceRegistry *readThrough) const
{
    auto *session = new DashboardSession(m_dashboard, readThrough ? readThrough : m_sources.get(), parent);
    session->pinTime(m_data.at);
    return session;
}

} // namespace lotse
