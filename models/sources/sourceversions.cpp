#include "sources/sourceversions.h"

#include "sources/sourceregistry.h"

#include <QPointer>
#include <QTimer>

namespace lotse {

SourceVersions::SourceVersions(QObject *parent)
    : QObject(parent)
{
}

void SourceVersions::probe(const SourceRegistry &registry)
{
    const QList<Source *> sources = registry.sources();
    m_sources.clear();
    m_pending = int(sources.size());
    if (m_pending == 0) {
        // Asynchronous like every other answer, so callers connect first.
        QTimer::singleShot(0, this, &SourceVersions::finished);
        return;
    }
    for (int index = 0; index < sources.size(); ++index) {
        Source *source = sources.at(index);
        m_sources.append({source->name(), source->kind(), source->location(), {}});
        source->serverVersion()->onFinished(
            this, [this, index, source = QPointer<Source>(source)](QueryReply::Result result) {
                // Known once the server answered: what the role could change.
                if (source)
                    m_sources[index].cautions = source->cautions();
                answered(index, result ? result->text.trimmed() : QString());
            });
    }
}

void SourceVersions::answered(int index, const QString &version)
{
    m_sources[index].version = version;
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace lotse
