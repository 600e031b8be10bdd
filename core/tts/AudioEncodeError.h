#pragma once

#include "core/tts/AudioFormat.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace st {

/// Why an exported file could not be encoded as MP3 or Opus (AudioEncoder). message() is
/// for the user: what went wrong and what to do (for a missing encoder, the Debian package
/// to install).
struct AudioEncodeError
{
    Q_DECLARE_TR_FUNCTIONS(st::AudioEncodeError)

public:
    enum class Kind
    {
        None,
        EncoderMissing, // the program is not installed (or cannot start)
        EncoderFailed,  // it exited with an error, crashed or wrote nothing
    };

    Kind kind = Kind::None;
    AudioFormat format = AudioFormat::Wav;
    QString program; // as it was looked for: "lame", or the path set
    QString detail;  // the program's last words on stderr, or what happened

    bool isError() const { return kind != Kind::None; }
    /// The Debian package with the encoder: audio_format::encoderPackage(format).
    QString package() const;
    QString message() const;
};

} // namespace st

Q_DECLARE_METATYPE(st::AudioEncodeError)
