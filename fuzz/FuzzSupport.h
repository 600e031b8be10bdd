// What every fuzz target shares: the input as a QByteArray, a quiet Qt (core logs a warning
// for much bad input, and printing it would slow the fuzzer tenfold), and a deterministic way
// to cut the input into pieces for the incremental parsers.
//
// The same sources are compiled into the replay tests (tests/fuzz/), with gcc and no
// libFuzzer: they call LLVMFuzzerInitialize and LLVMFuzzerTestOneInput themselves.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QtGlobal>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace st::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A QCoreApplication (some of core asks for one) and no log output below fatal.
inline void initQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) // Qt aborts when this returns: a finding
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
    });
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "storyteller-fuzz";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv); // lives for the whole run
    }
}

// FNV-1a of the input: picks piece sizes and options without taking bytes from the input,
// so the seed corpora stay plain files.
inline quint32 hashOf(const QByteArray& input)
{
    quint32 h = 2166136261u;
    for (const char c : input)
        h = (h ^ quint8(c)) * 16777619u;
    return h;
}

// Calls feed(piece) over the input cut into pieces: one piece for a quarter of the inputs,
// else pieces of 1 to 64 bytes chosen from the hash (so a character, a CRLF or a field
// name is split at every place over the corpus).
template <typename Feed> void inPieces(const QByteArray& input, Feed&& feed)
{
    quint32 x = hashOf(input);
    if (x % 4 == 0) {
        feed(input);
        return;
    }
    const qsizetype maxPiece = (x % 3 == 0) ? 1 : 64;
    qsizetype from = 0;
    while (from < input.size()) {
        x = x * 1103515245u + 12345u;
        const qsizetype length =
            qMin<qsizetype>(1 + qsizetype((x >> 16) % maxPiece), input.size() - from);
        feed(input.mid(from, length));
        from += length;
    }
}

} // namespace st::fuzz

#define ST_FUZZ_INIT_QT()                                                                          \
    extern "C" int LLVMFuzzerInitialize(int*, char***)                                             \
    {                                                                                              \
        st::fuzz::initQt();                                                                        \
        return 0;                                                                                  \
    }
