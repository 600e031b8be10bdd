#include "TimedApplication.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace

TimedApplication::TimedApplication(int& argc, char** argv)
    : QApplication(argc, argv), m_traceMs(qEnvironmentVariableIntValue("STALL_TRACE"))
{}

void TimedApplication::reset(const char* phase)
{
    m_longestWall = 0;
    m_longestCpu = 0;
    if (m_traceMs > 0)
        std::fprintf(stderr, "-- %s\n", phase);
}

bool TimedApplication::notify(QObject* receiver, QEvent* event)
{
    // Only the GUI thread's events (notify() is called in every thread that has an event
    // loop: the checkpointer's among them).
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    const bool timed = m_depth == 0 || m_traceMs > 0;
    if (!timed)
        return QApplication::notify(receiver, event);
    // What is printed is taken now: the receiver may be gone afterwards (a deferred delete).
    const int type = event->type();
    const char* className = m_traceMs > 0 ? receiver->metaObject()->className() : "";
    const QString name = m_traceMs > 0 ? receiver->objectName() : QString();
    QElapsedTimer wall;
    wall.start();
    const double cpuBefore = threadCpuMs();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const double wallMs = double(wall.nsecsElapsed()) / 1e6;
    const double cpuMs = threadCpuMs() - cpuBefore;
    if (m_depth == 0) {
        m_longestWall = std::max(m_longestWall, wallMs);
        m_longestCpu = std::max(m_longestCpu, cpuMs);
    }
    if (m_traceMs > 0 && wallMs > m_traceMs)
        std::fprintf(stderr, "%*s%.1f ms (CPU %.1f): event %d to %s %s\n", m_depth * 2, "", wallMs,
                     cpuMs, type, className, qPrintable(name));
    return result;
}
