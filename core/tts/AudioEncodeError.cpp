#include "core/tts/AudioEncodeError.h"

namespace st {

QString AudioEncodeError::package() const
{
    return audio_format::encoderPackage(format);
}

QString AudioEncodeError::message() const
{
    const QString formatName = audio_format::name(format).toUpper();
    switch (kind) {
    case Kind::EncoderMissing:
        return tr("Exporting %1 needs the program %2, which is not installed. Install the "
                  "package %3 (for example: sudo apt install %3), or export as WAV.")
            .arg(formatName, program, package());
    case Kind::EncoderFailed:
        return detail.isEmpty()
                   ? tr("%1 could not encode the audio as %2.").arg(program, formatName)
                   : tr("%1 could not encode the audio as %2: %3").arg(program, formatName, detail);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace st
