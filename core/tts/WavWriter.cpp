#include "core/tts/WavWriter.h"

#include "core/tts/WavFile.h"

#include <QSaveFile>

namespace st {

WavWriter::WavWriter(const QString& path, int sampleRate, int channels)
    : m_path(path), m_sampleRate(sampleRate), m_channels(channels),
      m_file(std::make_unique<QSaveFile>(path))
{}

WavWriter::~WavWriter()
{
    cancel();
}

bool WavWriter::open()
{
    if (!m_file->open(QIODevice::WriteOnly))
        return false;
    const QByteArray header = wav_file::header(m_sampleRate, m_channels, 0);
    return m_file->write(header) == header.size();
}

bool WavWriter::append(const QByteArray& samples)
{
    if (m_file->write(samples) != samples.size())
        return false;
    m_dataBytes += samples.size();
    return true;
}

bool WavWriter::commit()
{
    const QByteArray header = wav_file::header(m_sampleRate, m_channels, m_dataBytes);
    return m_file->seek(0) && m_file->write(header) == header.size() && m_file->commit();
}

void WavWriter::cancel()
{
    if (m_file->isOpen())
        m_file->cancelWriting();
}

QString WavWriter::errorString() const
{
    return m_file->errorString();
}

} // namespace st
