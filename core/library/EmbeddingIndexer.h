#pragma once

#include "core/llm/LlmError.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace st {

class EmbeddingStore;
class ModelClient;
class Script;
class ScriptLibrary;

/// Computes the embeddings a model is missing: every script with no vector for it in the
/// EmbeddingStore is embedded through a ModelClient, kBatchSize texts per request, and each
/// batch is stored all or nothing as soon as it arrives (so a failure keeps the batches
/// before it, and a later run() resumes where this one stopped).
///
/// Signals: progress(0, total) at the start and progress(done, total) after each batch;
/// then exactly one of finished(embedded), failed(error) for a server error or an answer
/// that does not hold one finite vector of the same length per text (MalformedStream), or
/// storageFailed(detail) when the database refuses the batch. cancel() ends a run at once
/// with no further signal: the answer of the batch in flight is dropped.
///
/// The client must outlive the run (a client destroyed mid-run fails it as Cancelled).
/// Vectors are stored under \a model, which is the caller's name for them; the client asks
/// its server for its own config().embeddingModel, so the two should name the same model.
class EmbeddingIndexer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchSize = 16;
    /// How much of the sections textFor() takes, in UTF-16 code units.
    static constexpr int kSectionChars = 1500;

    EmbeddingIndexer(const ScriptLibrary& library, EmbeddingStore& store,
                     QObject* parent = nullptr);

    /// Starts embedding what \a model is missing; returns at once (the work runs on the
    /// event loop). Emits finished(0) at once when \a model is empty or nothing is missing.
    /// Ignored (with a warning) while a run is going on.
    void run(ModelClient& client, const QString& model);
    void cancel();
    bool isRunning() const { return m_running; }

    /// What is embedded for \a script: its title, summary and keywords, then its tellable
    /// chapters (headings and text) cut to kSectionChars, one part per line.
    static QString textFor(const Script& script);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(int embedded);
    void failed(const st::LlmError& error);
    void storageFailed(const QString& detail);

private:
    void nextBatch();
    void onBatch(const QVector<qint64>& ids, const QVector<QVector<float>>& vectors,
                 const LlmError& error);
    void stop();
    void fail(const LlmError& error);

    const ScriptLibrary& m_library;
    EmbeddingStore& m_store;
    QPointer<ModelClient> m_client;
    QMetaObject::Connection m_clientGone;
    QString m_model;
    QVector<qint64> m_pending; // the scripts to embed, in order
    int m_next = 0;            // the first of m_pending not yet sent
    int m_embedded = 0;
    int m_dim = 0; // the length of this run's vectors, once one has arrived
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace st
