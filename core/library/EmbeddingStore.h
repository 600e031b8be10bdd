#pragma once

#include "core/util/Clock.h"

#include <QByteArray>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace st {

/// The stored embeddings of the scripts (table script_embeddings): one vector per script
/// and embedding model, as a BLOB of little-endian float32 values whatever the host's byte
/// order, with its dimension beside it. Rows go with their script (ON DELETE CASCADE).
///
/// A vector that is empty or holds a NaN or an infinity is refused. A stored row whose
/// BLOB does not hold `dim` floats is reported (warning) and read as absent.
class EmbeddingStore
{
public:
    using Row = QPair<qint64, QVector<float>>;

    explicit EmbeddingStore(QSqlDatabase db, Clock clock = systemClock());

    /// Inserts or replaces the vector of \a scriptId for \a model. False when the vector is
    /// refused, the script does not exist, or SQLite fails (see lastError()).
    bool put(qint64 scriptId, const QString& model, const QVector<float>& vector);
    /// Writes \a rows for \a model all or nothing (a savepoint, so it also works inside an
    /// open transaction). Rows of scripts that no longer exist are skipped. Returns how many
    /// were written, or -1 when nothing was (a refused vector or an SQLite error).
    int putAll(const QString& model, const QVector<Row>& rows);

    std::optional<QVector<float>> get(qint64 scriptId, const QString& model) const;
    /// Every vector of \a model, by script id ascending.
    QVector<Row> all(const QString& model) const;
    /// The scripts with no vector for \a model, by id ascending.
    QVector<qint64> missing(const QString& model) const;
    /// Deletes every vector of \a model; returns how many (-1 on an SQLite error).
    int remove(const QString& model);

    QString lastError() const { return m_lastError; }

    /// \a vector as little-endian float32 bytes (4 per value).
    static QByteArray encode(const QVector<float>& vector);
    /// The floats of \a bytes (little-endian float32); nullopt when the size is not a
    /// multiple of 4.
    static std::optional<QVector<float>> decode(const QByteArray& bytes);
    /// Not empty, and every value finite.
    static bool isStorable(const QVector<float>& vector);

private:
    bool write(qint64 scriptId, const QString& model, const QVector<float>& vector, bool* written);
    bool exec(const QString& statement);

    QSqlDatabase m_db;
    Clock m_clock;
    mutable QString m_lastError;
};

} // namespace st
