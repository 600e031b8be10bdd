// ChapterMarks: which chapter each narrator message is in, where the marks start as the
// audio is written, and the titles (the script's headings, the story's title for the
// opening, "Chapter N" and "Opening" when there is nothing better).
#include "core/tts/ChapterMarks.h"

#include "core/script/Script.h"
#include "core/script/ScriptJson.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {

void PrintTo(const AudioChapter& c, std::ostream* os)
{
    *os << "{\"" << c.title.toStdString() << "\", " << c.startMs << ", " << c.endMs << '}';
}

namespace {

using Role = MessageRecord::Role;

MessageRecord message(qint64 id, Role role, int chapter = -1)
{
    MessageRecord m;
    m.id = id;
    m.role = role;
    m.chapter = chapter;
    return m;
}

SessionRecord sessionWithScript()
{
    Script script;
    script.title = QStringLiteral("常陸国のうつろ舟");
    script.language = QStringLiteral("ja");
    script.section(ScriptSection::Prologue1).heading = QStringLiteral("八犬伝の作者が残した奇談");
    script.section(ScriptSection::Prologue1).content = QStringLiteral("…");
    script.section(ScriptSection::Prologue2).content = QStringLiteral("no heading");
    script.section(ScriptSection::Prologue3).heading = QStringLiteral("skipped: N/A");
    script.section(ScriptSection::Prologue3).content = QStringLiteral("N/A");
    script.section(ScriptSection::Exposition1).heading = QStringLiteral("舟の中の\n女性");
    script.section(ScriptSection::Exposition1).content = QStringLiteral("…");
    SessionRecord s;
    s.id = 1;
    s.language = QStringLiteral("ja");
    s.scriptTitle = script.title;
    s.scriptBody = QString::fromUtf8(ScriptJson::write(script));
    return s;
}

TEST(ChapterMarksTest, TheOpeningAndEachChapterToldAreMarksWhereTheirFirstMessageSounds)
{
    const QVector<MessageRecord> messages{
        message(1, Role::Assistant, 0), message(2, Role::User),
        message(3, Role::Assistant, 1), message(4, Role::User),
        message(5, Role::Assistant), // an answer to a question: still chapter 1
        message(6, Role::Assistant, 2), message(7, Role::Assistant, 3),
        message(8, Role::System, 3)};
    ChapterMarks marks(sessionWithScript(), messages);
    EXPECT_EQ(marks.chapterOf(1), 0);
    EXPECT_EQ(marks.chapterOf(2), -1);
    EXPECT_EQ(marks.chapterOf(5), 1);
    EXPECT_EQ(marks.chapterOf(7), 3);
    EXPECT_EQ(marks.chapterOf(99), -1);

    marks.enter(1, 17); // the first sound is the start of the file, whatever is said
    marks.enter(3, 4'000);
    marks.enter(5, 9'000);
    marks.enter(6, 15'500);
    marks.enter(7, 20'250);
    EXPECT_EQ(marks.chapters(31'000),
              (QVector<AudioChapter>{{QStringLiteral("常陸国のうつろ舟"), 0, 4'000},
                                     {QStringLiteral("八犬伝の作者が残した奇談"), 4'000, 15'500},
                                     {QStringLiteral("Chapter 2"), 15'500, 20'250},
                                     {QStringLiteral("舟の中の 女性"), 20'250, 31'000}}));
    marks.clearMarks();
    EXPECT_TRUE(marks.chapters(10).isEmpty());
    EXPECT_EQ(marks.chapterOf(7), 3);
}

TEST(ChapterMarksTest, AChapterToldAgainIsAMarkAgain)
{
    ChapterMarks marks(sessionWithScript(),
                       {message(1, Role::Assistant, 0), message(2, Role::Assistant, 1),
                        message(3, Role::Assistant, 2), message(4, Role::Assistant, 1)});
    for (qint64 id = 1; id <= 4; ++id)
        marks.enter(id, id * 1000);
    const QVector<AudioChapter> chapters = marks.chapters(5000);
    ASSERT_EQ(chapters.size(), 4);
    EXPECT_EQ(chapters[3].title, chapters[1].title);
    EXPECT_EQ(chapters[3].startMs, 4000);
    EXPECT_EQ(chapters[3].endMs, 5000);
}

TEST(ChapterMarksTest, WithoutAStoryTheOpeningIsOpeningAndChaptersAreNumbered)
{
    SessionRecord s;
    s.id = 2;
    ChapterMarks marks(s, {message(1, Role::Assistant), message(2, Role::Assistant, 1)});
    EXPECT_EQ(marks.chapterOf(1), 0); // before any chapter: the opening
    marks.enter(1, 0);
    marks.enter(2, 500);
    EXPECT_EQ(marks.chapters(400), // an end before the last start is clamped to it
              (QVector<AudioChapter>{{QStringLiteral("Opening"), 0, 500},
                                     {QStringLiteral("Chapter 1"), 500, 500}}));
    EXPECT_EQ(marks.title(7), QStringLiteral("Chapter 7"));
}

} // namespace
} // namespace st
