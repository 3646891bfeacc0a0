#include "connections/connectionprobe.h"

#include "core/queryreply.h"
#include "sources/source.h"

namespace lotse {

ConnectionProbe::ConnectionProbe(std::unique_ptr<Source> source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
{
}

ConnectionProbe::~ConnectionProbe() = default;

QStringList ConnectionProbe::cautions() const
{
    return m_source->cautions();
}

void ConnectionProbe::start()
{
    m_clock.start();
    // Callers connect after start(): the answer always comes on a later turn.
    m_source->serverVersion()->onFinished(this, [this](QueryReply::Result result) {
        m_roundTripMs = m_clock.elapsed();
        if (result)
            m_version = result->text.trimmed();
        else
            m_error = result.error();
        m_finished = true;
        Q_EMIT finished();
    });
}

} // namespace lotse
