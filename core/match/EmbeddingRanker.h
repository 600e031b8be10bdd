#pragma once

#include "core/util/Clock.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>

namespace st {

class EmbeddingIndex;
class EmbeddingIndexer;
class EmbeddingStore;
class ModelClient;
class ScriptLibrary;
struct ProviderConfig;

/// Finding stories by meaning: keeps the library's embeddings for the configured embedding
/// model (refresh() embeds what that model has not seen yet, then loads the index) and fuses
/// a request's lexical ranking with the nearest scripts by meaning (rank()).
class EmbeddingRanker : public QObject
{
    Q_OBJECT
public:
    EmbeddingRanker(ScriptLibrary& library, QSqlDatabase db, Clock clock = systemClock(),
                    QObject* parent = nullptr);
    ~EmbeddingRanker() override;

    /// Embeds with \a client the scripts \a config's embedding model has not seen, then loads
    /// the index. Without an embedding model (or a client) the index is emptied.
    void refresh(const ProviderConfig& config, std::unique_ptr<ModelClient> client);

    /// \a lexical (best first) fused with the scripts nearest to \a query in \a language, the
    /// query embedded by \a client; \a lexical alone when there is no index or no client, or
    /// the embedding fails. \a done is called once, maybe later.
    void rank(const QString& query, const QString& language, const QVector<qint64>& lexical,
              ModelClient* client, std::function<void(QVector<qint64>)> done);

    bool isEmpty() const;

Q_SIGNALS:
    /// Progress of embedding the library (done == total at the end).
    void progress(int done, int total);

private:
    ScriptLibrary& m_library;
    std::unique_ptr<EmbeddingStore> m_store;
    std::unique_ptr<EmbeddingIndex> m_index;
    std::unique_ptr<EmbeddingIndexer> m_indexer;
    std::unique_ptr<ModelClient> m_client; // the client embedding the library, while it runs
    QString m_model;                       // the embedding model m_index holds
};

} // namespace st
