#pragma once

#include "core/tts/AudioMetadata.h"

#include <QByteArray>

namespace st {

/// The ID3v2 tag put before an exported MP3 (lame writes none of its own): title (TIT2),
/// album (TALB, the story), artist (TPE1), language (TLAN, ISO 639-2), the cover (APIC,
/// front cover) and the chapters: a table of contents (CTOC "toc", top-level and ordered,
/// listing every chapter) and a CHAP frame per chapter ("chp1", "chp2"…: start and end in
/// ms, byte offsets unused (0xFFFFFFFF), a TIT2 sub-frame with its title).
///
/// Version 2.3 (what most players and podcast apps read): text in UTF-16 with a byte-order
/// mark, frame sizes as plain 32-bit numbers. Version 2.4: text in UTF-8, frame sizes
/// syncsafe. In both the tag's own size is syncsafe (7 bits a byte). No unsynchronisation,
/// no padding, no extended header. At most 255 chapters (the CTOC's entry count is one
/// byte); more are dropped.
class Id3Tag
{
public:
    enum class Version
    {
        V23 = 3,
        V24 = 4,
    };
    static constexpr int kMaxChapters = 255;

    explicit Id3Tag(const AudioMetadata& metadata) : m_metadata(metadata) {}

    /// The whole tag: the 10-byte header and the frames.
    QByteArray bytes(Version version = Version::V23) const;

    /// \a value in four bytes of 7 bits each, most significant first (values under 2^28).
    static QByteArray syncsafe(quint32 value);
    /// The length of the ID3v2 tag \a data begins with (header, frames and footer), 0 when
    /// it does not begin with one.
    static qint64 sizeAtStart(const QByteArray& data);

private:
    QByteArray frame(const char* id, const QByteArray& body, Version version) const;
    QByteArray textFrame(const char* id, const QString& text, Version version) const;

    AudioMetadata m_metadata;
};

} // namespace st
