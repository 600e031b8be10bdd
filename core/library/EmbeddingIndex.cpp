#include "core/library/EmbeddingIndex.h"

#include "core/library/EmbeddingStore.h"
#include "core/library/LibraryLog.h"

#include <algorithm>
#include <cmath>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define ST_EMBEDDING_SSE2 1
#endif

namespace st {
namespace {

struct Candidate
{
    float score;
    qint64 id;
};

/// Higher similarity first, then lower id: a strict order, so results are deterministic
/// whatever the order of the rows (remove() moves the last row).
bool better(const Candidate& a, const Candidate& b)
{
    return a.score > b.score || (a.score == b.score && a.id < b.id);
}

/// The best k candidates offered, kept in a heap whose top is the worst of them.
class BestK
{
public:
    explicit BestK(int k) : m_k(static_cast<std::size_t>(k)) { m_heap.reserve(m_k); }

    void offer(float score, qint64 id)
    {
        const Candidate c{score, id};
        if (m_heap.size() < m_k) {
            m_heap.push_back(c);
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        } else if (better(c, m_heap.front())) {
            std::pop_heap(m_heap.begin(), m_heap.end(), better);
            m_heap.back() = c;
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        }
    }

    QVector<EmbeddingIndex::Hit> take()
    {
        std::sort_heap(m_heap.begin(), m_heap.end(), better);
        QVector<EmbeddingIndex::Hit> hits;
        hits.reserve(static_cast<qsizetype>(m_heap.size()));
        for (const Candidate& c : m_heap)
            hits.append({c.id, c.score});
        return hits;
    }

private:
    std::size_t m_k;
    std::vector<Candidate> m_heap;
};

} // namespace

float EmbeddingIndex::dot(const float* a, const float* b, int n)
{
    int i = 0;
#ifdef ST_EMBEDDING_SSE2
    // Four independent accumulators hide the latency of the additions.
    __m128 s0 = _mm_setzero_ps(), s1 = _mm_setzero_ps();
    __m128 s2 = _mm_setzero_ps(), s3 = _mm_setzero_ps();
    for (; i + 16 <= n; i += 16) {
        s0 = _mm_add_ps(s0, _mm_mul_ps(_mm_loadu_ps(a + i), _mm_loadu_ps(b + i)));
        s1 = _mm_add_ps(s1, _mm_mul_ps(_mm_loadu_ps(a + i + 4), _mm_loadu_ps(b + i + 4)));
        s2 = _mm_add_ps(s2, _mm_mul_ps(_mm_loadu_ps(a + i + 8), _mm_loadu_ps(b + i + 8)));
        s3 = _mm_add_ps(s3, _mm_mul_ps(_mm_loadu_ps(a + i + 12), _mm_loadu_ps(b + i + 12)));
    }
    alignas(16) float lanes[4];
    _mm_store_ps(lanes, _mm_add_ps(_mm_add_ps(s0, s1), _mm_add_ps(s2, s3)));
    float sum = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
#else
    float s[8] = {};
    for (; i + 8 <= n; i += 8) {
        for (int j = 0; j < 8; ++j)
            s[j] += a[i + j] * b[i + j];
    }
    float sum = ((s[0] + s[1]) + (s[2] + s[3])) + ((s[4] + s[5]) + (s[6] + s[7]));
#endif
    for (; i < n; ++i)
        sum += a[i] * b[i];
    return sum;
}

bool EmbeddingIndex::normalize(QVector<float>& vector)
{
    double squares = 0.0;
    for (float x : vector)
        squares += double(x) * double(x);
    const double norm = std::sqrt(squares);
    if (!(norm > 0.0) || !std::isfinite(norm))
        return false;
    for (float& x : vector)
        x = static_cast<float>(x / norm);
    return true;
}

void EmbeddingIndex::clear()
{
    m_dim = 0;
    m_data.clear();
    m_data.shrink_to_fit();
    m_ids.clear();
    m_rows.clear();
}

void EmbeddingIndex::load(const EmbeddingStore& store, const QString& model)
{
    clear();
    const QVector<EmbeddingStore::Row> rows = store.all(model);
    if (!rows.isEmpty()) {
        m_data.reserve(std::size_t(rows.size()) * std::size_t(rows.first().second.size()));
        m_ids.reserve(std::size_t(rows.size()));
        m_rows.reserve(rows.size());
    }
    int rejected = 0;
    for (const EmbeddingStore::Row& r : rows)
        rejected += upsert(r.first, r.second) ? 0 : 1;
    if (rejected > 0) {
        qCWarning(lcLibrary) << "embedding index of" << model << "skipped" << rejected
                             << "vectors that are not of dimension" << m_dim;
    }
}

bool EmbeddingIndex::upsert(qint64 id, QVector<float> vector)
{
    if (vector.isEmpty() || (m_dim != 0 && vector.size() != m_dim) || !normalize(vector))
        return false;
    if (isEmpty())
        m_dim = static_cast<int>(vector.size());
    const auto found = m_rows.constFind(id);
    if (found != m_rows.constEnd()) {
        std::copy(vector.cbegin(), vector.cend(), m_data.begin() + std::ptrdiff_t(*found) * m_dim);
        return true;
    }
    m_rows.insert(id, size());
    m_ids.push_back(id);
    m_data.insert(m_data.end(), vector.cbegin(), vector.cend());
    return true;
}

void EmbeddingIndex::remove(qint64 id)
{
    const auto found = m_rows.constFind(id);
    if (found == m_rows.constEnd())
        return;
    const int index = *found;
    const int last = size() - 1;
    m_rows.erase(found);
    if (index != last) { // the last row fills the hole
        std::copy_n(row(last), m_dim, m_data.begin() + std::ptrdiff_t(index) * m_dim);
        m_ids[std::size_t(index)] = m_ids[std::size_t(last)];
        m_rows[m_ids[std::size_t(index)]] = index;
    }
    m_ids.pop_back();
    m_data.resize(std::size_t(last) * std::size_t(m_dim));
    if (isEmpty())
        m_dim = 0;
}

QVector<EmbeddingIndex::Hit> EmbeddingIndex::topK(const QVector<float>& query, int k,
                                                  const QSet<qint64>* allowed) const
{
    QVector<float> q = query;
    if (k <= 0 || isEmpty() || q.size() != m_dim || !normalize(q))
        return {};
    BestK best(std::min(k, size()));
    if (allowed && allowed->size() < size()) {
        for (qint64 id : *allowed) { // fewer allowed ids than rows: look them up
            const auto found = m_rows.constFind(id);
            if (found != m_rows.constEnd())
                best.offer(dot(q.constData(), row(*found), m_dim), id);
        }
    } else {
        const int n = size();
        for (int i = 0; i < n; ++i) {
            const qint64 id = m_ids[std::size_t(i)];
            if (!allowed || allowed->contains(id))
                best.offer(dot(q.constData(), row(i), m_dim), id);
        }
    }
    return best.take();
}

} // namespace st
