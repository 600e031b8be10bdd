#pragma once

#include "core/tts/AudioFormat.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace st {

/// The questions around exporting a session's audio (the Chat page's Export audio…): where,
/// in which format, and whether files in the way may be replaced. The export itself is
/// SessionAudioExporter's.
class AudioExportDialog
{
    Q_DECLARE_TR_FUNCTIONS(st::AudioExportDialog)

public:
    struct Choice
    {
        QString path;
        AudioFormat format = AudioFormat::Wav;
    };

    /// A save dialog with a filter per format (WAV, MP3, Opus), in \a folder, offering the
    /// name of session \a sessionName: an extension typed decides the format, else the filter
    /// chosen. nullopt when cancelled (or the audio file is there and may not be replaced).
    static std::optional<Choice> ask(QWidget* parent, const QString& sessionName,
                                     const QString& folder);
    /// Whether the files beside the audio (the transcript, a WAV's cue sheet) may be
    /// replaced when they are there: true without asking when none is, nullopt when the
    /// user says no.
    static std::optional<bool> replaceBeside(QWidget* parent, const QString& sessionName,
                                             const QString& outputPath, AudioFormat format);
};

} // namespace st
