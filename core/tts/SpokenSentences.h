#pragma once

#include "core/text/SentenceSplitter.h"

#include <QString>
#include <QVector>

namespace st {

class TtsProvider;

/// One sentence of a narrator's message as the voice reads it.
struct SpokenSentence
{
    QString text;   // as written (for the indicator and the transcript)
    QString speech; // what the voice reads: SpeechText::forSpeech(text)

    bool operator==(const SpokenSentence& other) const
    {
        return text == other.text && speech == other.speech;
    }
};

/// The sentences of a message that are read aloud, numbered the way narration and export
/// both number them (the SpeechCache keys clips by that number): the SentenceSplitter's
/// sentences, without fenced code blocks (from the opening ``` or ~~~ line to the closing
/// one) and without sentences that have nothing to say (SpeechText::isSpeakable).
///
/// Incremental like the splitter: the same text gives the same sentences however it is cut
/// into deltas. of() is the whole-message shortcut.
class SpokenSentences
{
public:
    explicit SpokenSentences(int maxChars = 4096);

    /// The sentences this delta completes, in order.
    QVector<SpokenSentence> feed(const QString& delta);
    /// The rest; then empty, as after reset().
    QVector<SpokenSentence> finish();
    void reset();
    int maxChars() const { return m_splitter.maxChars(); }

    /// Every spoken sentence of the complete \a text.
    static QVector<SpokenSentence> of(const QString& text, int maxChars);
    /// The sentence length limit for reading with \a provider and, when it fails,
    /// \a fallback (either may be null): the smaller of their limits, at least 16.
    static int maxCharsFor(const TtsProvider* provider, const TtsProvider* fallback);

private:
    QVector<SpokenSentence> keep(const QStringList& sentences);

    SentenceSplitter m_splitter;
    QString m_openFence; // the marker of the code block being skipped
};

} // namespace st
