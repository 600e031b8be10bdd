#pragma once

#include <QByteArray>

namespace st {

/// A part of a FakeResponse body: FakeLlmServer waits delayMs, then writes bytes (as one
/// HTTP chunk when the response is chunked).
struct FakeBodyPiece
{
    QByteArray bytes;
    int delayMs = 0;

    bool operator==(const FakeBodyPiece& other) const
    {
        return bytes == other.bytes && delayMs == other.delayMs;
    }
};

} // namespace st
