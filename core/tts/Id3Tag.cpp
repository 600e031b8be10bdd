#include "core/tts/Id3Tag.h"

#include <QtEndian>

namespace st {
namespace {

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

/// \a text as an ID3 text frame's body: the encoding byte, then the text (UTF-16 with a
/// byte-order mark in 2.3, UTF-8 in 2.4), not terminated.
QByteArray encodedText(const QString& text, Id3Tag::Version version)
{
    if (version == Id3Tag::Version::V24)
        return QByteArray(1, '\x03') + text.toUtf8();
    QByteArray out("\x01\xff\xfe", 3); // UTF-16, little-endian after its BOM
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xff));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

quint32 clampedMs(qint64 ms)
{
    return quint32(std::clamp<qint64>(ms, 0, 0xfffffffe));
}

} // namespace

QByteArray Id3Tag::syncsafe(quint32 value)
{
    QByteArray out(4, '\0');
    for (int i = 3; i >= 0; --i) {
        out[i] = char(value & 0x7f);
        value >>= 7;
    }
    return out;
}

qint64 Id3Tag::sizeAtStart(const QByteArray& data)
{
    if (data.size() < 10 || !data.startsWith("ID3"))
        return 0;
    qint64 size = 0;
    for (int i = 6; i < 10; ++i) {
        if (quint8(data[i]) & 0x80)
            return 0; // not syncsafe: not a tag
        size = (size << 7) | quint8(data[i]);
    }
    const bool footer = quint8(data[3]) >= 4 && (quint8(data[5]) & 0x10);
    return 10 + size + (footer ? 10 : 0);
}

QByteArray Id3Tag::frame(const char* id, const QByteArray& body, Version version) const
{
    QByteArray out(id, 4);
    out += version == Version::V24 ? syncsafe(quint32(body.size()))
                                   : bigEndian32(quint32(body.size()));
    out += QByteArray(2, '\0'); // flags
    out += body;
    return out;
}

QByteArray Id3Tag::textFrame(const char* id, const QString& text, Version version) const
{
    return frame(id, encodedText(text, version), version);
}

QByteArray Id3Tag::bytes(Version version) const
{
    const AudioMetadata& m = m_metadata;
    QByteArray frames;
    if (!m.title.isEmpty())
        frames += textFrame("TIT2", m.title, version);
    if (!m.album.isEmpty())
        frames += textFrame("TALB", m.album, version);
    if (!m.artist.isEmpty())
        frames += textFrame("TPE1", m.artist, version);
    if (!m.language.isEmpty())
        frames += textFrame("TLAN", AudioMetadata::iso639_2(m.language), version);
    if (!m.cover.isEmpty()) {
        // Latin-1 (encoding 0): the MIME type, the picture type (3: front cover), an empty
        // description, the PNG.
        QByteArray body("\x00image/png\x00\x03\x00", 13);
        body += m.cover;
        frames += frame("APIC", body, version);
    }
    const int count = std::min<int>(int(m.chapters.size()), kMaxChapters);
    if (count > 0) {
        QByteArray toc("toc\x00\x03", 5); // flags: top-level (2) and ordered (1)
        toc.append(char(count));
        for (int i = 0; i < count; ++i)
            toc += "chp" + QByteArray::number(i + 1) + '\0';
        frames += frame("CTOC", toc, version);
        for (int i = 0; i < count; ++i) {
            const AudioChapter& c = m.chapters[i];
            QByteArray chap = "chp" + QByteArray::number(i + 1) + '\0';
            chap += bigEndian32(clampedMs(c.startMs));
            chap += bigEndian32(clampedMs(c.endMs));
            chap += QByteArray(8, '\xff'); // no byte offsets
            chap += textFrame("TIT2", c.title, version);
            frames += frame("CHAP", chap, version);
        }
    }
    QByteArray out("ID3", 3);
    out.append(char(int(version)));
    out.append('\0');                        // revision
    out.append('\0');                        // flags
    out += syncsafe(quint32(frames.size())); // the size after the header
    out += frames;
    return out;
}

} // namespace st
