#include "core/match/EmbeddingRanker.h"

#include "core/library/EmbeddingIndex.h"
#include "core/library/EmbeddingIndexer.h"
#include "core/library/EmbeddingStore.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/llm/ProviderConfig.h"
#include "core/match/MatchLog.h"
#include "core/match/ModelEvaluator.h"
#include "core/match/RankFusion.h"

#include <QSet>

namespace st {

EmbeddingRanker::EmbeddingRanker(ScriptLibrary& library, QSqlDatabase db, Clock clock,
                                 QObject* parent)
    : QObject(parent), m_library(library),
      m_store(std::make_unique<EmbeddingStore>(db, std::move(clock))),
      m_index(std::make_unique<EmbeddingIndex>()),
      m_indexer(std::make_unique<EmbeddingIndexer>(library, *m_store))
{
    connect(m_indexer.get(), &EmbeddingIndexer::progress, this, &EmbeddingRanker::progress);
    connect(m_indexer.get(), &EmbeddingIndexer::finished, this,
            [this] { m_index->load(*m_store, m_model); });
    connect(m_indexer.get(), &EmbeddingIndexer::failed, this, [this](const LlmError& error) {
        qCWarning(lcMatch) << "embedding the library failed:" << LlmError::kindName(error.kind);
        m_index->load(*m_store, m_model); // what was embedded still helps
    });
}

EmbeddingRanker::~EmbeddingRanker() = default;

bool EmbeddingRanker::isEmpty() const
{
    return m_index->isEmpty();
}

void EmbeddingRanker::refresh(const ProviderConfig& config, std::unique_ptr<ModelClient> client)
{
    if (!config.isConfigured() || config.embeddingModel.isEmpty() || !client) {
        m_indexer->cancel();
        m_index->clear();
        m_model.clear();
        return;
    }
    if (m_indexer->isRunning())
        m_indexer->cancel();
    m_model = config.embeddingModel;
    m_index->load(*m_store, m_model);
    m_client = std::move(client);
    m_indexer->run(*m_client, m_model);
}

void EmbeddingRanker::rank(const QString& query, const QString& language,
                           const QVector<qint64>& lexical, ModelClient* client,
                           std::function<void(QVector<qint64>)> done)
{
    if (m_index->isEmpty() || !client) {
        done(lexical); // no embeddings (yet): the lexical ranking alone
        return;
    }
    const QVector<qint64> inLanguage = m_library.ids(language);
    const QSet<qint64> allowed(inLanguage.begin(), inLanguage.end());
    client->embed({query}, [this, lexical, allowed, done](const QVector<QVector<float>>& vectors,
                                                          const LlmError& error) {
        if (error.isError() || vectors.isEmpty()) {
            done(lexical);
            return;
        }
        QVector<qint64> semantic;
        for (const auto& hit : m_index->topK(vectors.first(), ModelEvaluator::kCandidates,
                                             allowed.isEmpty() ? nullptr : &allowed))
            semantic.append(hit.first);
        QVector<qint64> fused;
        for (const auto& [id, score] : RankFusion::fuse({lexical, semantic}))
            fused.append(id);
        done(fused);
    });
}

} // namespace st
