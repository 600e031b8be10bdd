#pragma once

#include <QByteArray>
#include <QString>

namespace st {

/// A rough, deterministic token count, the same for the fake server and the tests that
/// check what was sent.
///
/// Rule (by code point): every Han, Hangul, Hiragana or Katakana character is 1 token; every
/// other maximal run of letters and digits (combining marks continue a run without counting)
/// is ceil(length / 4) tokens; spaces, punctuation and symbols are free.
/// "Hello, world" → 2 + 2 = 4; "메리 셀레스트호" → 2 + 5 = 7; "" → 0.
class FakeTokenizer
{
public:
    static int estimateTokens(const QString& text);

    /// The prompt tokens of a request body sent to \a path: for chat paths
    /// (…/chat/completions, /api/chat) the sum over `messages[].content` (a string, or the
    /// `text` of its parts); for embedding paths (…/embeddings, /api/embed) over `input`
    /// (a string or an array of strings; arrays of token ids count their length); for
    /// …/completions and /api/generate over `prompt`. 0 for any other path or a body that
    /// is not a JSON object.
    static int promptTokens(const QString& path, const QByteArray& body);
};

} // namespace st
