// SpeechText (core/tts): a sentence of a reply made speakable (Markdown marks, links, URLs,
// tags and escapes removed) before it goes to a voice.
#include "core/tts/SpeechText.h"
#include "fuzz/FuzzSupport.h"

ST_FUZZ_INIT_QT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(st::fuzz::bytes(data, size));
    if (st::SpeechText::isSpeakable(text))
        st::SpeechText::forSpeech(text);
    return 0;
}
