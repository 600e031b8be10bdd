#pragma once

#include "core/tts/SpeechCache.h"
#include "core/tts/TtsAudio.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace st {

/// Where an audio export (SessionAudioExporter) finds each sentence's audio: the clip the
/// SpeechCache holds for that sentence number when it was made for the same text (by any
/// voice), or the audio made during the export that the cache could not keep. The clips of
/// one message are read once, while its sentences are looked up in turn.
class ExportClips
{
public:
    explicit ExportClips(QSqlDatabase db) : m_cache(db) {}

    /// The audio of sentence \a sentence of message \a messageId, spoken as \a speech.
    std::optional<TtsAudio> find(qint64 messageId, int sentence, const QString& speech);
    /// Keeps \a audio made for that sentence: in the cache, or here when the cache refuses
    /// it (false then; the export goes on with it).
    bool keep(qint64 messageId, int sentence, const QString& voiceKey, const QString& speech,
              const QString& providerId, const TtsAudio& audio);
    QString lastError() const { return m_cache.lastError(); }
    /// Counts \a audio's sample rate (when it says) among the export's clips.
    void countRate(const TtsAudio& audio);
    /// The rate most clips counted have (the higher one on a tie), \a fallback when none.
    int commonRate(int fallback) const;
    /// Forgets the audio kept here and the rates.
    void clear();

private:
    static QString key(qint64 messageId, int sentence);

    SpeechCache m_cache;
    QHash<QString, TtsAudio> m_unstored; // "message/sentence" → audio the cache refused
    qint64 m_clipsMessage = 0;           // whose clips m_clips holds
    QVector<SpeechCache::Clip> m_clips;
    QHash<int, int> m_rateVotes; // sample rate → clips made at it
};

} // namespace st
