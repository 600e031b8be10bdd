#pragma once

#include "core/tts/AudioMetadata.h"

#include <QString>

namespace st {

/// The cue sheet written beside an exported WAV (NAME.cue next to NAME.wav): players and
/// editors that read cue sheets show the chapters as tracks of the one file.
///
///     TITLE "…"                 the session
///     PERFORMER "Storyteller"
///     FILE "NAME.wav" WAVE
///       TRACK 01 AUDIO          one track per chapter
///         TITLE "…"
///         INDEX 01 mm:ss:ff     its start: minutes, seconds, frames of 1/75 s
///
/// UTF-8 text, "\n" line ends. Double quotes inside a title become typographic ones (a cue
/// sheet has no escape); line breaks become spaces. At most 99 tracks (the format's limit):
/// more chapters are dropped.
class CueSheet
{
public:
    static constexpr int kMaxTracks = 99;

    /// The sheet for \a wavFileName (a file name, no folder) and \a metadata's chapters.
    static QString text(const QString& wavFileName, const AudioMetadata& metadata);
    /// \a ms as mm:ss:ff (minutes may pass 99), frames rounded down.
    static QString time(qint64 ms);
};

} // namespace st
