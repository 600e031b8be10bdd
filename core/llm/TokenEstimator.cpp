#include "core/llm/TokenEstimator.h"

#include "core/text/CharClass.h"

namespace st {

int TokenEstimator::estimate(const QString& text)
{
    int tokens = 0;
    int run = 0;
    for (const QChar c : text) {
        if (CharClass::isCjkScript(c.unicode())) {
            tokens += (run + 3) / 4;
            run = 0;
            ++tokens;
        } else if (c.isLetterOrNumber() || (c.isMark() && run > 0)) {
            ++run;
        } else {
            tokens += (run + 3) / 4;
            run = 0;
        }
    }
    return tokens + (run + 3) / 4;
}

int TokenEstimator::estimate(const ChatRequest& request)
{
    int total = 0;
    for (const ChatRequest::Message& m : request.messages)
        total += kPerMessage + estimate(m.content);
    return total;
}

} // namespace st
