#pragma once

#include <QTextStream>
#include <functional>

namespace st {

class AppController;

/// `storyteller-cli chat`: the app's flow on stdin/stdout. The first line is the story
/// request; when the evaluator wants more detail or does not know the story, the next line
/// answers (a new request, or "exit"); once the story starts the narration streams to
/// stdout and each further line is the listener's reply. "exit" (any language) or the end
/// of input saves the session and ends. With --listen the story is told to its end first,
/// with no replies read (stdin is read again once it has ended).
class CliChat
{
public:
    using LineReader = std::function<bool(QString& line)>; // false at the end of input

    CliChat(AppController& controller, QTextStream& out, QTextStream& err, LineReader read,
            bool interactive);

    int run(const QString& sessionName, const QString& language);
    /// `--listen`: once the story starts it is told through to the end with no answers (the
    /// audiobook mode), \a pauseMs between chapters; then lines are read as usual.
    void setListen(bool on, int pauseMs)
    {
        m_listen = on;
        m_pauseMs = pauseMs;
    }

private:
    enum class Outcome
    {
        Started,
        AskAgain,
        Failed
    };
    Outcome check(const QString& request);
    int tell();
    void prompt(const QString& text);
    void waitUntilIdle();
    /// Tells the rest of the story with no answers; false when it could not start.
    bool listenToTheEnd();

    AppController& m_controller;
    QTextStream& m_out;
    QTextStream& m_err;
    LineReader m_read;
    bool m_interactive;
    bool m_listen = false;
    int m_pauseMs = 0;
};

} // namespace st
