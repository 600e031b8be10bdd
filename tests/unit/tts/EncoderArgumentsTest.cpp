// EncoderArguments: the exact command lines of lame and opusenc.
#include "core/tts/EncoderArguments.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(EncoderArgumentsTest, LameWritesConstantRateAndNoTagOfItsOwn)
{
    const QStringList args =
        EncoderArguments::lame(QStringLiteral("/tmp/a.wav"), QStringLiteral("/tmp/a.mp3"));
    EXPECT_EQ(args,
              (QStringList{QStringLiteral("--quiet"), QStringLiteral("-b"), QStringLiteral("64"),
                           QStringLiteral("/tmp/a.wav"), QStringLiteral("/tmp/a.mp3")}));
    for (const QString& a : args) // any of these would make lame write an ID3 tag
        EXPECT_FALSE(a.startsWith(QStringLiteral("--t")) || a.contains(QStringLiteral("id3")))
            << a.toStdString();
}

TEST(EncoderArgumentsTest, OpusencTagsChaptersAndPicture)
{
    AudioMetadata m;
    m.title = QStringLiteral("夜の話");
    m.album = QStringLiteral("常陸国の\nうつろ舟");
    m.language = QStringLiteral("ja");
    m.chapters = {{QStringLiteral("常陸国のうつろ舟"), 0, 12'345},
                  {QStringLiteral("Chapter 1"), 12'345, 3'723'456}};
    EXPECT_EQ(
        EncoderArguments::opusenc(QStringLiteral("in.wav"), QStringLiteral("out.opus"), m,
                                  QStringLiteral("/tmp/cover.png")),
        (QStringList{QStringLiteral("--quiet"),   QStringLiteral("--bitrate"),
                     QStringLiteral("32"),        QStringLiteral("--speech"),
                     QStringLiteral("--title"),   QStringLiteral("夜の話"),
                     QStringLiteral("--artist"),  QStringLiteral("Storyteller"),
                     QStringLiteral("--album"),   QStringLiteral("常陸国の うつろ舟"),
                     QStringLiteral("--comment"), QStringLiteral("LANGUAGE=jpn"),
                     QStringLiteral("--comment"), QStringLiteral("CHAPTER001=00:00:00.000"),
                     QStringLiteral("--comment"), QStringLiteral("CHAPTER001NAME=常陸国のうつろ舟"),
                     QStringLiteral("--comment"), QStringLiteral("CHAPTER002=00:00:12.345"),
                     QStringLiteral("--comment"), QStringLiteral("CHAPTER002NAME=Chapter 1"),
                     QStringLiteral("--picture"), QStringLiteral("/tmp/cover.png"),
                     QStringLiteral("in.wav"),    QStringLiteral("out.opus")}));
}

TEST(EncoderArgumentsTest, OpusencWithoutMetadataOrPicture)
{
    AudioMetadata m;
    m.artist.clear();
    EXPECT_EQ(EncoderArguments::opusenc(QStringLiteral("a.wav"), QStringLiteral("a.opus"), m, {}),
              (QStringList{QStringLiteral("--quiet"), QStringLiteral("--bitrate"),
                           QStringLiteral("32"), QStringLiteral("--speech"),
                           QStringLiteral("a.wav"), QStringLiteral("a.opus")}));
}

TEST(EncoderArgumentsTest, ChapterTimes)
{
    EXPECT_EQ(EncoderArguments::chapterTime(0), QStringLiteral("00:00:00.000"));
    EXPECT_EQ(EncoderArguments::chapterTime(3'723'456), QStringLiteral("01:02:03.456"));
    EXPECT_EQ(EncoderArguments::chapterTime(360'000'001), QStringLiteral("100:00:00.001"));
}

} // namespace
} // namespace st
