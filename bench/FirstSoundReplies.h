#pragma once

#include <QString>

namespace st {

/// The reply first_sound_bench streams: a narrator's chapter of about 300 words in our own
/// words (the Flannan Isles lighthouse, December 1900), in English ("en") or the same
/// chapter in Japanese ("ja", kanji, kana and numbers, for the reading's cost).
QString firstSoundReply(const QString& language);

} // namespace st
