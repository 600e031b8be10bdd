#include "core/tts/NarrationQueue.h"

#include "core/tts/AudioPlayer.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/TtsJob.h"
#include "core/tts/TtsLog.h"
#include "core/tts/TtsProvider.h"

#include <algorithm>

namespace st {

NarrationQueue::NarrationQueue(AudioPlayer& player, QObject* parent)
    : QObject(parent), m_player(player)
{
    connect(&m_player, &AudioPlayer::finished, this, &NarrationQueue::onPlayed);
    connect(&m_player, &AudioPlayer::failed, this, [this](const TtsError& error) {
        if (m_state != State::Idle && m_playing)
            fail(error);
    });
}

NarrationQueue::~NarrationQueue()
{
    m_player.disconnect(this);
    ++m_generation;
    cancelJobs();
}

void NarrationQueue::setProvider(TtsProvider* provider)
{
    if (m_active == m_provider)
        m_active = provider;
    m_provider = provider;
}

void NarrationQueue::setFallback(TtsProvider* fallback)
{
    if (m_active == m_fallback && m_active != m_provider)
        m_active = fallback ? fallback : m_provider;
    m_fallback = fallback;
}

void NarrationQueue::setCache(SpeechCache* cache)
{
    m_cache = cache;
}

void NarrationQueue::setLookahead(int sentences)
{
    m_lookahead = std::max(1, sentences);
}

int NarrationQueue::maxChars() const
{
    return SpokenSentences::maxCharsFor(m_provider, m_fallback);
}

void NarrationQueue::begin(qint64 messageId, const Voice& voice, const QString& alreadyTold)
{
    stop();
    m_messageId = messageId;
    m_voice = voice;
    m_active = m_provider;
    m_complete = false;
    m_next = 0;
    m_spoken = SpokenSentences(maxChars());
    if (!m_provider) {
        fail(TtsError::make(TtsError::Kind::EngineMissing, QString()));
        return;
    }
    setState(State::Preparing);
    if (!alreadyTold.isEmpty()) {
        addSentences(m_spoken.feed(alreadyTold), true);
        m_next = int(m_sentences.size());
    }
}

void NarrationQueue::feed(const QString& delta)
{
    if (m_state == State::Idle || m_complete)
        return;
    addSentences(m_spoken.feed(delta), false);
    pump();
}

void NarrationQueue::finish()
{
    if (m_state == State::Idle || m_complete)
        return;
    m_complete = true;
    addSentences(m_spoken.finish(), false);
    pump();
}

void NarrationQueue::speak(qint64 messageId, const QString& text, const Voice& voice)
{
    begin(messageId, voice);
    feed(text);
    finish();
}

void NarrationQueue::addSentences(const QVector<SpokenSentence>& sentences, bool told)
{
    for (const SpokenSentence& spoken : sentences) {
        Sentence sentence;
        sentence.text = spoken.text;
        sentence.speech = spoken.speech;
        sentence.stage = told ? Stage::Done : Stage::Pending;
        m_sentences.append(sentence);
    }
}

void NarrationQueue::pump()
{
    if (m_state == State::Idle)
        return;
    if (!m_playing && m_state != State::Paused)
        playNext();
    int ahead = 0;
    for (int i = m_next + (m_playing ? 1 : 0); i < m_sentences.size() && ahead < m_lookahead; ++i) {
        if (m_sentences[i].stage == Stage::Pending)
            startSynthesis(i);
        if (m_state == State::Idle)
            return; // startSynthesis failed the queue
        ++ahead;
    }
    if (!m_playing && m_state != State::Paused)
        playNext();
    if (m_state != State::Idle && m_complete && !m_playing && m_next >= m_sentences.size()) {
        const qint64 id = m_messageId;
        if (m_cache)
            m_cache->trim(id, int(m_sentences.size()));
        stop();
        Q_EMIT messageFinished(id);
    }
}

void NarrationQueue::startSynthesis(int index)
{
    Sentence& sentence = m_sentences[index];
    TtsRequest request;
    request.text = sentence.speech;
    request.language = m_voice.language;
    request.voice = m_active == m_provider ? m_voice.voice : QString();
    request.speed = m_voice.speed;
    sentence.key = SpeechCache::voiceKey(m_active->cacheTag(), request);
    if (m_cache) {
        if (auto audio = m_cache->find(m_messageId, index, sentence.key)) {
            sentence.audio = *audio;
            sentence.stage = Stage::Ready;
            return;
        }
    }
    ++m_synthesized;
    TtsJob* job = m_active->synthesize(request);
    sentence.job = job;
    sentence.stage = Stage::Synthesizing;
    const quint64 generation = m_generation;
    connect(job, &TtsJob::finished, this, [this, job, index, generation](const TtsAudio& audio) {
        job->deleteLater();
        if (generation == m_generation)
            onJobFinished(job, index, audio);
    });
    connect(job, &TtsJob::failed, this, [this, job, index, generation](const TtsError& error) {
        job->deleteLater();
        if (generation == m_generation && error.kind != TtsError::Kind::Cancelled)
            onJobFailed(job, index, error);
    });
}

void NarrationQueue::onJobFinished(TtsJob* job, int index, const TtsAudio& audio)
{
    if (index >= m_sentences.size() || m_sentences[index].job != job)
        return;
    Sentence& sentence = m_sentences[index];
    sentence.job = nullptr;
    sentence.audio = audio;
    sentence.stage = Stage::Ready;
    if (m_cache && !audio.isEmpty() &&
        !m_cache->store(m_messageId, index, sentence.key, sentence.speech, m_active->id(), audio))
        qCWarning(lcTts) << "a spoken sentence could not be cached:" << m_cache->lastError();
    pump();
}

void NarrationQueue::onJobFailed(TtsJob* job, int index, const TtsError& error)
{
    if (index >= m_sentences.size() || m_sentences[index].job != job)
        return;
    qCWarning(lcTts) << "voice" << error.providerId << "failed:" << TtsError::kindName(error.kind);
    if (m_fallback && m_active != m_fallback && error.suggestsLocalVoice()) {
        m_active = m_fallback;
        cancelJobs(); // the rest is read by the fallback, from this sentence on
        Q_EMIT fellBack(error);
        pump();
        return;
    }
    fail(error);
}

void NarrationQueue::playNext()
{
    if (m_next >= m_sentences.size() || m_sentences[m_next].stage != Stage::Ready) {
        if (m_state == State::Playing)
            setState(State::Preparing); // the next sentence is still being made
        return;
    }
    m_playing = true;
    setState(State::Playing);
    const Sentence& sentence = m_sentences[m_next];
    Q_EMIT sentenceStarted(m_messageId, m_next, sentence.text);
    m_player.play(sentence.audio);
}

void NarrationQueue::onPlayed()
{
    if (!m_playing || m_state == State::Idle)
        return;
    m_playing = false;
    Sentence& sentence = m_sentences[m_next];
    sentence.stage = Stage::Done;
    sentence.audio = {}; // played; the cache keeps it
    ++m_next;
    pump();
}

void NarrationQueue::stop()
{
    ++m_generation;
    cancelJobs();
    if (m_playing || m_player.state() != AudioPlayer::State::Stopped)
        m_player.stop();
    m_playing = false;
    m_sentences.clear();
    m_next = 0;
    m_spoken.reset();
    setState(State::Idle);
}

void NarrationQueue::pause()
{
    if (m_state == State::Playing)
        m_player.pause();
    if (m_state == State::Playing || m_state == State::Preparing)
        setState(State::Paused);
}

void NarrationQueue::resume()
{
    if (m_state != State::Paused)
        return;
    if (m_playing) {
        setState(State::Playing);
        m_player.resume();
    } else {
        setState(State::Preparing);
        pump();
    }
}

int NarrationQueue::currentSentence() const
{
    return m_state != State::Idle && m_next < m_sentences.size() ? m_next : -1;
}

QString NarrationQueue::currentText() const
{
    const int index = currentSentence();
    return index >= 0 ? m_sentences[index].text : QString();
}

void NarrationQueue::cancelJobs()
{
    for (Sentence& sentence : m_sentences) {
        if (sentence.stage != Stage::Synthesizing)
            continue;
        sentence.stage = Stage::Pending;
        if (TtsJob* job = sentence.job)
            job->cancel(); // its failed(Cancelled) is ignored; the handler deletes it
        sentence.job = nullptr;
    }
}

void NarrationQueue::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NarrationQueue::fail(const TtsError& error)
{
    stop();
    Q_EMIT failed(error);
}

} // namespace st
