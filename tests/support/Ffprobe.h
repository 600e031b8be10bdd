#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace st {

/// What ffprobe (FFmpeg, a program independent of ours) reads in an audio file: its
/// chapters, the format's tags and the audio stream. For the export tests; they skip, saying
/// why, when ffprobe is not installed (CI installs ffmpeg: .ci/run).
struct Ffprobe
{
    struct Chapter
    {
        QString title;
        double start = 0; // seconds
        double end = 0;
    };

    bool ok = false;
    QString error; // why ok is false: ffprobe's stderr, or its JSON not read
    QVector<Chapter> chapters;
    /// The file's tags: "format" → "tags" (an MP3's ID3), with the audio stream's tags
    /// added (an Ogg file's comments), keys in lower case.
    QJsonObject tags;
    QString audioCodec;       // "mp3", "opus"
    int attachedPictures = 0; // streams with disposition attached_pic (a cover)
    double durationSeconds = 0;

    /// ffprobe in PATH, or empty.
    static QString program();
    /// Runs `ffprobe -v error -show_chapters -show_format -show_streams -print_format json`.
    static Ffprobe read(const QString& path);
};

} // namespace st
