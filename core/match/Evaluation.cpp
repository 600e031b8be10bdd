#include "core/match/Evaluation.h"

namespace st {

Evaluation::Decision Evaluation::decide(int score, int unknownThreshold, int matchThreshold)
{
    if (score >= matchThreshold)
        return Decision::Match;
    if (score >= unknownThreshold)
        return Decision::MoreDetail;
    return Decision::Unknown;
}

} // namespace st
