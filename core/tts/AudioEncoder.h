#pragma once

#include "core/tts/AudioEncodeError.h"
#include "core/tts/AudioFormat.h"
#include "core/tts/AudioMetadata.h"

#include <QHash>
#include <QObject>
#include <QProcess>
#include <memory>

class QTemporaryFile;

namespace st {

/// Encodes a finished WAV as MP3 (lame) or Opus (opusenc), one program run at a time, with
/// the arguments of EncoderArguments. The programs are Debian's (lame, opus-tools), found in
/// PATH unless setProgram() names another (tests point it at a missing one).
///
/// start() returns at once; the run ends with exactly one of finished() or failed() (from
/// the event loop, never inside start()), or with nothing after cancel(). What the program
/// writes is its own file: the caller decides what to do with it (SessionAudioExporter puts
/// it in place through QSaveFile).
class AudioEncoder : public QObject
{
    Q_OBJECT
public:
    explicit AudioEncoder(QObject* parent = nullptr);
    ~AudioEncoder() override;

    /// The program that encodes \a format: a name looked up in PATH or a path.
    void setProgram(AudioFormat format, const QString& program);
    QString program(AudioFormat format) const;
    /// EncoderMissing when \a format's program cannot be found; Kind::None when it can (or
    /// the format needs none).
    AudioEncodeError check(AudioFormat format) const;

    /// Encodes \a wavPath into \a outPath as \a format, with \a metadata's tags and
    /// chapters (Opus: in the file; MP3: none, the caller adds an Id3Tag). False (and
    /// nothing happens) when a run is under way or \a format is WAV.
    bool start(AudioFormat format, const QString& wavPath, const QString& outPath,
               const AudioMetadata& metadata);
    void cancel();
    bool isRunning() const { return m_process != nullptr; }

Q_SIGNALS:
    void finished(const QString& outPath);
    void failed(const st::AudioEncodeError& error);

private:
    QString resolved(AudioFormat format) const;
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(AudioEncodeError::Kind kind, const QString& detail);
    void stop();

    QHash<int, QString> m_programs; // by AudioFormat, when set
    QProcess* m_process = nullptr;
    std::unique_ptr<QTemporaryFile> m_picture;
    AudioFormat m_format = AudioFormat::Wav;
    QString m_outPath;
};

} // namespace st
