#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>

namespace lotse::test {

/// How late a 5 ms timer on the calling (GUI) thread fires, at worst: how long
/// that thread was busy or blocked. Time the thread spent runnable but waiting
/// for a CPU (the kernel's schedstat run delay) is not counted: on a machine
/// where other builds and tests take the cores, starvation is not a stall, and
/// a thread that waits on a socket or a statement is not runnable, so it still
/// counts in full.
class StallProbe final
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastWait = runQueueWaitNs();
        m_worst = 0;
        m_worstWall = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    /// The worst lateness, run-queue waits left out.
    double worstMs() const { return double(m_worst) / 1e6; }
    /// The worst lateness on the wall clock, run-queue waits included.
    double worstWallMs() const { return double(m_worstWall) / 1e6; }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 wait = runQueueWaitNs();
        const qint64 late = now - m_last - 5'000'000;
        m_worstWall = std::max(m_worstWall, late);
        if (late - (wait - m_lastWait) > m_worst) {
            m_worst = late - (wait - m_lastWait);
            m_worstAt = now;
        }
        m_last = now;
        m_lastWait = wait;
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
    qint64 m_lastWait = 0;
    qint64 m_worst = 0;
    qint64 m_worstWall = 0;
    qint64 m_worstAt = 0;

public:
    /// When the worst stall ended, in milliseconds since start().
    double worstAtMs() const { return double(m_worstAt) / 1e6; }
};

} // namespace lotse::test
