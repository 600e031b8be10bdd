#include "core/story/StoryLog.h"

namespace st {
Q_LOGGING_CATEGORY(lcStory, "storyteller.story", QtWarningMsg)
} // namespace st
