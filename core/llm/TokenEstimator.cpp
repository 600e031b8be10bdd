#include "core/llm/TokenEstimator.h"

namespace st {
namespace {

bool isCjk(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

} // namespace

int TokenEstimator::estimate(const QString& text)
{
    int tokens = 0;
    int run = 0;
    for (const QChar c : text) {
        if (isCjk(c)) {
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
