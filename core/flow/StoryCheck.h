#pragma once

#include "core/match/Evaluation.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace st {

class AppFlow;
class EmbeddingRanker;
class LexicalEvaluator;
class ModelClient;
class ModelEvaluator;
class ScoreCache;
class ScriptLibrary;
class Settings;

/// The Check page's work: which story a request means. Asks the model when one is
/// configured (with the library ranked by words and by meaning), the offline evaluator
/// otherwise; offers a near match ("Did you mean …?") and the closest titles of an unknown
/// request; and hands the story chosen to Deps::tell.
class StoryCheck : public QObject
{
    Q_OBJECT
public:
    struct Deps
    {
        AppFlow& flow;
        ScriptLibrary& library;
        LexicalEvaluator& evaluator;
        ScoreCache& scores;
        Settings& settings;
        EmbeddingRanker& ranker;
        /// A client for the configured model; nullptr when none is configured.
        std::function<std::unique_ptr<ModelClient>()> makeClient;
        std::function<QString()> storyLanguage;
        /// Tells the story evaluated (after a suggestion accepted when the flag says so).
        std::function<bool(const Evaluation&, bool acceptedSuggestion)> tell;
    };

    explicit StoryCheck(Deps deps, QObject* parent = nullptr);
    ~StoryCheck() override;

    void ask(const QString& request);
    bool acceptSuggestion();
    bool tellScript(qint64 scriptId);
    bool hasSuggestion() const { return m_suggestion.has_value(); }

Q_SIGNALS:
    void step(const QString& step);
    void finished(const st::Evaluation& evaluation, st::Evaluation::Decision decision);
    void errorOccurred(const QString& message);

private:
    void finish(Evaluation evaluation);

    Deps m_deps;
    std::unique_ptr<ModelClient> m_client;
    std::unique_ptr<ModelEvaluator> m_modelEvaluator;
    bool m_checking = false;
    std::optional<Evaluation> m_suggestion; // the near match on offer, if any
};

} // namespace st
