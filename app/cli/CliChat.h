#pragma once

#include <QTextStream>
#include <functional>

namespace st {

class AppController;

/// `storyteller-cli chat`: the app's flow on stdin/stdout. The first line is the story
/// request; when the evaluator wants more detail or does not know the story, the next line
/// answers (a new request, or "exit"); once the story starts the narration streams to
/// stdout and each further line is the listener's reply. "exit" (any language) or the end
/// of input saves the session and ends.
class CliChat
{
public:
    using LineReader = std::function<bool(QString& line)>; // false at the end of input

    CliChat(AppController& controller, QTextStream& out, QTextStream& err, LineReader read,
            bool interactive);

    int run(const QString& sessionName, const QString& language);

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

    AppController& m_controller;
    QTextStream& m_out;
    QTextStream& m_err;
    LineReader m_read;
    bool m_interactive;
};

} // namespace st
