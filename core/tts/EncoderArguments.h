#pragma once

#include "core/tts/AudioMetadata.h"

#include <QStringList>

namespace st {

/// The command lines AudioEncoder runs.
///
/// lame: constant 64 kbit/s (speech, mono; a constant rate lets players seek to a chapter
/// exactly), quiet, and no tag of its own (it writes one only when given tag options): the
/// export puts its own Id3Tag before the audio. Its Info frame (length, encoder delay) stays.
///
/// opusenc: 32 kbit/s tuned for speech; title, artist, album, LANGUAGE (ISO 639-2, as the
/// MP3's TLAN) and the chapters as Vorbis comments in the chapter extension's form
/// (CHAPTER001=HH:MM:SS.mmm, CHAPTER001NAME=title; numbered from 001, three digits), and
/// the cover as a METADATA_BLOCK_PICTURE (--picture).
class EncoderArguments
{
public:
    static QStringList lame(const QString& wavPath, const QString& mp3Path);
    /// \a picturePath: a PNG file to attach (empty: none).
    static QStringList opusenc(const QString& wavPath, const QString& opusPath,
                               const AudioMetadata& metadata, const QString& picturePath);
    /// \a ms as HH:MM:SS.mmm (hours may pass 99).
    static QString chapterTime(qint64 ms);
    static constexpr int kMaxOpusChapters = 999;
};

} // namespace st
