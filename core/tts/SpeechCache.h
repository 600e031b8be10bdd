#pragma once

#include "core/tts/TtsAudio.h"
#include "core/tts/TtsRequest.h"
#include "core/util/Clock.h"

#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace st {

/// The narrator's spoken sentences, kept in the database (table speech_clips, one row per
/// sentence of a message, deleted with the message) so that a replay, a resumed session or
/// an export plays what was already synthesized instead of asking the voice again.
///
/// A clip is found by message, sentence number and voice key (who spoke what: provider,
/// voice, speed, language and text): a clip made by another voice or for an edited text is
/// not returned, and storing over it replaces it.
class SpeechCache
{
public:
    struct Clip
    {
        int sentence = 0;
        QString text;
        QString providerId;
        QString voiceKey;
        TtsAudio audio;
    };

    explicit SpeechCache(QSqlDatabase db, Clock clock = systemClock());

    /// A stable hash of what makes the audio: \a providerTag (the provider id, plus the
    /// model where a provider has several) and the request's voice, speed, language, text.
    static QString voiceKey(const QString& providerTag, const TtsRequest& request);

    std::optional<TtsAudio> find(qint64 messageId, int sentence, const QString& voiceKey) const;
    bool store(qint64 messageId, int sentence, const QString& voiceKey, const QString& text,
               const QString& providerId, const TtsAudio& audio);
    /// Every clip of \a messageId in sentence order, whatever voice made it.
    QVector<Clip> clips(qint64 messageId) const;
    int count(qint64 messageId) const;
    /// Drops the clips of sentences >= \a sentenceCount (a reply told again came out shorter).
    bool trim(qint64 messageId, int sentenceCount);
    bool remove(qint64 messageId);
    QString lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
