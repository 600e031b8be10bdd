#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace st {

/// For start-up measurements (bench/startup_bench): once \a window has been painted for the
/// first time and the frame handed to the screen, prints `first-paint NS` on stdout, NS
/// being the steady clock (CLOCK_MONOTONIC on Linux, shared by every process) in
/// nanoseconds, then calls \a after (the app quits there).
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget* window, std::function<void()> after);

    bool eventFilter(QObject* watched, QEvent* event) override;

    /// The steady clock's reading now, in nanoseconds.
    static qint64 steadyNowNs();

private:
    QWidget* m_window;
    std::function<void()> m_after;
    bool m_seen = false;
};

} // namespace st
