#include "core/script/Script.h"

#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(ScriptTest, NewScriptHasFourteenEmptySectionsInOrder)
{
    const Script script;
    ASSERT_EQ(script.sections().size(), kScriptSectionCount);
    for (int i = 0; i < kScriptSectionCount; ++i) {
        EXPECT_EQ(static_cast<int>(script.sections().at(i).id), i);
        EXPECT_TRUE(script.sections().at(i).content.isEmpty());
    }
    EXPECT_TRUE(script.isEmpty());
    EXPECT_TRUE(script.tellableChapters().isEmpty());
    EXPECT_EQ(script.source.kind, QStringLiteral("text"));
}

TEST(ScriptTest, SectionAccessById)
{
    Script script;
    script.section(ScriptSection::Climax2).content = QStringLiteral("the peak");
    EXPECT_EQ(script.section(ScriptSection::Climax2).content, QStringLiteral("the peak"));
    EXPECT_EQ(script.sections().at(10).content, QStringLiteral("the peak"));
    EXPECT_EQ(script.section(ScriptSection::Climax2).id, ScriptSection::Climax2);
}

TEST(ScriptTest, TellableChaptersSkipEmptyAndNotApplicable)
{
    const Script script = testdata::script(
        QStringLiteral("T"), QStringLiteral("en"),
        {QStringLiteral("one"), QString(), QStringLiteral("N/A"), QStringLiteral("  \n "),
         QStringLiteral("two"), QStringLiteral("n/a."), QStringLiteral("**N/A**"),
         QStringLiteral("(n / a)"), QStringLiteral("해당 없음"), QStringLiteral("該当なし"),
         QStringLiteral("No aplica"), QStringLiteral("None"), QStringLiteral("three"),
         QStringLiteral("Not applicable")});
    const auto chapters = script.tellableChapters();
    ASSERT_EQ(chapters.size(), 3);
    EXPECT_EQ(chapters.at(0).content, QStringLiteral("one"));
    EXPECT_EQ(chapters.at(0).id, ScriptSection::Prologue1);
    EXPECT_EQ(chapters.at(1).content, QStringLiteral("two"));
    EXPECT_EQ(chapters.at(1).id, ScriptSection::Exposition2);
    EXPECT_EQ(chapters.at(2).content, QStringLiteral("three"));
    EXPECT_EQ(chapters.at(2).id, ScriptSection::Denouement);
    EXPECT_FALSE(script.isEmpty());
    EXPECT_EQ(script.sections().size(), kScriptSectionCount); // N/A sections are kept
}

TEST(ScriptTest, TextThatMerelyMentionsNaIsTold)
{
    EXPECT_FALSE(Script::isNotApplicable(QStringLiteral("N/A was written on the log")));
    EXPECT_FALSE(Script::isNotApplicable(QStringLiteral("None of the crew was found.")));
    EXPECT_FALSE(Script::isNotApplicable(QStringLiteral("없음이라는 말")));
    EXPECT_TRUE(Script::isNotApplicable(QStringLiteral(" N/A ")));
    EXPECT_TRUE(Script::isNotApplicable(QString()));
}

TEST(ScriptTest, EqualityComparesEveryField)
{
    const Script base = testdata::numberedScript(14);
    Script same = base;
    EXPECT_TRUE(base == same);

    auto differs = [&base](const std::function<void(Script&)>& change) {
        Script other = base;
        change(other);
        return !(base == other);
    };
    EXPECT_TRUE(differs([](Script& s) { s.title += u'!'; }));
    EXPECT_TRUE(differs([](Script& s) { s.language = QStringLiteral("ko"); }));
    EXPECT_TRUE(differs([](Script& s) { s.source.kind = QStringLiteral("url"); }));
    EXPECT_TRUE(differs([](Script& s) { s.source.url = QStringLiteral("https://x"); }));
    EXPECT_TRUE(differs([](Script& s) { s.summary = QStringLiteral("sum"); }));
    EXPECT_TRUE(differs([](Script& s) { s.keywords.append(QStringLiteral("k")); }));
    EXPECT_TRUE(differs([](Script& s) { s.hook = QStringLiteral("Why?"); }));
    EXPECT_TRUE(differs([](Script& s) { s.section(ScriptSection::Epilogue).content += u'.'; }));
    EXPECT_TRUE(differs([](Script& s) { s.section(ScriptSection::Climax1).heading.clear(); }));
    EXPECT_TRUE(differs(
        [](Script& s) { s.section(ScriptSection::Prologue1).question = QStringLiteral("?"); }));
}

} // namespace
} // namespace st
