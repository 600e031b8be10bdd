#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QSaveFile;

namespace st {

/// Writes a 16-bit PCM WAV to disk as its samples come, through QSaveFile: the header's
/// sizes are set at commit(), and until then (or after cancel(), or when anything fails)
/// the file at the path is untouched.
class WavWriter
{
public:
    WavWriter(const QString& path, int sampleRate, int channels = 1);
    ~WavWriter();
    WavWriter(const WavWriter&) = delete;
    WavWriter& operator=(const WavWriter&) = delete;

    /// Opens the temporary file and writes a header; false when it cannot (errorString()).
    bool open();
    /// Appends s16le samples; false on a write error.
    bool append(const QByteArray& samples);
    /// Sets the sizes in the header and puts the file in place.
    bool commit();
    /// Drops what was written.
    void cancel();

    QString path() const { return m_path; }
    QString errorString() const;
    qint64 dataBytes() const { return m_dataBytes; }

private:
    QString m_path;
    int m_sampleRate;
    int m_channels;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_dataBytes = 0;
};

} // namespace st
