#include "app/cli/CliChat.h"

#include "app/cli/CliExit.h"
#include "core/flow/AppController.h"
#include "core/flow/AudiobookMode.h"
#include "core/narration/ChatSession.h"
#include "core/text/RequestWords.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace st {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

CliChat::CliChat(AppController& controller, QTextStream& out, QTextStream& err, LineReader read,
                 bool interactive)
    : m_controller(controller), m_out(out), m_err(err), m_read(std::move(read)),
      m_interactive(interactive)
{}

void CliChat::prompt(const QString& text)
{
    if (m_interactive) {
        m_out << text;
        m_out.flush();
    }
}

int CliChat::run(const QString& sessionName, const QString& language)
{
    if (!m_controller.startSession(sessionName, language)) {
        m_err << tr("storyteller-cli: the session could not be started.") << '\n';
        return cli::DataError;
    }
    QString line;
    prompt(tr("What story would you like to hear? "));
    while (m_read(line)) {
        if (RequestWords::isExit(line))
            return cli::Ok;
        switch (check(line)) {
        case Outcome::Started:
            return tell();
        case Outcome::AskAgain:
        case Outcome::Failed:
            prompt(QStringLiteral("> "));
            break;
        }
    }
    return cli::Ok;
}

CliChat::Outcome CliChat::check(const QString& request)
{
    QEventLoop loop;
    Outcome outcome = Outcome::Failed;
    auto onFinished = QObject::connect(
        &m_controller, &AppController::checkFinished, &loop,
        [&](const Evaluation& evaluation, Evaluation::Decision decision) {
            switch (decision) {
            case Evaluation::Decision::Match:
                outcome = Outcome::Started;
                break;
            case Evaluation::Decision::MoreDetail:
                m_out << tr("Did you mean “%1”? Tell me a little more — a name, a place or the "
                            "event.")
                             .arg(evaluation.title)
                      << '\n';
                outcome = Outcome::AskAgain;
                break;
            case Evaluation::Decision::Unknown:
                m_out << tr("I don't know that story yet. Type another request with more "
                            "detail (name and event), or \"exit\". Writing a new script needs "
                            "the app's Create page.")
                      << '\n';
                outcome = Outcome::AskAgain;
                break;
            }
            m_out.flush();
            loop.quit();
        });
    auto onError = QObject::connect(&m_controller, &AppController::errorOccurred, &loop,
                                    [&](const QString& message) {
                                        m_err << "storyteller-cli: " << message << '\n';
                                        m_err.flush();
                                        outcome = Outcome::Failed;
                                        loop.quit();
                                    });
    bool done = false; // the answer may come at once, before the loop runs
    QObject::connect(&m_controller, &AppController::checkFinished, &loop, [&done] { done = true; });
    QObject::connect(&m_controller, &AppController::errorOccurred, &loop, [&done] { done = true; });
    m_controller.ask(request);
    if (!done)
        loop.exec();
    QObject::disconnect(onFinished);
    QObject::disconnect(onError);
    return outcome;
}

void CliChat::waitUntilIdle()
{
    ChatSession* chat = m_controller.chat();
    if (!chat || !chat->isBusy())
        return;
    QEventLoop loop;
    QObject::connect(chat, &ChatSession::replyFinished, &loop, &QEventLoop::quit);
    loop.exec();
}

bool CliChat::listenToTheEnd()
{
    AudiobookMode& mode = m_controller.audiobook();
    mode.setTextPauseMs(m_pauseMs);
    QEventLoop loop;
    QObject::connect(&mode, &AudiobookMode::onChanged, &loop, [&loop](bool on) {
        if (!on)
            loop.quit();
    });
    if (!mode.setOn(true))
        return false;
    loop.exec();
    waitUntilIdle();
    return true;
}

int CliChat::tell()
{
    ChatSession* chat = m_controller.chat();
    if (!chat)
        return cli::DataError;
    m_out << "# " << chat->script().title << "\n\n";
    QObject::connect(chat, &ChatSession::replyDelta, chat, [this](const QString& piece) {
        m_out << piece;
        m_out.flush();
    });
    QObject::connect(chat, &ChatSession::replyFinished, chat, [this] {
        m_out << "\n\n";
        m_out.flush();
    });
    QObject::connect(chat, &ChatSession::errorOccurred, chat, [this](const QString& message) {
        m_err << "storyteller-cli: " << message << '\n';
        m_err.flush();
    });
    waitUntilIdle();
    if (m_listen && !listenToTheEnd())
        m_err << tr("storyteller-cli: the story cannot be told without answers from here.") << '\n';
    QString line;
    while (true) {
        prompt(QStringLiteral("> "));
        if (!m_read(line) || RequestWords::isExit(line))
            break;
        if (line.trimmed().isEmpty())
            continue;
        if (!chat->send(line))
            continue;
        waitUntilIdle();
    }
    m_controller.endChat(); // saves the session
    return cli::Ok;
}

} // namespace st
