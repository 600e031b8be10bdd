#pragma once

#include "core/tts/AudioEncodeError.h"
#include "core/tts/AudioEncoder.h"
#include "core/tts/AudioFormat.h"
#include "core/tts/AudioMetadata.h"

#include <QObject>
#include <memory>

class QTemporaryDir;

namespace st {

class WavWriter;

/// The last step of an audio export (SessionAudioExporter): from the WAV written, the files
/// put in place at BASE.*, all of them or none (ExportedFiles).
///
/// - WAV: the WAV at BASE.wav, its cue sheet BASE.cue (CueSheet) and the transcript BASE.md.
/// - MP3 and Opus: the WAV goes to a temporary folder, AudioEncoder makes the MP3 or Opus
///   file there, and it is copied to BASE.mp3 / BASE.opus (an MP3 with our Id3Tag before
///   lame's audio) beside the transcript BASE.md. The temporary folder goes with cancel(),
///   the end, or the object.
///
/// finish() ends with exactly one of finished() or failed(): at once for WAV, after the
/// encoder for the others. Nothing follows cancel().
class ExportAssembler : public QObject
{
    Q_OBJECT
public:
    explicit ExportAssembler(QObject* parent = nullptr);
    ~ExportAssembler() override;

    void setEncoderProgram(AudioFormat format, const QString& program);
    AudioEncodeError check(AudioFormat format) const { return m_encoder.check(format); }

    /// Makes ready an export in \a format to \a base (the path without extension); false
    /// when the temporary folder cannot be made (errorString()).
    bool prepare(AudioFormat format, const QString& base);
    /// Where the WAV is to be written: BASE.wav, or in the temporary folder.
    QString wavPath() const;
    /// Puts the files in place from \a wav (written, not committed), \a transcript and
    /// \a metadata.
    void finish(std::unique_ptr<WavWriter> wav, const QString& transcript,
                const AudioMetadata& metadata);
    void cancel();
    bool isEncoding() const { return m_encoder.isRunning(); }
    QString errorString() const { return m_error; }
    /// Why the encoder failed, when it did (Kind::None otherwise).
    AudioEncodeError encodeError() const { return m_encodeError; }

Q_SIGNALS:
    /// The encoder has made its file (MP3 and Opus); copying it in place follows.
    void encoded();
    void finished(const QString& audioPath, const QString& markdownPath);
    void failed(const QString& message);

private:
    void onEncoded(const QString& encodedPath);
    void fail(const QString& message);
    QString markdownPath() const;

    AudioEncoder m_encoder;
    AudioFormat m_format = AudioFormat::Wav;
    QString m_base;
    std::unique_ptr<QTemporaryDir> m_temp;
    QString m_transcript;
    AudioMetadata m_metadata;
    QString m_error;
    AudioEncodeError m_encodeError;
};

} // namespace st
