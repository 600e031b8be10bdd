#include "StallProbe.h"

#include <algorithm>

StallProbe::StallProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double now = m_clock.nsecsElapsed() / 1e6;
        const double gap = now - m_last;
        m_last = now;
        longest = std::max(longest, gap);
        if (gap > 16)
            ++over16;
    });
}

void StallProbe::start()
{
    longest = 0;
    over16 = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}
