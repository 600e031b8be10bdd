#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace st {

/// The file formats a session's audio is exported in (SessionAudioExporter): WAV as it is
/// written, with a cue sheet beside it; MP3 (lame) and Opus (opusenc) with their chapters in
/// the file.
enum class AudioFormat
{
    Wav,
    Mp3,
    Opus,
};

namespace audio_format {

/// "wav", "mp3", "opus": the names the command line takes.
QStringList names();
QString name(AudioFormat format);
/// \a name in any case ("MP3"); nullopt for anything else.
std::optional<AudioFormat> fromName(const QString& name);
/// The format a path's extension names (".wav", ".mp3", ".opus"); nullopt for others.
std::optional<AudioFormat> fromPath(const QString& path);
/// The file extension, without the dot: the name.
QString extension(AudioFormat format);
/// The program that encodes it ("lame", "opusenc"); empty for WAV, which needs none.
QString encoderProgram(AudioFormat format);
/// The Debian package that has encoderProgram() ("lame", "opus-tools").
QString encoderPackage(AudioFormat format);

} // namespace audio_format
} // namespace st
