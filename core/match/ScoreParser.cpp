#include "core/match/ScoreParser.h"

#include "core/util/JsonInput.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace st {
namespace {

int toStep(double value)
{
    const double clamped = std::clamp(value, 0.0, 100.0);
    return static_cast<int>(std::lround(clamped / 5.0)) * 5;
}

std::optional<double> firstMatch(const QString& text, const QRegularExpression& pattern)
{
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = m.captured(QStringLiteral("n")).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

ScoreParser::Result ScoreParser::parse(const QString& raw)
{
    Result result;
    const QString answer = raw.trimmed();
    if (answer.isEmpty()) {
        result.error = QCoreApplication::translate("st::ScoreParser",
                                                   "The model gave no answer to the relevance "
                                                   "question.");
        return result;
    }
    // 1. JSON: {"score": 85}
    const qsizetype brace = answer.indexOf(u'{');
    if (brace >= 0) {
        const QByteArray json = answer.mid(brace, answer.lastIndexOf(u'}') - brace + 1).toUtf8();
        if (const auto score = JsonInput::number(JsonInput::parse(json).value, "score")) {
            result.score = toStep(*score);
            return result;
        }
    }
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    // 2. A labelled score: "Score: 85", "Relevance = 90", "점수: 85", "スコア：85".
    static const QRegularExpression labelled(
        QStringLiteral("(?:score|relevance|rating|점수|관련도|スコア|関連度|puntuaci[oó]n|"
                       "relevancia)\\W{0,4}(?<n>\\d{1,3}(?:\\.\\d+)?)"),
        options);
    // 3. Out of a hundred: "85/100", "85 out of 100", "85 점", "85点".
    static const QRegularExpression outOf(
        QStringLiteral("(?<n>\\d{1,3}(?:\\.\\d+)?)\\s*(?:/\\s*100|out of 100|de 100|sobre 100|"
                       "점|点)"),
        options);
    // 4. A line that is only a number, perhaps in bold: "**90**".
    static const QRegularExpression alone(
        QStringLiteral("^[\\s*_`#]*(?<n>\\d{1,3}(?:\\.\\d+)?)[\\s*_`.]*$"),
        options | QRegularExpression::MultilineOption);
    for (const QRegularExpression* pattern : {&labelled, &outOf, &alone}) {
        if (const auto value = firstMatch(answer, *pattern); value && *value <= 100.0) {
            result.score = toStep(*value);
            return result;
        }
    }
    // 5. Prose with exactly one number between 0 and 100 in it. The scale's own "100" (as
    // in "I can't rate it out of 100", "150/100") is not a score.
    static const QRegularExpression scale(QStringLiteral("(?:/\\s*|out of |sobre )100(?![\\d.])"),
                                          options);
    static const QRegularExpression number(QStringLiteral("(?<![\\d.])(\\d{1,3})(?![\\d.])"));
    const QString prose = QString(answer).remove(scale);
    QList<int> candidates;
    auto it = number.globalMatch(prose);
    while (it.hasNext()) {
        const int n = it.next().captured(1).toInt();
        if (n <= 100)
            candidates.append(n);
    }
    if (candidates.size() == 1) {
        result.score = toStep(candidates.first());
        return result;
    }
    result.error = QCoreApplication::translate("st::ScoreParser",
                                               "The model's answer did not contain a clear "
                                               "relevance score: “%1”. Try again, or choose a "
                                               "model that follows instructions more closely.")
                       .arg(answer.left(120));
    return result;
}

} // namespace st
