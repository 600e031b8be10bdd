// SentenceSplitter and SpeechText (core/tts): a model's streamed reply cut into sentences
// for the voice, each made speakable. The text arrives in pieces as deltas do; the hash of
// the input picks the longest sentence the splitter may hold.
#include "core/tts/SentenceSplitter.h"
#include "core/tts/SpeechText.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = st::fuzz::bytes(data, size);
    static const int maxChars[] = {4096, 300, 40, 8};
    st::SentenceSplitter splitter(maxChars[st::fuzz::hashOf(input) % 4]);
    QStringList sentences;
    st::fuzz::inPieces(input, [&](const QByteArray& piece) {
        sentences += splitter.feed(QString::fromUtf8(piece)); // a split character decodes as U+FFFD
    });
    sentences += splitter.finish();
    for (const QString& sentence : std::as_const(sentences)) {
        if (st::SpeechText::isSpeakable(sentence))
            st::SpeechText::forSpeech(sentence);
    }
    st::SpeechText::forSpeech(QString::fromUtf8(input));
    return 0;
}
