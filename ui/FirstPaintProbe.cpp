#include "ui/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <chrono>
#include <cstdio>

namespace st {

FirstPaintProbe::FirstPaintProbe(QWidget* window, std::function<void()> after, bool report)
    : QObject(window), m_window(window), m_after(std::move(after)), m_report(report)
{
    // On the application: the first paint may go to any widget of the window.
    QCoreApplication::instance()->installEventFilter(this);
    // A window that is never painted (shown minimised, on a hidden workspace) must not keep
    // what waits for it waiting for ever.
    QTimer::singleShot(kLatestMs, this, &FirstPaintProbe::fire);
}

void FirstPaintProbe::fire()
{
    if (m_done)
        return;
    m_done = true;
    QCoreApplication::instance()->removeEventFilter(this);
    if (m_report) {
        std::printf("first-paint %lld\n", static_cast<long long>(steadyNowNs()));
        std::fflush(stdout);
    }
    if (m_after)
        m_after();
}

qint64 FirstPaintProbe::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_seen && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_seen = true;
        // The paint event is delivered before the widget paints and the backing store is
        // flushed: the frame is on screen once control is back in the event loop.
        QTimer::singleShot(0, this, &FirstPaintProbe::fire);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace st
