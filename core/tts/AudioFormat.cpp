#include "core/tts/AudioFormat.h"

#include <QFileInfo>

namespace st::audio_format {

QStringList names()
{
    return {QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("opus")};
}

QString name(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return QStringLiteral("mp3");
    case AudioFormat::Opus:
        return QStringLiteral("opus");
    case AudioFormat::Wav:
        break;
    }
    return QStringLiteral("wav");
}

std::optional<AudioFormat> fromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (const AudioFormat format : {AudioFormat::Wav, AudioFormat::Mp3, AudioFormat::Opus}) {
        if (lower == audio_format::name(format))
            return format;
    }
    return std::nullopt;
}

std::optional<AudioFormat> fromPath(const QString& path)
{
    return fromName(QFileInfo(path).suffix());
}

QString extension(AudioFormat format)
{
    return name(format);
}

QString encoderProgram(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return QStringLiteral("lame");
    case AudioFormat::Opus:
        return QStringLiteral("opusenc");
    case AudioFormat::Wav:
        break;
    }
    return {};
}

QString encoderPackage(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return QStringLiteral("lame");
    case AudioFormat::Opus:
        return QStringLiteral("opus-tools");
    case AudioFormat::Wav:
        break;
    }
    return {};
}

} // namespace st::audio_format
