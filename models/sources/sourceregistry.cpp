#include "sources/sourceregistry.h"

namespace lotse {

SourceRegistry::SourceRegistry(QObject *parent)
    : QObject(parent)
{
}

void SourceRegistry::add(Source *source)
{
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i)->name() == source->name()) {
            delete m_sources.takeAt(i);
            break;
        }
    }
    source->setParent(this);
    m_sources.append(source);
}

void SourceRegistry::replaceAll(const QList<Source *> &sources)
{
    for (Source *old : std::exchange(m_sources, {})) {
        old->setParent(nullptr);
        old->deleteLater();
    }
    for (Source *source : sources)
        add(source);
}

Source *SourceRegistry::find(const QString &name) const
{
    if (name.isEmpty())
        return m_sources.isEmpty() ? nullptr : m_sources.first();
    for (Source *source : m_sources) {
        if (source->name() == name)
            return source;
    }
    // A dashboard written for one Prometheus calls it "prometheus"; with a single
    // Prometheus configured under another name that is the one meant.
    if (name == QLatin1String("prometheus")) {
        Source *only = nullptr;
        for (Source *source : m_sources) {
            if (source->kind() == QLatin1String("prometheus")) {
                if (only)
                    return nullptr;
                only = source;
            }
        }
        return only;
    }
    return nullptr;
}

QList<Source *> SourceRegistry::sources() const
{
    return m_sources;
}

QString SourceRegistry::missingMessage(const QString &name)
{
    if (name.isEmpty())
        return tr("No data source is configured. Add one in Settings ▸ Connections or pass --prometheus URL.");
    return tr("No data source named \"%1\" is configured. Add it in Settings ▸ Connections or pass it on the command line.")
        .arg(name);
}

} // namespace lotse
