#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <functional>

namespace st {

/// Starts something asynchronous and waits, in a local event loop, until \a sender emits
/// \a finished or \a timeoutMs pass. True only when it finished: a job still running at the
/// deadline has not succeeded (a keychain that is still prompting has stored nothing).
class FinishedWithin
{
public:
    template <typename Sender, typename Signal>
    static bool run(Sender* sender, Signal finished, const std::function<void()>& start,
                    int timeoutMs)
    {
        bool done = false;
        QEventLoop loop;
        QObject::connect(sender, finished, &loop, [&done, &loop] {
            done = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        start();
        if (!done) // it may finish inside start()
            loop.exec();
        return done;
    }
};

} // namespace st
