#pragma once

#include <QString>

namespace st {

/// The text that is read aloud, from a narrator's reply (or one sentence of it).
class SpeechText
{
public:
    /// \a text without what a voice should not read: Markdown (headers, emphasis, inline
    /// code marks, fenced code blocks with their code, links reduced to their text,
    /// images, list markers, block quotes, horizontal rules, table pipes), emoji and
    /// pictographs (with their variation selectors, skin tones, ZWJ sequences, flags and
    /// keycaps), bare URLs and common HTML tags (entities like &amp; decoded, ❗ ❓ read
    /// as ! ?); whitespace collapsed to single spaces. Letters of every script, numbers
    /// and ordinary punctuation are kept as they are.
    static QString forSpeech(const QString& text);

    /// True when forSpeech(\a text) still has a letter or a digit to say.
    static bool isSpeakable(const QString& text);
};

} // namespace st
