#include "core/tts/ExportClips.h"

namespace st {

QString ExportClips::key(qint64 messageId, int sentence)
{
    return QString::number(messageId) + u'/' + QString::number(sentence);
}

std::optional<TtsAudio> ExportClips::find(qint64 messageId, int sentence, const QString& speech)
{
    const auto unstored = m_unstored.constFind(key(messageId, sentence));
    if (unstored != m_unstored.cend())
        return *unstored;
    if (m_clipsMessage != messageId) {
        m_clips = m_cache.clips(messageId);
        m_clipsMessage = messageId;
    }
    for (const SpeechCache::Clip& clip : std::as_const(m_clips)) {
        if (clip.sentence == sentence)
            return clip.text == speech ? std::optional<TtsAudio>(clip.audio) : std::nullopt;
    }
    return std::nullopt;
}

bool ExportClips::keep(qint64 messageId, int sentence, const QString& voiceKey,
                       const QString& speech, const QString& providerId, const TtsAudio& audio)
{
    m_clipsMessage = 0; // read the message's clips again, with this one
    if (!audio.isEmpty() && m_cache.store(messageId, sentence, voiceKey, speech, providerId, audio))
        return true;
    m_unstored.insert(key(messageId, sentence), audio);
    return audio.isEmpty();
}

void ExportClips::countRate(const TtsAudio& audio)
{
    if (const int rate = audio.sampleRate())
        ++m_rateVotes[rate];
}

int ExportClips::commonRate(int fallback) const
{
    int rate = fallback;
    int votes = 0;
    for (auto it = m_rateVotes.cbegin(); it != m_rateVotes.cend(); ++it) {
        if (it.value() > votes || (it.value() == votes && it.key() > rate)) {
            rate = it.key();
            votes = it.value();
        }
    }
    return rate;
}

void ExportClips::clear()
{
    m_rateVotes.clear();
    m_unstored.clear();
    m_clips.clear();
    m_clipsMessage = 0;
}

} // namespace st
