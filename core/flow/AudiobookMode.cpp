#include "core/flow/AudiobookMode.h"

#include "core/flow/FlowLog.h"
#include "core/flow/NarrationController.h"
#include "core/narration/ChatSession.h"
#include "core/store/SessionStore.h"

#include <QTimer>

namespace st {

AudiobookMode::AudiobookMode(Deps deps, QObject* parent) : QObject(parent), m_deps(std::move(deps))
{
    setSchedule(std::move(m_deps.schedule));
}

void AudiobookMode::setSchedule(Schedule schedule)
{
    m_deps.schedule = std::move(schedule);
    if (!m_deps.schedule) {
        m_deps.schedule = [this](int ms, std::function<void()> action) {
            QTimer::singleShot(ms, this, std::move(action));
        };
    }
}

AudiobookMode::~AudiobookMode() = default;

void AudiobookMode::attach(ChatSession* chat)
{
    detach();
    if (!chat)
        return;
    m_chat = chat;
    m_chatConnections[0] =
        connect(chat, &ChatSession::replyFinished, this, &AudiobookMode::onReplyFinished);
    m_chatConnections[1] =
        connect(chat->model(), &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
    m_chatConnections[2] = connect(chat, &QObject::destroyed, this, [this] { detach(); });
    // A session left listening comes back listening (the story goes on by itself).
    if (chat->session().listening && !chat->isFinished())
        setOnState(true, false);
    if (m_on)
        onReplyFinished(); // once the chat has begun
}

void AudiobookMode::detach()
{
    for (QMetaObject::Connection& c : m_chatConnections)
        disconnect(c);
    ++m_generation;
    m_waiting = false;
    m_waitingFor = 0;
    m_chat = nullptr;
    if (m_on) {
        m_on = false; // not remembered: the session keeps the switch as it was
        Q_EMIT onChanged(false);
    }
    setPausedState(false);
}

void AudiobookMode::setNarration(NarrationController* narration)
{
    if (m_narration) {
        disconnect(&m_narration->queue(), nullptr, this, nullptr);
        disconnect(m_narration, nullptr, this, nullptr);
    }
    m_narration = narration;
    if (!narration)
        return;
    connect(&narration->queue(), &NarrationQueue::messageFinished, this, &AudiobookMode::onSpoken);
    connect(narration, &NarrationController::stateChanged, this, [this](NarrationQueue::State s) {
        if (s != NarrationQueue::State::Idle || !m_on || m_waitingFor == 0 || m_paused)
            return;
        // Idle comes before the end of the message is told: look once both have arrived.
        const qint64 reply = m_waitingFor;
        const quint64 generation = m_generation;
        m_deps.schedule(0, [this, reply, generation] {
            if (generation != m_generation || m_waitingFor != reply || !m_on || m_paused)
                return;
            // Stopped or failed before the end of the chapter: the pause in text instead.
            m_waitingFor = 0;
            later(m_deps.textPauseMs);
        });
    });
}

bool AudiobookMode::setOn(bool on)
{
    if (on == m_on)
        return true;
    if (on && (!m_chat || m_chat->isFinished()))
        return false;
    setOnState(on, true);
    if (on && m_chat && !m_chat->isBusy())
        decide();
    return true;
}

void AudiobookMode::setOnState(bool on, bool remember)
{
    m_on = on;
    ++m_generation;
    m_waiting = false;
    m_waitingFor = 0;
    if (m_chat) {
        m_chat->setAudiobook(on);
        if (remember && !m_deps.sessions.setListening(m_chat->sessionId(), on))
            qCWarning(lcFlow) << "audiobook switch not saved:" << m_deps.sessions.lastError();
    }
    if (!on)
        setPausedState(false);
    Q_EMIT onChanged(on);
}

void AudiobookMode::setPausedState(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void AudiobookMode::pause()
{
    if (m_paused)
        return;
    if (m_narration && m_narration->state() != NarrationQueue::State::Idle)
        m_narration->pause();
    ++m_generation; // the pending next chapter waits for resume()
    setPausedState(true);
}

void AudiobookMode::resume()
{
    if (!m_paused)
        return;
    setPausedState(false);
    if (m_narration && m_narration->state() == NarrationQueue::State::Paused) {
        m_narration->resume(); // its end of the chapter will start the next one
        return;
    }
    if (m_on && m_chat && !m_chat->isBusy())
        decide();
}

void AudiobookMode::togglePause()
{
    if (m_paused)
        resume();
    else
        pause();
}

bool AudiobookMode::skip()
{
    if (!m_chat || m_chat->isFinished())
        return false;
    ++m_generation;
    m_waiting = false;
    m_waitingFor = 0;
    if (m_narration)
        m_narration->stop();
    if (m_chat->isBusy())
        m_chat->stop(); // what was told of it stays, marked cut off
    setPausedState(false);
    return m_chat->tellChapter(m_chat->chapter() + 1);
}

void AudiobookMode::stop()
{
    if (m_narration)
        m_narration->stop();
    if (m_chat && m_chat->isBusy())
        m_chat->stop();
    if (m_on)
        setOnState(false, true);
    setPausedState(false);
}

void AudiobookMode::listenerSpoke()
{
    if (!m_on)
        return;
    setOnState(false, true);
    Q_EMIT switchedToConversation();
}

void AudiobookMode::onReplyFinished()
{
    if (!m_on)
        return;
    // After the other listeners of the reply (the voice gets its last sentence first).
    const quint64 generation = ++m_generation;
    m_deps.schedule(0, [this, generation] {
        if (generation == m_generation)
            decide();
    });
}

void AudiobookMode::onRowsInserted(int first, int last)
{
    // Only messages added at the end: an older page of the history comes in at the top.
    if (!m_on || !m_chat || first == 0 || last != m_chat->model()->rowCount() - 1)
        return;
    for (int row = first; row <= last && row < m_chat->model()->rowCount(); ++row) {
        if (m_chat->model()->at(row).role == MessageRecord::Role::User) {
            listenerSpoke(); // before the narrator answers
            return;
        }
    }
}

void AudiobookMode::onSpoken(qint64 messageId)
{
    m_spoken = messageId;
    if (!m_on || !m_waiting || messageId != m_waitingFor || m_paused)
        return;
    m_waitingFor = 0;
    later(m_deps.voicePauseMs);
}

void AudiobookMode::decide()
{
    if (!m_on || !m_chat || m_chat->isBusy() || m_paused)
        return;
    if (m_chat->isFinished()) {
        setOnState(false, true);
        Q_EMIT finished();
        return;
    }
    const MessageRecord* last = lastReply();
    if (last && (last->status == MessageRecord::Status::Interrupted ||
                 last->status == MessageRecord::Status::Error)) {
        // Stopped by the listener (Esc, Stop) or failed: not carried on by itself.
        setOnState(false, true);
        return;
    }
    m_waiting = true;
    const qint64 reply = last ? last->id : 0;
    if (reply != 0 && reply == m_spoken) {
        later(m_deps.voicePauseMs);
        return;
    }
    if (reply != 0 && m_narration && m_narration->messageId() == reply &&
        m_narration->state() != NarrationQueue::State::Idle) {
        m_waitingFor = reply; // onSpoken() goes on
        return;
    }
    later(m_deps.textPauseMs);
}

void AudiobookMode::later(int ms)
{
    m_waiting = true;
    const quint64 generation = ++m_generation;
    m_deps.schedule(std::max(0, ms), [this, generation] {
        if (generation == m_generation)
            advance();
    });
}

void AudiobookMode::advance()
{
    m_waiting = false;
    if (!m_on || !m_chat || m_paused || m_chat->isBusy())
        return;
    if (m_chat->isFinished()) {
        decide();
        return;
    }
    if (!m_chat->tellChapter(m_chat->chapter() + 1)) {
        qCWarning(lcFlow) << "audiobook: chapter" << m_chat->chapter() + 1 << "did not start";
        setOnState(false, true);
    }
}

const MessageRecord* AudiobookMode::lastReply() const
{
    const MessageListModel* model = m_chat->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->at(row).role == MessageRecord::Role::Assistant)
            return &model->at(row);
    }
    return nullptr;
}

} // namespace st
