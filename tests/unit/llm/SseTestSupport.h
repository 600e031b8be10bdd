#pragma once

// Helpers shared by the SSE parser tests: printing events, and running a parser over a
// stream cut into given pieces.

#include "core/llm/SseParser.h"
#include "support/QtPrinters.h"

#include <QByteArray>
#include <QVector>
#include <ostream>
#include <random>
#include <string>

namespace st {

inline void PrintTo(const SseEvent& event, std::ostream* os)
{
    *os << "{type \"" << event.type.toStdString() << "\", data \"" << event.data.toStdString()
        << "\", id \"" << event.id.toStdString() << "\"}";
}

namespace sse_test {

/// What a parser made of a whole stream.
struct Outcome
{
    QVector<SseEvent> events;
    int retryMs = -1;
    QString lastEventId;
};

inline Outcome parseChunks(const QVector<QByteArray>& chunks, const QString& initialId = {})
{
    SseParser parser(initialId);
    Outcome outcome;
    for (const QByteArray& chunk : chunks)
        outcome.events += parser.feed(chunk);
    outcome.events += parser.finish();
    outcome.retryMs = parser.retryMs();
    outcome.lastEventId = parser.lastEventId();
    return outcome;
}

inline QVector<QByteArray> oneByteAtATime(const QByteArray& bytes)
{
    QVector<QByteArray> chunks;
    for (const char c : bytes)
        chunks.append(QByteArray(1, c));
    return chunks;
}

/// \a bytes cut at random places, empty pieces included; the pieces' sizes vary from a
/// byte to the whole stream.
inline QVector<QByteArray> randomChunks(const QByteArray& bytes, std::mt19937& rng)
{
    const qsizetype limits[] = {1, 2, 3, 5, 16, 64, bytes.size() + 1};
    const qsizetype maxSize = limits[std::uniform_int_distribution<int>(0, 6)(rng)];
    std::uniform_int_distribution<qsizetype> size(0, maxSize);
    QVector<QByteArray> chunks;
    for (qsizetype pos = 0; pos < bytes.size();) {
        const qsizetype n = size(rng);
        chunks.append(bytes.mid(pos, n));
        pos += n;
    }
    return chunks;
}

inline std::string describe(const QVector<QByteArray>& chunks)
{
    std::string sizes = "chunk sizes:";
    for (const QByteArray& chunk : chunks)
        sizes += ' ' + std::to_string(chunk.size());
    return sizes;
}

} // namespace sse_test
} // namespace st
