#pragma once

#include "core/llm/ChatRequest.h"
#include "core/script/ScriptParseResult.h"
#include "core/script/SourceDocument.h"

#include <QCoreApplication>

namespace st {

/// The last step of script writing: a request that turns the (filtered) source text into
/// the 14-section script in the document's language — facts only, N/A where the source
/// says nothing — and the reader of the model's answer.
class ScriptWriter
{
    Q_DECLARE_TR_FUNCTIONS(st::ScriptWriter)

public:
    /// Room for the script itself: 14 sections of up to ~160 words (CJK: ~1 token a character).
    static constexpr int kMaxTokens = 4096;

    static ChatRequest request(const SourceDocument& document, const QString& text);
    /// The script in \a reply, with the document's language, source and (when the model gave
    /// none) title. An answer of "NO STORY" is an error that says the source has no story.
    static ScriptParseResult parse(const QString& reply, const SourceDocument& document);
    /// The model's answer says the source holds no story.
    static bool saysNoStory(const QString& reply);
    /// The message for a source with no text at all.
    static QString emptySourceMessage();
};

} // namespace st
