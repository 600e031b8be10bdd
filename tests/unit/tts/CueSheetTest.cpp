// CueSheet: the text beside an exported WAV, whole, and its times in frames of 1/75 s.
#include "core/tts/CueSheet.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(CueSheetTest, OneTrackPerChapterWithItsStart)
{
    AudioMetadata m;
    m.title = QStringLiteral("Night: the \"Mary Celeste\"?");
    m.album = QStringLiteral("The Mary Celeste");
    m.chapters = {{QStringLiteral("The Mary Celeste"), 0, 30'000},
                  {QStringLiteral("Adrift"), 30'000, 95'520},
                  {QStringLiteral("常陸国のうつろ舟"), 95'520, 6'000'000}};
    EXPECT_EQ(CueSheet::text(QStringLiteral("night.wav"), m),
              QStringLiteral("TITLE \"Night: the “Mary Celeste”?\"\n"
                             "PERFORMER \"Storyteller\"\n"
                             "FILE \"night.wav\" WAVE\n"
                             "  TRACK 01 AUDIO\n"
                             "    TITLE \"The Mary Celeste\"\n"
                             "    INDEX 01 00:00:00\n"
                             "  TRACK 02 AUDIO\n"
                             "    TITLE \"Adrift\"\n"
                             "    INDEX 01 00:30:00\n"
                             "  TRACK 03 AUDIO\n"
                             "    TITLE \"常陸国のうつろ舟\"\n"
                             "    INDEX 01 01:35:39\n"));
}

TEST(CueSheetTest, TimesAreMinutesSecondsAndFrames)
{
    EXPECT_EQ(CueSheet::time(0), QStringLiteral("00:00:00"));
    EXPECT_EQ(CueSheet::time(13), QStringLiteral("00:00:00")); // under one frame
    EXPECT_EQ(CueSheet::time(14), QStringLiteral("00:00:01"));
    EXPECT_EQ(CueSheet::time(999), QStringLiteral("00:00:74"));
    EXPECT_EQ(CueSheet::time(61'000), QStringLiteral("01:01:00"));
    EXPECT_EQ(CueSheet::time(6'000'000), QStringLiteral("100:00:00"));
    EXPECT_EQ(CueSheet::time(-5), QStringLiteral("00:00:00"));
}

TEST(CueSheetTest, AtMost99TracksAndLineBreaksInTitlesAreSpaces)
{
    AudioMetadata m;
    m.artist.clear();
    for (int i = 0; i < 120; ++i)
        m.chapters.append({QStringLiteral("a\nb"), i * 1000, (i + 1) * 1000});
    const QString cue = CueSheet::text(QStringLiteral("x.wav"), m);
    EXPECT_EQ(cue.count(QStringLiteral("TRACK ")), CueSheet::kMaxTracks);
    EXPECT_TRUE(cue.contains(QStringLiteral("TRACK 99 AUDIO")));
    EXPECT_TRUE(cue.contains(QStringLiteral("TITLE \"a b\"")));
    EXPECT_FALSE(cue.contains(QStringLiteral("PERFORMER")));
    EXPECT_TRUE(cue.startsWith(QStringLiteral("FILE \"x.wav\" WAVE\n")));
}

} // namespace
} // namespace st
