#include "core/tts/TtsLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcTts, "storyteller.tts", QtWarningMsg)
} // namespace st
