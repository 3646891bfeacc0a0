#pragma once

#include "sources/sourceinfo.h"

#include <QList>
#include <QObject>

namespace lotse {

class SourceRegistry;

/// Asks every source of a registry for its server's version, all at once, and
/// says when the last has answered. A source that cannot tell (VictoriaMetrics
/// 1.79 answers buildinfo without a version, a server that is down) is listed
/// with an empty version: reports write "version unknown" rather than wait.
class SourceVersions final : public QObject
{
    Q_OBJECT

public:
    explicit SourceVersions(QObject *parent = nullptr);

    /// Starts asking; finished() follows, at once when the registry is empty.
    void probe(const SourceRegistry &registry);
    bool isFinished() const { return m_pending == 0; }
    /// Every source in registry order; versions filled in as they arrive.
    const QList<SourceInfo> &sources() const { return m_sources; }

Q_SIGNALS:
    void finished();

private:
    void answered(int index, const QString &version);

    QList<SourceInfo> m_sources;
    int m_pending = 0;
};

} // namespace lotse
