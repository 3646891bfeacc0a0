#include "connections/connectionprobe.h"

#include "core/queryreply.h"
#include "sources/source.h"

namespace lotse {

ConnectionProbe::ConnectionProbe(Source *source, QObject *parent)
    : QObject(parent)
    , m_source(source)
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
    QueryReply *reply = m_source->serverVersion();
    reply->setParent(this);
    const auto take = [this, reply] {
        m_roundTripMs = m_clock.elapsed();
        if (reply->result())
            m_version = reply->result()->text.trimmed();
        else
            m_error = reply->result().error();
        m_finished = true;
        reply->deleteLater();
        Q_EMIT finished();
    };
    if (reply->isFinished())
        QMetaObject::invokeMethod(this, take, Qt::QueuedConnection); // callers connect after start()
    else
        connect(reply, &QueryReply::finished, this, take);
}

} // namespace lotse
