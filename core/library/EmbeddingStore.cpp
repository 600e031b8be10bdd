#include "core/library/EmbeddingStore.h"

#include "core/library/EmbeddingSql.h"
#include "core/library/LibraryLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <cmath>
#include <cstring>

namespace st {
namespace {

constexpr qsizetype kFloatSize = 4;
static_assert(sizeof(float) == kFloatSize, "float32 is assumed");

/// The vector of a row (dim, vector) as read by a query at \a dimColumn, or nullopt with a
/// warning when the BLOB does not hold `dim` floats.
std::optional<QVector<float>> readVector(const QSqlQuery& q, int dimColumn, qint64 scriptId)
{
    const int dim = q.value(dimColumn).toInt();
    auto vector = EmbeddingStore::decode(q.value(dimColumn + 1).toByteArray());
    if (!vector || vector->size() != dim || dim <= 0) {
        qCWarning(lcLibrary) << "ignoring a damaged embedding of script" << scriptId << "(dim"
                             << dim << ")";
        return std::nullopt;
    }
    return vector;
}

} // namespace

EmbeddingStore::EmbeddingStore(QSqlDatabase db, Clock clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{}

QByteArray EmbeddingStore::encode(const QVector<float>& vector)
{
    QByteArray bytes(vector.size() * kFloatSize, Qt::Uninitialized);
    char* out = bytes.data();
    for (float value : vector) {
        quint32 bits = 0;
        std::memcpy(&bits, &value, kFloatSize);
        qToLittleEndian(bits, out);
        out += kFloatSize;
    }
    return bytes;
}

std::optional<QVector<float>> EmbeddingStore::decode(const QByteArray& bytes)
{
    if (bytes.size() % kFloatSize != 0)
        return std::nullopt;
    QVector<float> vector(bytes.size() / kFloatSize);
    const char* in = bytes.constData();
    for (float& value : vector) {
        const quint32 bits = qFromLittleEndian<quint32>(in);
        std::memcpy(&value, &bits, kFloatSize);
        in += kFloatSize;
    }
    return vector;
}

bool EmbeddingStore::isStorable(const QVector<float>& vector)
{
    if (vector.isEmpty())
        return false;
    for (float value : vector) {
        if (!std::isfinite(value))
            return false;
    }
    return true;
}

bool EmbeddingStore::write(qint64 scriptId, const QString& model, const QVector<float>& vector,
                           bool* written)
{
    if (model.isEmpty() || !isStorable(vector)) {
        m_lastError =
            QStringLiteral("refused an empty or non-finite embedding of script %1").arg(scriptId);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(sql::upsertEmbedding);
    q.bindValue(QStringLiteral(":script_id"), scriptId);
    q.bindValue(QStringLiteral(":model"), model);
    q.bindValue(QStringLiteral(":dim"), static_cast<int>(vector.size()));
    q.bindValue(QStringLiteral(":vector"), encode(vector));
    q.bindValue(QStringLiteral(":now"), m_clock());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    *written = q.numRowsAffected() > 0;
    return true;
}

bool EmbeddingStore::exec(const QString& statement)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    m_lastError = q.lastError().text();
    return false;
}

bool EmbeddingStore::put(qint64 scriptId, const QString& model, const QVector<float>& vector)
{
    bool written = false;
    if (!write(scriptId, model, vector, &written)) {
        qCWarning(lcLibrary) << "cannot store the embedding of script" << scriptId << m_lastError;
        return false;
    }
    if (!written)
        m_lastError = QStringLiteral("there is no script %1").arg(scriptId);
    return written;
}

int EmbeddingStore::putAll(const QString& model, const QVector<Row>& rows)
{
    if (!exec(sql::beginEmbeddingBatch)) {
        qCWarning(lcLibrary) << "cannot begin an embedding batch" << m_lastError;
        return -1;
    }
    int count = 0;
    for (const Row& row : rows) {
        bool written = false;
        if (!write(row.first, model, row.second, &written)) {
            const QString error = m_lastError;
            qCWarning(lcLibrary) << "embedding batch rolled back:" << error;
            exec(sql::rollbackEmbeddingBatch);
            exec(sql::commitEmbeddingBatch); // a rolled-back savepoint is still open
            m_lastError = error;
            return -1;
        }
        count += written ? 1 : 0;
    }
    if (!exec(sql::commitEmbeddingBatch)) {
        const QString error = m_lastError;
        exec(sql::rollbackEmbeddingBatch);
        exec(sql::commitEmbeddingBatch);
        m_lastError = error;
        return -1;
    }
    return count;
}

std::optional<QVector<float>> EmbeddingStore::get(qint64 scriptId, const QString& model) const
{
    QSqlQuery q(m_db);
    q.prepare(sql::selectEmbedding);
    q.bindValue(QStringLiteral(":script_id"), scriptId);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readVector(q, 0, scriptId);
}

QVector<EmbeddingStore::Row> EmbeddingStore::all(const QString& model) const
{
    QVector<Row> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::selectModelEmbeddings);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (auto vector = readVector(q, 1, id))
            rows.append({id, std::move(*vector)});
    }
    return rows;
}

QVector<qint64> EmbeddingStore::missing(const QString& model) const
{
    QVector<qint64> ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::selectScriptsWithoutEmbedding);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int EmbeddingStore::remove(const QString& model)
{
    QSqlQuery q(m_db);
    q.prepare(sql::deleteModelEmbeddings);
    q.bindValue(QStringLiteral(":model"), model);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace st
