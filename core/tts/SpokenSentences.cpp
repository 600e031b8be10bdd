#include "core/tts/SpokenSentences.h"

#include "core/tts/SpeechText.h"
#include "core/tts/TtsProvider.h"

#include <QRegularExpression>
#include <algorithm>

namespace st {

SpokenSentences::SpokenSentences(int maxChars) : m_splitter(maxChars) {}

QVector<SpokenSentence> SpokenSentences::feed(const QString& delta)
{
    return keep(m_splitter.feed(delta));
}

QVector<SpokenSentence> SpokenSentences::finish()
{
    QVector<SpokenSentence> out = keep(m_splitter.finish());
    m_openFence.clear();
    return out;
}

void SpokenSentences::reset()
{
    m_splitter.reset();
    m_openFence.clear();
}

QVector<SpokenSentence> SpokenSentences::of(const QString& text, int maxChars)
{
    SpokenSentences sentences(maxChars);
    QVector<SpokenSentence> out = sentences.feed(text);
    out += sentences.finish();
    return out;
}

int SpokenSentences::maxCharsFor(const TtsProvider* provider, const TtsProvider* fallback)
{
    int chars = provider ? provider->maxInputChars() : 4096;
    if (fallback)
        chars = std::min(chars, fallback->maxInputChars());
    return std::max(16, chars);
}

QVector<SpokenSentence> SpokenSentences::keep(const QStringList& sentences)
{
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})"));
    QVector<SpokenSentence> out;
    for (const QString& text : sentences) {
        // The splitter ends a sentence at every line break, so a fenced code block comes
        // as its own lines: skip from the opening fence to the closing one.
        const QRegularExpressionMatch m = fence.match(text);
        if (m.hasMatch()) {
            if (m_openFence.isEmpty())
                m_openFence = m.captured(1);
            else if (m.captured(1).startsWith(m_openFence))
                m_openFence.clear();
            continue;
        }
        if (!m_openFence.isEmpty() || !SpeechText::isSpeakable(text))
            continue; // a code block, a row of emoji: nothing to read, no number
        out.append({text, SpeechText::forSpeech(text)});
    }
    return out;
}

} // namespace st
