#pragma once

#include "core/llm/ChatRequest.h"

#include <QString>

namespace st {

/// The filter pass of script writing: for one chunk of a long source, a request that asks
/// the model to keep only what belongs to the story (judged against the running summary),
/// and the reader of its answer.
class SourceFilter
{
public:
    static constexpr int kSummaryWords = 120;

    struct Input
    {
        QString topic; // what the story is about: the request or the document title
        QString documentTitle;
        QString summary; // the story so far (empty for the first chunk)
        QString chunk;
        int number = 1; // 1-based
        int count = 1;
    };

    struct Result
    {
        QString relevant; // empty when nothing in the chunk belongs to the story
        QString summary;
        bool understood = true; // false: the answer was not in the asked form
    };

    static ChatRequest request(const Input& input);
    /// Reads \a reply. An answer not in the asked form keeps the whole chunk (nothing is
    /// lost or made up) and the previous summary.
    static Result parse(const QString& reply, const Input& input);
};

} // namespace st
