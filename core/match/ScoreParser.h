#pragma once

#include <QString>
#include <optional>

namespace st {

/// Reads the relevance score out of what a model answered to the judge prompt, however it
/// put it: "Score: 85", "85/100", "**90**", "I'd say 90 out of 100.", {"score": 80},
/// "점수: 85", "スコア：85", "Puntuación: 85". The result is rounded to a step of 5. A
/// written number above 100 is not a score on this scale (an error); a JSON score is
/// clamped to 0–100. An answer with no clear score is an error, never a zero.
class ScoreParser
{
public:
    struct Result
    {
        std::optional<int> score;
        QString error; // why no score could be read
    };

    static Result parse(const QString& answer);
};

} // namespace st
