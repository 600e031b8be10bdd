#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// The longest gap between ticks of a 1 ms precise timer on the GUI thread — what a user
/// would see as the window not answering — and how many gaps passed 16 ms (a frame at 60 Hz).
/// It includes whatever the machine adds (the scheduler, other processes, a virtual CPU
/// waking up), so benches also measure it with nothing happening: the floor.
class StallProbe : public QObject
{
public:
    StallProbe();
    void start();
    void stop() { m_timer.stop(); }

    double longest = 0;
    int over16 = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
};
