#pragma once

#include <QString>

namespace st {

/// One chapter mark of an exported audio file: its title and where it starts and ends, in
/// milliseconds from the start of the audio.
struct AudioChapter
{
    QString title;
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool operator==(const AudioChapter& other) const
    {
        return title == other.title && startMs == other.startMs && endMs == other.endMs;
    }
};

} // namespace st
