#pragma once

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace lotse::test {

/// How long the calling (GUI) thread's event loop was away from its poll at a
/// stretch, at worst: the time from the dispatcher's awake() to its next
/// aboutToBlock(), which is what a handler that computes, waits on a socket
/// or runs a statement adds to the user's wait. Two things are left out: time
/// spent runnable but waiting for a CPU (the kernel's schedstat run delay),
/// because on a machine where builds take the cores starvation is not a
/// stall; and time asleep in the poll itself, because on a loaded VM the
/// kernel sometimes wakes a 5 ms poll 100 ms late. worstWallMs() keeps the
/// plain lateness of a 5 ms timer, both included, for the record.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
        QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, &m_timer, [this] { awake(); });
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &m_timer, [this] { aboutToBlock(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_worst = 0;
        m_worstWall = 0;
        awake();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The worst stretch away from the poll, waits for a CPU left out.
    double worstMs() const { return double(m_worst) / 1e6; }
    /// The worst lateness of a 5 ms timer on the wall clock.
    double worstWallMs() const { return double(m_worstWall) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_worstWall = std::max(m_worstWall, now - m_last - 5'000'000);
        m_last = now;
    }
    void awake()
    {
        m_awakeAt = m_clock.nsecsElapsed();
        m_waitAtAwake = runQueueWaitNs();
    }
    void aboutToBlock()
    {
        if (!m_timer.isActive())
            return;
        const qint64 away = m_clock.nsecsElapsed() - m_awakeAt - (runQueueWaitNs() - m_waitAtAwake);
        m_worst = std::max(m_worst, away);
    }
    /// Nanoseconds this thread has waited on a run queue (/proc/thread-self/schedstat's second field).
    static qint64 runQueueWaitNs()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return file.readAll().split(' ').value(1).toLongLong();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_worstWall = 0;
    qint64 m_awakeAt = 0;
    qint64 m_waitAtAwake = 0;
};

} // namespace lotse::test
