#pragma once

#include "core/tts/AudioChapter.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace st {

/// What an exported audio file says about itself: the tags of an MP3 (Id3Tag) and of an
/// Opus file (EncoderArguments), and the cue sheet beside a WAV (CueSheet).
struct AudioMetadata
{
    QString title; // the session's name
    QString album; // the story's title (empty: none)
    QString artist = QStringLiteral("Storyteller");
    QString language; // the story's language: en, ko, ja, es
    QVector<AudioChapter> chapters;
    QByteArray cover; // a PNG (empty: none)

    /// The app's icon as a 512×512 PNG (":/cover/storyteller.png", made from
    /// packaging/icons/storyteller.svg), the cover of every export.
    static QByteArray appCover();
    /// \a language (ISO 639-1: en, ko, ja, es) as ISO 639-2 ("eng", "kor", "jpn", "spa"),
    /// what ID3's TLAN wants; "und" (undetermined) for anything else.
    static QString iso639_2(const QString& language);
};

} // namespace st
