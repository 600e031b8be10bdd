// Id3Tag: the bytes read back by a small parser written here from the ID3v2.3 / v2.4 and
// chapter (CHAP, CTOC) specifications, not from Id3Tag's code: the header and its syncsafe
// size, each frame's id, size and flags, the text encodings (UTF-16 with a byte-order mark
// in 2.3, UTF-8 in 2.4), the picture, the table of contents and the chapters.
#include "core/tts/Id3Tag.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

struct Frame
{
    QByteArray id;
    QByteArray body;
};

quint32 be32(const QByteArray& b, int at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16) |
           (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

/// A syncsafe integer: four bytes under 0x80, 7 bits each. -1 when a byte has its top bit.
qint64 unsyncsafe(const QByteArray& b, int at)
{
    qint64 value = 0;
    for (int i = 0; i < 4; ++i) {
        if (quint8(b[at + i]) & 0x80)
            return -1;
        value = (value << 7) | quint8(b[at + i]);
    }
    return value;
}

/// The frames in \a data (a run of frames, nothing else), sizes read as \a version says.
QVector<Frame> frames(const QByteArray& data, int version)
{
    QVector<Frame> out;
    int at = 0;
    while (at + 10 <= data.size()) {
        const QByteArray id = data.mid(at, 4);
        const qint64 size = version == 4 ? unsyncsafe(data, at + 4) : qint64(be32(data, at + 4));
        EXPECT_GE(size, 0) << id.constData();
        EXPECT_EQ(data.mid(at + 8, 2), QByteArray(2, '\0')) << "flags of " << id.constData();
        EXPECT_LE(at + 10 + size, data.size()) << id.constData();
        out.append({id, data.mid(at + 10, int(size))});
        at += 10 + int(size);
    }
    EXPECT_EQ(at, data.size()) << "bytes left after the last frame";
    return out;
}

struct Tag
{
    int version = 0;
    QVector<Frame> frames;
};

/// The tag: "ID3", version, revision 0, flags 0, syncsafe size of what follows the header.
Tag parse(const QByteArray& bytes)
{
    Tag tag;
    EXPECT_GE(bytes.size(), 10);
    EXPECT_TRUE(bytes.startsWith("ID3"));
    tag.version = quint8(bytes[3]);
    EXPECT_EQ(quint8(bytes[4]), 0);
    EXPECT_EQ(quint8(bytes[5]), 0);
    EXPECT_EQ(unsyncsafe(bytes, 6), bytes.size() - 10);
    tag.frames = frames(bytes.mid(10), tag.version);
    return tag;
}

/// A text frame's body: encoding 0 (Latin-1), 1 (UTF-16 with BOM) or 3 (UTF-8).
QString text(const QByteArray& body)
{
    const int encoding = quint8(body[0]);
    const QByteArray rest = body.mid(1);
    if (encoding == 3)
        return QString::fromUtf8(rest);
    if (encoding == 0)
        return QString::fromLatin1(rest);
    EXPECT_EQ(encoding, 1);
    EXPECT_GE(rest.size(), 2);
    const bool little = quint8(rest[0]) == 0xff && quint8(rest[1]) == 0xfe;
    const bool big = quint8(rest[0]) == 0xfe && quint8(rest[1]) == 0xff;
    EXPECT_TRUE(little || big) << "no byte-order mark";
    QString out;
    for (int i = 2; i + 1 < rest.size(); i += 2) {
        const quint8 a = quint8(rest[i]), b = quint8(rest[i + 1]);
        out.append(QChar(little ? ushort(a | (b << 8)) : ushort((a << 8) | b)));
    }
    return out;
}

const Frame* find(const QVector<Frame>& list, const char* id, int nth = 0)
{
    for (const Frame& f : list) {
        if (f.id == id && nth-- == 0)
            return &f;
    }
    return nullptr;
}

AudioMetadata sample()
{
    AudioMetadata m;
    m.title = QStringLiteral("夜の話: うつろ舟");
    m.album = QStringLiteral("常陸国のうつろ舟");
    m.language = QStringLiteral("ja");
    m.cover = QByteArray("\x89PNG\r\n\x1a\nfake", 12);
    m.chapters = {{QStringLiteral("常陸国のうつろ舟"), 0, 12'345},
                  {QStringLiteral("八犬伝の作者が残した奇談"), 12'345, 70'000},
                  {QStringLiteral("Chapter 2 😀"), 70'000, 3'723'456}};
    return m;
}

void expectTag(const Tag& tag, int version)
{
    const AudioMetadata m = sample();
    EXPECT_EQ(tag.version, version);
    QByteArrayList ids;
    for (const Frame& f : tag.frames)
        ids.append(f.id);
    EXPECT_EQ(ids, (QByteArrayList{"TIT2", "TALB", "TPE1", "TLAN", "APIC", "CTOC", "CHAP", "CHAP",
                                   "CHAP"}));
    const int encoding = version == 3 ? 1 : 3;
    for (const char* id : {"TIT2", "TALB", "TPE1", "TLAN"}) {
        const Frame* f = find(tag.frames, id);
        ASSERT_TRUE(f) << id;
        EXPECT_EQ(quint8(f->body[0]), encoding) << id;
    }
    EXPECT_EQ(text(find(tag.frames, "TIT2")->body), m.title);
    EXPECT_EQ(text(find(tag.frames, "TALB")->body), m.album);
    EXPECT_EQ(text(find(tag.frames, "TPE1")->body), QStringLiteral("Storyteller"));
    EXPECT_EQ(text(find(tag.frames, "TLAN")->body), QStringLiteral("jpn"));

    // APIC: encoding, MIME type, NUL, picture type 3 (front cover), description, NUL, data.
    const QByteArray apic = find(tag.frames, "APIC")->body;
    EXPECT_EQ(quint8(apic[0]), 0);
    const int mimeEnd = apic.indexOf('\0', 1);
    EXPECT_EQ(apic.mid(1, mimeEnd - 1), QByteArray("image/png"));
    EXPECT_EQ(quint8(apic[mimeEnd + 1]), 3);
    EXPECT_EQ(quint8(apic[mimeEnd + 2]), 0); // empty description, ended
    EXPECT_EQ(apic.mid(mimeEnd + 3), m.cover);

    // CTOC: element id, NUL, flags (top-level 2 | ordered 1), entry count, child ids.
    const QByteArray toc = find(tag.frames, "CTOC")->body;
    int at = toc.indexOf('\0');
    ASSERT_GT(at, 0);
    const QByteArray tocId = toc.left(at);
    EXPECT_FALSE(tocId.startsWith("chp"));
    EXPECT_EQ(quint8(toc[at + 1]) & 0x03, 0x03);
    const int count = quint8(toc[at + 2]);
    ASSERT_EQ(count, 3);
    at += 3;
    QByteArrayList children;
    for (int i = 0; i < count; ++i) {
        const int end = toc.indexOf('\0', at);
        ASSERT_GT(end, at);
        children.append(toc.mid(at, end - at));
        at = end + 1;
    }
    EXPECT_EQ(at, toc.size()) << "the CTOC has no sub-frames here";

    // CHAP: element id, NUL, start ms, end ms, start offset, end offset, sub-frames.
    for (int i = 0; i < 3; ++i) {
        const QByteArray chap = find(tag.frames, "CHAP", i)->body;
        const int idEnd = chap.indexOf('\0');
        EXPECT_EQ(chap.left(idEnd), children.at(i)) << "the CTOC lists the chapters in order";
        EXPECT_EQ(be32(chap, idEnd + 1), quint32(m.chapters[i].startMs));
        EXPECT_EQ(be32(chap, idEnd + 5), quint32(m.chapters[i].endMs));
        EXPECT_EQ(be32(chap, idEnd + 9), 0xffffffffu);
        EXPECT_EQ(be32(chap, idEnd + 13), 0xffffffffu);
        const QVector<Frame> sub = frames(chap.mid(idEnd + 17), version);
        ASSERT_EQ(sub.size(), 1);
        EXPECT_EQ(sub[0].id, QByteArray("TIT2"));
        EXPECT_EQ(quint8(sub[0].body[0]), encoding);
        EXPECT_EQ(text(sub[0].body), m.chapters[i].title);
    }
}

TEST(Id3TagTest, Version23HasUtf16TextPlainFrameSizesAndASyncsafeTagSize)
{
    const QByteArray bytes = Id3Tag(sample()).bytes(Id3Tag::Version::V23);
    expectTag(parse(bytes), 3);
    EXPECT_EQ(Id3Tag::sizeAtStart(bytes + QByteArray("\xff\xfb audio", 8)), bytes.size());
}

TEST(Id3TagTest, Version24HasUtf8TextAndSyncsafeFrameSizes)
{
    expectTag(parse(Id3Tag(sample()).bytes(Id3Tag::Version::V24)), 4);
}

TEST(Id3TagTest, AFrameOver127BytesShowsTheSizesDiffer)
{
    AudioMetadata m;
    m.cover = QByteArray(200, 'x'); // APIC body: 13 + 200 = 213 bytes
    const QByteArray v23 = Id3Tag(m).bytes(Id3Tag::Version::V23);
    const QByteArray v24 = Id3Tag(m).bytes(Id3Tag::Version::V24);
    const int apic23 = v23.indexOf("APIC"), apic24 = v24.indexOf("APIC");
    EXPECT_EQ(v23.mid(apic23 + 4, 4), QByteArray("\x00\x00\x00\xd5", 4));
    EXPECT_EQ(v24.mid(apic24 + 4, 4), QByteArray("\x00\x00\x01\x55", 4)); // 213 = 1·128 + 85
}

TEST(Id3TagTest, SyncsafeIntegers)
{
    EXPECT_EQ(Id3Tag::syncsafe(0), QByteArray(4, '\0'));
    EXPECT_EQ(Id3Tag::syncsafe(127), QByteArray("\x00\x00\x00\x7f", 4));
    EXPECT_EQ(Id3Tag::syncsafe(128), QByteArray("\x00\x00\x01\x00", 4));
    EXPECT_EQ(Id3Tag::syncsafe(300'000), QByteArray("\x00\x12\x27\x60", 4));
    EXPECT_EQ(Id3Tag::syncsafe((1u << 28) - 1), QByteArray("\x7f\x7f\x7f\x7f", 4));
    for (const quint32 v : {0u, 1u, 255u, 16'384u, 1'234'567u})
        EXPECT_EQ(unsyncsafe(Id3Tag::syncsafe(v), 0), qint64(v)) << v;
}

TEST(Id3TagTest, SizeAtStartKnowsATagFromAudio)
{
    EXPECT_EQ(Id3Tag::sizeAtStart(QByteArray("\xff\xfb\x90\x00", 4)), 0);
    EXPECT_EQ(Id3Tag::sizeAtStart(QByteArray("ID3\x03\x00\x00\x00\x00\x02\x01", 10)), 10 + 257);
    EXPECT_EQ(Id3Tag::sizeAtStart(QByteArray("ID3\x04\x00\x10\x00\x00\x00\x05", 10)),
              10 + 5 + 10); // with a footer
    EXPECT_EQ(Id3Tag::sizeAtStart(QByteArray("ID3\x03\x00\x00\x00\x00\x80\x00", 10)), 0);
}

TEST(Id3TagTest, NoChaptersNoTableOfContentsAndAtMost255)
{
    AudioMetadata m;
    m.title = QStringLiteral("x");
    Tag tag = parse(Id3Tag(m).bytes());
    EXPECT_FALSE(find(tag.frames, "CTOC"));
    EXPECT_FALSE(find(tag.frames, "CHAP"));
    EXPECT_FALSE(find(tag.frames, "APIC"));

    for (int i = 0; i < 300; ++i)
        m.chapters.append({QString::number(i), i * 1000, i * 1000 + 1000});
    tag = parse(Id3Tag(m).bytes());
    int chaps = 0;
    for (const Frame& f : tag.frames)
        chaps += f.id == "CHAP";
    EXPECT_EQ(chaps, Id3Tag::kMaxChapters);
    const QByteArray toc = find(tag.frames, "CTOC")->body;
    EXPECT_EQ(quint8(toc[toc.indexOf('\0') + 2]), 255);
}

TEST(Id3TagTest, LanguagesAsIso639_2)
{
    EXPECT_EQ(AudioMetadata::iso639_2(QStringLiteral("ko")), QStringLiteral("kor"));
    EXPECT_EQ(AudioMetadata::iso639_2(QStringLiteral("en")), QStringLiteral("eng"));
    EXPECT_EQ(AudioMetadata::iso639_2(QStringLiteral("ja")), QStringLiteral("jpn"));
    EXPECT_EQ(AudioMetadata::iso639_2(QStringLiteral("es")), QStringLiteral("spa"));
    EXPECT_EQ(AudioMetadata::iso639_2(QStringLiteral("xx")), QStringLiteral("und"));
}

TEST(Id3TagTest, TheAppCoverIsAPngFromTheResources)
{
    const QByteArray png = AudioMetadata::appCover();
    ASSERT_GT(png.size(), 1000);
    EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n"));
}

} // namespace
} // namespace st
