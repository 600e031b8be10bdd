#include "core/flow/NarrationController.h"

#include "core/flow/AppController.h"
#include "core/flow/FlowLog.h"
#include "core/narration/ChatSession.h"
#include "core/settings/Settings.h"
#include "core/tts/AudioPlayer.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/SessionAudioExporter.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/TtsJob.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/VoiceSettings.h"

#include <algorithm>
#include <utility>

namespace st {

NarrationController::NarrationController(Deps deps, QObject* parent)
    : QObject(parent), m_deps(std::move(deps)),
      m_voiceSettings(std::make_unique<VoiceSettings>(m_deps.settings, m_deps.secrets)),
      m_cache(std::make_unique<SpeechCache>(m_deps.database)), m_queue(m_deps.player)
{
    if (!m_deps.makeProvider) {
        QNetworkAccessManager* network = &m_deps.network;
        m_deps.makeProvider = [network](const VoiceConfig& config) {
            return VoiceSettings::makeProvider(config, *network);
        };
    }
    if (!m_deps.makeLocal)
        m_deps.makeLocal = [] { return std::make_unique<EspeakTts>(); };
    m_queue.setCache(m_cache.get());
    connect(&m_queue, &NarrationQueue::stateChanged, this, &NarrationController::stateChanged);
    connect(&m_queue, &NarrationQueue::sentenceStarted, this,
            &NarrationController::sentenceStarted);
    connect(&m_queue, &NarrationQueue::fellBack, this, &NarrationController::onFellBack);
    connect(&m_queue, &NarrationQueue::failed, this, &NarrationController::onFailed);
    // The sample of tryVoice() plays outside the queue (which ignores a clip it did not start).
    connect(&m_deps.player, &AudioPlayer::finished, this, [this] {
        if (std::exchange(m_trialPlaying, false))
            Q_EMIT trialFinished(true, {});
    });
    connect(&m_deps.player, &AudioPlayer::failed, this, [this](const TtsError& error) {
        if (std::exchange(m_trialPlaying, false))
            Q_EMIT trialFinished(false, error.message());
    });
    connect(&m_deps.settings, &Settings::changed, this, [this](Settings::Key key) {
        // The next reading uses the new voice; speed and auto-narrate need no new voice.
        if (Settings::keyName(key).startsWith(QLatin1String("voice/")) &&
            key != Settings::Key::VoiceSpeed && key != Settings::Key::VoiceAutoNarrate)
            m_voiceDirty = true;
    });
}

NarrationController::~NarrationController()
{
    m_queue.stop();
    m_queue.setProvider(nullptr);
    m_queue.setFallback(nullptr);
}

void NarrationController::follow(AppController& controller)
{
    connect(&controller, &AppController::chatStarted, this, &NarrationController::attach);
    connect(&controller, &AppController::chatEnded, this, &NarrationController::detach);
}

void NarrationController::attach(ChatSession* chat)
{
    detach();
    m_chat = chat;
    m_suspended = false;
    if (!chat)
        return;
    connect(chat, &ChatSession::replyDelta, this, &NarrationController::onDelta);
    connect(chat, &ChatSession::replyFinished, this, &NarrationController::onReplyFinished);
    connect(chat, &QObject::destroyed, this, [this] { m_queue.stop(); });
}

void NarrationController::detach()
{
    if (m_chat)
        disconnect(m_chat, nullptr, this, nullptr);
    m_chat = nullptr;
    m_following = 0;
    m_queue.stop();
}

bool NarrationController::autoNarrate() const
{
    return m_deps.settings.value(Settings::Key::VoiceAutoNarrate).toBool();
}

void NarrationController::setAutoNarrate(bool on)
{
    m_deps.settings.setValue(Settings::Key::VoiceAutoNarrate, on);
    if (!on && m_following)
        m_queue.stop(); // the reply being written is no longer read
}

double NarrationController::speed() const
{
    return m_voiceSettings->load(VoiceSettings::KeyLookup::Skip).speed;
}

void NarrationController::setSpeed(double speed)
{
    speed = std::clamp(speed, VoiceConfig::kMinSpeed, VoiceConfig::kMaxSpeed);
    m_deps.settings.setValue(Settings::Key::VoiceSpeed, speed);
    m_config.speed = speed;
    m_queue.setSpeed(speed); // from the next sentence made
}

VoiceConfig NarrationController::voiceConfig() const
{
    return m_voiceSettings->load();
}

bool NarrationController::saveVoiceConfig(const VoiceConfig& config)
{
    const bool saved = m_voiceSettings->save(config);
    m_voiceDirty = true;
    m_cloudFailed = false; // a new key or voice deserves a new try
    return saved;
}

void NarrationController::ensureVoice()
{
    if (!m_voiceDirty && m_provider)
        return;
    m_queue.stop();
    m_config = m_voiceSettings->load();
    m_provider = m_deps.makeProvider(m_config);
    if (!m_local)
        m_local = m_deps.makeLocal();
    m_voiceDirty = false;
    m_cloudFailed = false;
}

NarrationQueue::Voice NarrationController::voice() const
{
    NarrationQueue::Voice v;
    v.language = m_chat ? m_chat->session().language : m_deps.settings.storyLanguage();
    v.voice = m_config.voiceFor(v.language);
    v.speed = m_config.speed;
    return v;
}

QString NarrationController::activeVoice() const
{
    if (TtsProvider* active = m_queue.activeProvider())
        return active->id();
    if (m_cloudFailed && m_local)
        return m_local->id();
    return m_provider ? m_provider->id()
                      : m_voiceSettings->load(VoiceSettings::KeyLookup::Skip).provider;
}

void NarrationController::prepareVoice()
{
    ensureVoice();
    if (m_config.isLocal()) {
        m_queue.setProvider(m_provider.get());
        m_queue.setFallback(nullptr);
    } else {
        m_queue.setProvider(m_cloudFailed ? m_local.get() : m_provider.get());
        m_queue.setFallback(m_cloudFailed ? nullptr : m_local.get());
    }
}

void NarrationController::onDelta(const QString& piece)
{
    if (!m_chat || m_suspended)
        return;
    const qint64 id = m_chat->streamingMessageId();
    if (id <= 0)
        return;
    if (id == m_following) {
        m_queue.feed(piece);
        return;
    }
    if (!autoNarrate())
        return;
    // The first piece of a reply: read it from here (a continued reply skips what was
    // said before the stop).
    const QString text = m_chat->streamingText();
    const QString before = text.left(std::max<qsizetype>(0, text.size() - piece.size()));
    stopTrial();
    prepareVoice();
    m_following = id;
    m_queue.begin(id, voice(), before);
    m_queue.feed(piece);
}

void NarrationController::onReplyFinished()
{
    if (!m_chat || !m_following)
        return;
    const qint64 id = m_following;
    m_following = 0;
    if (m_queue.messageId() != id)
        return;
    for (const MessageRecord& m : m_chat->model()->messages()) {
        if (m.id == id && m.status == MessageRecord::Status::Interrupted) {
            m_queue.stop(); // stopping a reply stops its narration
            return;
        }
    }
    m_queue.finish();
}

QString NarrationController::messageText(qint64 messageId) const
{
    if (!m_chat)
        return {};
    for (const MessageRecord& m : m_chat->model()->messages()) {
        if (m.id == messageId)
            return m.role == MessageRecord::Role::Assistant ? m.content : QString();
    }
    return {};
}

bool NarrationController::play(qint64 messageId)
{
    m_suspended = false;
    stopTrial();
    prepareVoice();
    if (m_chat && m_chat->isBusy() && m_chat->streamingMessageId() == messageId) {
        // The reply being written: read what is there and follow the rest.
        m_following = messageId;
        m_queue.begin(messageId, voice());
        m_queue.feed(m_chat->streamingText());
        return true;
    }
    const QString text = messageText(messageId);
    if (text.trimmed().isEmpty())
        return false;
    m_following = 0;
    m_queue.speak(messageId, text, voice());
    return true;
}

QString NarrationController::sampleSentence(const QString& language)
{
    // Spoken, not shown: in the story language.
    if (language == QLatin1String("ko"))
        return QStringLiteral("이 목소리로 이야기를 들려드릴게요.");
    if (language == QLatin1String("ja"))
        return QStringLiteral("この こえで、ものがたりを おはなしします。");
    if (language == QLatin1String("es"))
        return QStringLiteral("Con esta voz te contaré la historia.");
    return QStringLiteral("This is the voice that will tell you the story.");
}

void NarrationController::tryVoice(const VoiceConfig& config, const QString& language)
{
    stop();
    if (m_trialJob)
        m_trialJob->deleteLater();
    m_trialVoice = m_deps.makeProvider(config);
    TtsRequest request;
    request.text = sampleSentence(language);
    request.language = language;
    request.voice = config.voiceFor(language);
    request.speed = config.speed;
    TtsJob* job = m_trialVoice->synthesize(request);
    m_trialJob = job;
    connect(job, &TtsJob::failed, this, [this, job](const TtsError& error) {
        job->deleteLater();
        if (job == m_trialJob && error.kind != TtsError::Kind::Cancelled)
            Q_EMIT trialFinished(false, error.message());
    });
    connect(job, &TtsJob::finished, this, [this, job](const TtsAudio& audio) {
        job->deleteLater();
        if (job != m_trialJob)
            return;
        m_trialPlaying = true;
        m_deps.player.play(audio);
    });
}

SessionAudioExporter* NarrationController::exportSession(qint64 sessionId,
                                                         const QString& outputPath,
                                                         bool replaceTranscript, AudioFormat format)
{
    if (m_exporter && m_exporter->isRunning())
        return nullptr;
    m_exporter.reset();
    // Voices of its own (the narration's may be rebuilt meanwhile), paired as narration
    // pairs them, so sentences are numbered like the cached clips.
    const VoiceConfig config = m_voiceSettings->load();
    m_exportVoice = m_deps.makeProvider(config);
    m_exportLocal = config.isLocal() ? nullptr : m_deps.makeLocal();
    m_exporter = std::make_unique<SessionAudioExporter>(m_deps.database);
    m_exporter->setProvider(m_cloudFailed && m_exportLocal ? m_exportLocal.get()
                                                           : m_exportVoice.get());
    m_exporter->setFallback(m_cloudFailed ? nullptr : m_exportLocal.get());
    m_exporter->setVoice(config);
    m_exporter->setReplaceTranscript(replaceTranscript);
    m_exporter->setFormat(format);
    m_exporter->start(sessionId, outputPath);
    return m_exporter.get();
}

void NarrationController::pause()
{
    m_queue.pause();
}

void NarrationController::resume()
{
    m_queue.resume();
}

void NarrationController::stopTrial()
{
    if (m_trialJob)
        m_trialJob->cancel();
    m_trialJob = nullptr;
    if (std::exchange(m_trialPlaying, false))
        m_deps.player.stop();
}

void NarrationController::stop()
{
    stopTrial();
    m_following = 0;
    m_queue.stop();
}

void NarrationController::onFellBack(const TtsError& error)
{
    m_cloudFailed = true;
    qCWarning(lcFlow) << "the" << error.providerId << "voice failed; the local voice reads on";
    Q_EMIT notice(error.message());
}

void NarrationController::onFailed(const TtsError& error)
{
    m_following = 0;
    m_suspended = true; // until Play: no more automatic reading this session
    qCWarning(lcFlow) << "narration stopped:" << TtsError::kindName(error.kind);
    if (error.kind == TtsError::Kind::EngineMissing || error.kind == TtsError::Kind::EngineFailed ||
        error.isPlayback())
        Q_EMIT notice(error.message() + QLatin1Char(' ') + tr("The story goes on in text."));
    else
        Q_EMIT notice(error.message());
}

} // namespace st
