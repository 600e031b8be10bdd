#pragma once

#include "core/tts/AudioFormat.h"
#include "core/tts/NarrationQueue.h"
#include "core/tts/VoiceConfig.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace st {

class AppController;
class AudioPlayer;
class ChatSession;
class SecretStore;
class SessionAudioExporter;
class Settings;
class SpeechCache;
class TtsJob;
class TtsProvider;
class VoiceSettings;

/// Reads the chat aloud: while a reply streams (auto-narrate on), its sentences go to the
/// NarrationQueue; any message can be played, paused, stopped and replayed; stopping a
/// reply stops its narration. The voice comes from VoiceSettings and is rebuilt when those
/// settings change; spoken sentences are kept in the SpeechCache.
///
/// Failures never touch the conversation: a cloud voice that fails hands over to the local
/// voice for the rest of the session (notice() says why once); when the local voice or the
/// sound output fails, narration pauses for the session (notice() says what to do) until
/// the listener presses Play.
class NarrationController : public QObject
{
    Q_OBJECT
public:
    using ProviderFactory = std::function<std::unique_ptr<TtsProvider>(const VoiceConfig&)>;
    struct Deps
    {
        Settings& settings;
        SecretStore& secrets;
        QNetworkAccessManager& network;
        AudioPlayer& player;
        QSqlDatabase database;
        /// Makes the configured voice; default VoiceSettings::makeProvider.
        ProviderFactory makeProvider = {};
        /// Makes the local fallback voice; default EspeakTts.
        std::function<std::unique_ptr<TtsProvider>()> makeLocal = {};
    };

    explicit NarrationController(Deps deps, QObject* parent = nullptr);
    ~NarrationController() override;

    /// Follows \a controller's chats (chatStarted → attach, chatEnded → detach).
    void follow(AppController& controller);
    void attach(ChatSession* chat);
    void detach();

    bool autoNarrate() const;
    void setAutoNarrate(bool on);
    double speed() const;
    void setSpeed(double speed);
    VoiceConfig voiceConfig() const;
    bool saveVoiceConfig(const VoiceConfig& config);

    /// Speaks a short sample in \a language with \a config (not saved), stopping any
    /// reading; trialFinished() tells how it went.
    void tryVoice(const VoiceConfig& config, const QString& language);
    /// The sample sentence tryVoice() speaks in \a language.
    static QString sampleSentence(const QString& language);

    /// Exports session \a sessionId as one audio file in \a format and its transcript to
    /// \a outputPath (see SessionAudioExporter::start) with the configured voice for
    /// sentences never spoken. The exporter (owned here) reports progress and the end;
    /// nullptr when an export is already running.
    SessionAudioExporter* exportSession(qint64 sessionId, const QString& outputPath,
                                        bool replaceTranscript = false,
                                        AudioFormat format = AudioFormat::Wav);

    /// Reads message \a messageId from its start (a streaming one follows the stream).
    bool play(qint64 messageId);
    void pause();
    void resume();
    void stop();

    NarrationQueue::State state() const { return m_queue.state(); }
    qint64 messageId() const { return m_queue.messageId(); }
    QString currentText() const { return m_queue.currentText(); }
    /// "espeak", "openai", "elevenlabs": the voice reading now (or next).
    QString activeVoice() const;
    NarrationQueue& queue() { return m_queue; }
    SpeechCache& cache() { return *m_cache; }

Q_SIGNALS:
    void stateChanged(st::NarrationQueue::State state);
    void sentenceStarted(qint64 messageId, int index, const QString& text);
    /// Something the listener should know (a voice failed, narration paused), in their
    /// language: what happened and what to do.
    void notice(const QString& message);
    /// The sample of tryVoice() was played (\a ok) or failed with \a message.
    void trialFinished(bool ok, const QString& message);

private:
    void onDelta(const QString& piece);
    void onReplyFinished();
    void onFellBack(const TtsError& error);
    void onFailed(const TtsError& error);
    void ensureVoice();
    NarrationQueue::Voice voice() const;
    QString messageText(qint64 messageId) const;
    void prepareVoice();
    void stopTrial();

    Deps m_deps;
    std::unique_ptr<VoiceSettings> m_voiceSettings;
    std::unique_ptr<SpeechCache> m_cache;
    NarrationQueue m_queue;
    std::unique_ptr<TtsProvider> m_provider;
    std::unique_ptr<TtsProvider> m_local;
    std::unique_ptr<TtsProvider> m_exportVoice;
    std::unique_ptr<TtsProvider> m_exportLocal;
    std::unique_ptr<SessionAudioExporter> m_exporter; // after its voices: destroyed first
    std::unique_ptr<TtsProvider> m_trialVoice;
    QPointer<TtsJob> m_trialJob;
    bool m_trialPlaying = false;
    VoiceConfig m_config;
    bool m_voiceDirty = true;
    bool m_cloudFailed = false; // the cloud voice failed this session: the local one reads
    bool m_suspended = false;   // narration turned off by a failure until Play
    QPointer<ChatSession> m_chat;
    qint64 m_following = 0; // the streaming message being read as it arrives
};

} // namespace st
