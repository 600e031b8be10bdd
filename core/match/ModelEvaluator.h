#pragma once

#include "core/llm/ChatRequest.h"
#include "core/llm/LlmError.h"
#include "core/match/Evaluation.h"
#include "core/script/Script.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace st {

class LexicalEvaluator;
class ModelClient;
class ReplyStream;
class ScoreCache;
class ScriptLibrary;

/// Finds the story with a model's help: candidates from the lexical ranking, fused with a
/// semantic (embedding) ranking when one is available, then the model judges each of the
/// best few until one is a match. Scores are cached per (request, script, model); an
/// answer with no readable score is an error, never a zero.
class ModelEvaluator : public QObject
{
    Q_OBJECT
public:
    /// Orders \a lexical candidates for \a query, adding the semantic ranking if it can;
    /// calls \a done with the final candidate order.
    using Ranker = std::function<void(const QString& query, const QString& language,
                                      const QVector<qint64>& lexical,
                                      std::function<void(QVector<qint64>)> done)>;

    static constexpr int kCandidates = 10;
    static constexpr int kJudged = 3;
    static constexpr int kBeginningChars = 600;

    ModelEvaluator(const ScriptLibrary& library, const LexicalEvaluator& lexical, ScoreCache& cache,
                   ModelClient& client, QObject* parent = nullptr);
    ~ModelEvaluator() override;

    void setRanker(Ranker ranker) { m_ranker = std::move(ranker); }
    void setMatchThreshold(int score) { m_matchThreshold = score; }

    /// Starts; emits step() as it goes and finished() once.
    void evaluate(const QString& query, const QString& language);
    void cancel();

    /// The judge's request for \a script.
    static ChatRequest judgeRequest(const QString& query, const Script& script);

Q_SIGNALS:
    void step(const QString& text);
    void finished(const st::Evaluation& evaluation);

private:
    void judgeNext();
    void judged(qint64 scriptId, int score);
    void finish();
    void fail(const QString& message);

    const ScriptLibrary& m_library;
    const LexicalEvaluator& m_lexical;
    ScoreCache& m_cache;
    ModelClient& m_client;
    Ranker m_ranker;
    int m_matchThreshold = 95;
    Evaluation m_result;
    QVector<qint64> m_queue;
    std::unique_ptr<ReplyStream> m_stream;
    int m_generation = 0;
};

} // namespace st
