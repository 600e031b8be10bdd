#include "core/library/EmbeddingIndexer.h"

#include "core/library/EmbeddingStore.h"
#include "core/library/LibraryLog.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/script/Script.h"

#include <algorithm>

namespace st {
namespace {

/// \a text cut to at most \a length code units, never inside a surrogate pair.
QString cut(const QString& text, int length)
{
    if (text.size() <= length)
        return text;
    if (length > 0 && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

LlmError malformed(const QString& detail)
{
    LlmError error;
    error.kind = LlmError::Kind::MalformedStream;
    error.serverMessage = detail;
    return error;
}

} // namespace

EmbeddingIndexer::EmbeddingIndexer(const ScriptLibrary& library, EmbeddingStore& store,
                                   QObject* parent)
    : QObject(parent), m_library(library), m_store(store)
{}

QString EmbeddingIndexer::textFor(const Script& script)
{
    QStringList chapters;
    for (const Script::Section& section : script.tellableChapters()) {
        const QString heading = section.heading.trimmed();
        const QString content = section.content.trimmed();
        chapters << (heading.isEmpty() ? content : heading + u'\n' + content);
    }
    QStringList parts{script.title.trimmed(), script.summary.trimmed(),
                      script.keywords.join(QStringLiteral(", ")).trimmed(),
                      cut(chapters.join(u'\n'), kSectionChars).trimmed()};
    parts.removeAll(QString());
    return parts.join(u'\n');
}

void EmbeddingIndexer::run(ModelClient& client, const QString& model)
{
    if (m_running) {
        qCWarning(lcLibrary) << "embedding run for" << model << "ignored: one is running";
        return;
    }
    if (model.trimmed().isEmpty()) {
        qCDebug(lcLibrary) << "no embedding model: nothing to embed";
        Q_EMIT finished(0);
        return;
    }
    m_model = model;
    m_pending = m_store.missing(model);
    m_next = 0;
    m_embedded = 0;
    m_dim = 0;
    ++m_generation;
    if (m_pending.isEmpty()) {
        Q_EMIT finished(0);
        return;
    }
    m_running = true;
    m_client = &client;
    m_clientGone = connect(&client, &QObject::destroyed, this, [this] {
        LlmError error;
        error.kind = LlmError::Kind::Cancelled;
        fail(error);
    });
    Q_EMIT progress(0, static_cast<int>(m_pending.size()));
    nextBatch();
}

void EmbeddingIndexer::cancel()
{
    if (!m_running)
        return;
    qCDebug(lcLibrary) << "embedding run cancelled after" << m_embedded;
    stop();
}

void EmbeddingIndexer::stop()
{
    m_running = false;
    ++m_generation; // any answer still on its way is dropped
    disconnect(m_clientGone);
    m_client.clear();
}

void EmbeddingIndexer::fail(const LlmError& error)
{
    if (!m_running)
        return;
    qCWarning(lcLibrary) << "embedding with" << m_model
                         << "failed:" << LlmError::kindName(error.kind) << error.serverMessage;
    stop();
    Q_EMIT failed(error);
}

void EmbeddingIndexer::nextBatch()
{
    if (!m_running) // a slot connected to progress cancelled
        return;
    const int total = static_cast<int>(m_pending.size());
    QVector<qint64> ids;
    QStringList texts;
    while (ids.isEmpty()) {
        if (m_next >= total) {
            stop();
            Q_EMIT finished(m_embedded);
            return;
        }
        const int end = std::min(m_next + kBatchSize, total);
        for (; m_next < end; ++m_next) {
            const qint64 id = m_pending.at(m_next);
            if (const auto script = m_library.script(id)) { // deleted meanwhile: skipped
                ids.append(id);
                texts.append(textFor(*script));
            }
        }
        if (ids.isEmpty()) {
            Q_EMIT progress(m_next, total);
            if (!m_running) // a slot connected to progress cancelled
                return;
        }
    }
    m_client->embed(texts, [self = QPointer<EmbeddingIndexer>(this), generation = m_generation,
                            ids](const QVector<QVector<float>>& vectors, const LlmError& error) {
        if (self && self->m_running && self->m_generation == generation)
            self->onBatch(ids, vectors, error);
    });
}

void EmbeddingIndexer::onBatch(const QVector<qint64>& ids, const QVector<QVector<float>>& vectors,
                               const LlmError& error)
{
    if (error.isError()) {
        fail(error);
        return;
    }
    if (vectors.size() != ids.size()) {
        fail(malformed(
            QStringLiteral("%1 embeddings for %2 texts").arg(vectors.size()).arg(ids.size())));
        return;
    }
    QVector<EmbeddingStore::Row> rows;
    rows.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QVector<float>& v = vectors.at(i);
        if (m_dim == 0)
            m_dim = static_cast<int>(v.size());
        if (!EmbeddingStore::isStorable(v) || v.size() != m_dim) {
            fail(malformed(QStringLiteral("embedding %1 has %2 values (expected %3, all finite)")
                               .arg(i)
                               .arg(v.size())
                               .arg(m_dim)));
            return;
        }
        rows.append({ids.at(i), v});
    }
    const int written = m_store.putAll(m_model, rows);
    if (written < 0) {
        const QString detail = m_store.lastError();
        stop();
        Q_EMIT storageFailed(detail);
        return;
    }
    m_embedded += written;
    Q_EMIT progress(m_next, static_cast<int>(m_pending.size()));
    if (m_running) // a slot connected to progress may have cancelled
        nextBatch();
}

} // namespace st
