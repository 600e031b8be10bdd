#pragma once

#include <QApplication>

/// A QApplication that times every event the GUI thread delivers from its event loop (not
/// the ones sent from inside another, nor other threads' events): the longest by the wall
/// clock, and the longest by the thread's own CPU time, which leaves out time the thread was
/// not running (preempted, waiting for another thread or the disk) and so shows the work the
/// code itself did in one go, whatever the machine adds. With STALL_TRACE=MS set it also
/// prints every such event that took longer than MS, nested ones indented, to stderr.
class TimedApplication : public QApplication
{
public:
    TimedApplication(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

    /// Starts a new measurement (and marks \a phase in the trace).
    void reset(const char* phase);
    double longestWallMs() const { return m_longestWall; }
    double longestCpuMs() const { return m_longestCpu; }

private:
    int m_depth = 0;
    int m_traceMs = 0;
    double m_longestWall = 0;
    double m_longestCpu = 0;
};
