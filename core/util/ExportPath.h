#pragma once

#include <QString>

namespace st {

/// Where an export goes: a file name made from a session's name, and the path (without
/// extension) the exported files share.
class ExportPath
{
public:
    /// \a name as a file name on any system: path separators, reserved and control
    /// characters become "_", no leading or trailing dots and spaces, at most 80
    /// characters; "session" when nothing is left.
    static QString safeFileName(const QString& name);
    /// The absolute path, without extension, for \a outputPath: an existing folder (or
    /// empty: the current folder) gives the folder + safeFileName(\a sessionName); anything
    /// else is a file path, whose ".wav", ".mp3", ".opus", ".cue" or ".md" is dropped.
    static QString base(const QString& sessionName, const QString& outputPath);
    /// The absolute path of one exported file: an existing folder (or empty: the current
    /// folder) gives the folder + safeFileName(\a sessionName) + "." + \a extension; anything
    /// else is the file's own path, with "." + \a extension added when it has no suffix.
    static QString file(const QString& sessionName, const QString& outputPath,
                        const QString& extension);
};

} // namespace st
