#pragma once

#include "core/create/TextChunker.h"
#include "core/llm/ChatRequest.h"
#include "core/script/ScriptParseResult.h"
#include "core/script/SourceDocument.h"

#include <QCoreApplication>
#include <QObject>
#include <memory>

namespace st {

class ModelClient;
class ReplyStream;
class Settings;

/// How the pipeline sizes its work (from Settings in the app).
struct ScriptPipelineOptions
{
    int chunkTokens = 1000;
    int overlapTokens = 100;
    /// The model's context, for the writer's input: the filtered text is filtered again
    /// (at most twice) until it fits, then cut.
    int contextBudget = 8192;

    /// CreateChunkTokens, CreateOverlapTokens and ProviderContextBudget.
    static ScriptPipelineOptions fromSettings(const Settings& settings);
};

/// Writes a script from a source: split into chunks → filter each chunk against the story
/// so far (a running summary carried forward) → write the 14-section script. Each step is
/// reported as it happens; cancel() stops at once. The pipeline writes nothing to disk:
/// saving the result is the caller's step, so a cancelled run leaves nothing half-saved.
class ScriptPipeline : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        Idle,
        Splitting,
        Filtering, // current = chunk number, total = chunks
        Writing,   // current = sections written so far, total = 14
        Done,
        Failed,
        Cancelled,
    };
    Q_ENUM(Step)

    ScriptPipeline(ModelClient& client, const ScriptPipelineOptions& options,
                   QObject* parent = nullptr);
    ~ScriptPipeline() override;

    void start(const SourceDocument& document);
    void cancel();

    Step step() const { return m_step; }
    bool isRunning() const;
    /// The filtered text the writer got (after a run).
    QString filteredText() const { return m_filtered; }

Q_SIGNALS:
    void stepChanged(st::ScriptPipeline::Step step, int current, int total);
    /// 0–100 over the whole run.
    void progress(int percent);
    /// The writer's text so far, as it streams.
    void writing(const QString& text);
    /// The written script (parsed; result.ok() false when it could not be read) and the raw
    /// text the model wrote.
    void finished(const st::ScriptParseResult& result, const QString& text);
    void failed(const QString& message);
    void cancelled();

private:
    void filterNext();
    void startWriting();
    void setStep(Step step, int current, int total);
    void fail(const QString& message);
    ReplyStream* run(const ChatRequest& request);
    void dropStream();
    int writerInputLimit() const;

    ModelClient& m_client;
    ScriptPipelineOptions m_options;
    SourceDocument m_document;
    QVector<TextChunk> m_chunks;
    int m_next = 0;
    int m_round = 0;
    QStringList m_kept;
    QString m_summary;
    QString m_filtered;
    std::unique_ptr<ReplyStream> m_stream;
    Step m_step = Step::Idle;
};

} // namespace st

Q_DECLARE_METATYPE(st::ScriptParseResult)
