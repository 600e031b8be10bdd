#pragma once

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>
#include <vector>

namespace st {

class EmbeddingStore;

/// The embeddings of one model in memory, for nearest-neighbour search by cosine
/// similarity. Vectors are kept L2-normalized, row after row in one contiguous array, so a
/// search is one pass of dot products (SSE2 on x86-64, four lanes by four accumulators)
/// and a partial sort of the best k.
///
/// Dimension: the first vector accepted by an empty index sets it; a vector of any other
/// dimension is rejected (upsert() returns false, load() skips it with a warning), as are
/// empty, zero and non-finite vectors. A query of another dimension finds nothing. The
/// dimension is free again once the index is empty (clear(), or removing every vector).
///
/// Memory: 4 bytes per value, e.g. 61 MB for 10,000 vectors of 1,536 dimensions.
class EmbeddingIndex
{
public:
    using Hit = QPair<qint64, float>;

    /// Replaces the contents with the vectors of \a model in \a store.
    void load(const EmbeddingStore& store, const QString& model);
    /// Adds or replaces the vector of \a id; false when it is rejected (see above).
    bool upsert(qint64 id, QVector<float> vector);
    /// Removes the vector of \a id, if any.
    void remove(qint64 id);
    void clear();

    /// The (at most) \a k ids most similar to \a query by cosine similarity, best first,
    /// with their similarity in [-1, 1]. Equal similarities go by lower id first. With
    /// \a allowed, only ids in it are considered.
    QVector<Hit> topK(const QVector<float>& query, int k,
                      const QSet<qint64>* allowed = nullptr) const;

    int size() const { return static_cast<int>(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    /// 0 while empty.
    int dimension() const { return m_dim; }
    bool contains(qint64 id) const { return m_rows.contains(id); }

    /// \a vector scaled to unit length; false (and \a vector untouched) when it is zero or
    /// not finite.
    static bool normalize(QVector<float>& vector);
    /// The dot product of \a n floats at \a a and \a b.
    static float dot(const float* a, const float* b, int n);

private:
    const float* row(int index) const { return m_data.data() + std::size_t(index) * m_dim; }

    int m_dim = 0;
    std::vector<float> m_data; // size() × m_dim, row-major
    std::vector<qint64> m_ids; // the id of each row
    QHash<qint64, int> m_rows; // id → row
};

} // namespace st
