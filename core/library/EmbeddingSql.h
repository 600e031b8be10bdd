#pragma once

#include <QString>

/// Named SQL for the script embeddings (table script_embeddings, migration 002). Every value
/// comes in as a bound parameter.
namespace st::sql {

/// Insert or replace the vector of (:script_id, :model). Nothing is written when the script
/// does not exist (the WHERE also lets SQLite parse the upsert after INSERT … SELECT).
inline const QString upsertEmbedding =
    QStringLiteral("INSERT INTO script_embeddings (script_id, model, dim, vector, created_at) "
                   "SELECT :script_id, :model, :dim, :vector, :now "
                   "WHERE EXISTS (SELECT 1 FROM scripts WHERE id = :script_id) "
                   "ON CONFLICT (script_id, model) DO UPDATE SET dim = excluded.dim, "
                   "vector = excluded.vector, created_at = excluded.created_at");

inline const QString selectEmbedding = QStringLiteral(
    "SELECT dim, vector FROM script_embeddings WHERE script_id = :script_id AND model = :model");

inline const QString selectModelEmbeddings =
    QStringLiteral("SELECT script_id, dim, vector FROM script_embeddings WHERE model = :model "
                   "ORDER BY script_id");

inline const QString selectScriptsWithoutEmbedding =
    QStringLiteral("SELECT s.id FROM scripts s WHERE NOT EXISTS (SELECT 1 FROM script_embeddings e "
                   "WHERE e.script_id = s.id AND e.model = :model) ORDER BY s.id");

inline const QString deleteModelEmbeddings =
    QStringLiteral("DELETE FROM script_embeddings WHERE model = :model");

// One batch of upserts is all or nothing. Savepoints nest inside a transaction that is
// already open (ScriptLibrary::transaction) and start one when none is.
inline const QString beginEmbeddingBatch = QStringLiteral("SAVEPOINT embedding_batch");
inline const QString commitEmbeddingBatch = QStringLiteral("RELEASE embedding_batch");
inline const QString rollbackEmbeddingBatch = QStringLiteral("ROLLBACK TO embedding_batch");

} // namespace st::sql
