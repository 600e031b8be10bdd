#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace st {

/// Once \a window has been painted for the first time and the frame handed to the screen,
/// calls \a after: the app defers there what need not delay its first paint. With
/// \a report, first prints `first-paint NS` on stdout, NS being the steady clock
/// (CLOCK_MONOTONIC on Linux, shared by every process) in nanoseconds, for start-up
/// measurements (bench/startup_bench). A window not painted within 2 s gets \a after then.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget* window, std::function<void()> after, bool report = false);

    bool eventFilter(QObject* watched, QEvent* event) override;

    /// The steady clock's reading now, in nanoseconds.
    static qint64 steadyNowNs();

private:
    static constexpr int kLatestMs = 2000;
    void fire();

    QWidget* m_window;
    std::function<void()> m_after;
    bool m_report;
    bool m_seen = false;
    bool m_done = false;
};

} // namespace st
