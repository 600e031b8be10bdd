#include "core/script/ScriptSection.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>
#include <set>

namespace st {
namespace {

TEST(ScriptSectionTest, FourteenSectionsInTellingOrder)
{
    const auto& all = script_section::all();
    ASSERT_EQ(static_cast<int>(all.size()), kScriptSectionCount);
    for (int i = 0; i < kScriptSectionCount; ++i)
        EXPECT_EQ(static_cast<int>(all.at(i)), i);
    EXPECT_EQ(all.front(), ScriptSection::Prologue1);
    EXPECT_EQ(all.back(), ScriptSection::Epilogue);
}

TEST(ScriptSectionTest, KeysAreUniqueAndRoundTrip)
{
    std::set<std::string> keys;
    for (ScriptSection s : script_section::all()) {
        const QString key = script_section::key(s);
        EXPECT_TRUE(keys.insert(key.toStdString()).second) << key.toStdString();
        const auto back = script_section::fromKey(key);
        ASSERT_TRUE(back) << key.toStdString();
        EXPECT_EQ(*back, s);
    }
    EXPECT_EQ(script_section::key(ScriptSection::Prologue1), QStringLiteral("prologue 1"));
    EXPECT_EQ(script_section::key(ScriptSection::Exposition3), QStringLiteral("exposition 3"));
    EXPECT_EQ(script_section::key(ScriptSection::Climax2), QStringLiteral("climax 2"));
    EXPECT_EQ(script_section::key(ScriptSection::Denouement), QStringLiteral("denouement"));
    EXPECT_EQ(script_section::key(ScriptSection::Epilogue), QStringLiteral("epilogue"));
}

TEST(ScriptSectionTest, FromKeyAcceptsCommonSpellings)
{
    const std::pair<const char*, ScriptSection> cases[] = {
        {"Prologue 1", ScriptSection::Prologue1},
        {"PROLOGUE_2", ScriptSection::Prologue2},
        {"prologue-3", ScriptSection::Prologue3},
        {"exposition1", ScriptSection::Exposition1},
        {" development  2 ", ScriptSection::Development2},
        {"climax_3", ScriptSection::Climax3},
        {"denouement 1", ScriptSection::Denouement},
        {"Epilogue 1", ScriptSection::Epilogue},
        {"EPILOGUE", ScriptSection::Epilogue},
    };
    for (const auto& [text, expected] : cases) {
        const auto id = script_section::fromKey(QString::fromLatin1(text));
        ASSERT_TRUE(id) << text;
        EXPECT_EQ(*id, expected) << text;
    }
    for (const char* bad : {"", "prologue", "prologue 4", "climax 0", "chapter 1", "epilogue 2"})
        EXPECT_FALSE(script_section::fromKey(QString::fromLatin1(bad))) << bad;
}

TEST(ScriptSectionTest, PartsAndNumbers)
{
    EXPECT_EQ(script_section::partName(ScriptSection::Development3), QStringLiteral("development"));
    EXPECT_EQ(script_section::partIndex(ScriptSection::Development3), 3);
    EXPECT_EQ(script_section::partIndex(ScriptSection::Exposition1), 1);
    EXPECT_EQ(script_section::partIndex(ScriptSection::Denouement), 1);
    EXPECT_EQ(script_section::partSize(QStringLiteral("climax")), 3);
    EXPECT_EQ(script_section::partSize(QStringLiteral("epilogue")), 1);
    EXPECT_EQ(script_section::partSize(QStringLiteral("denouement")), 1);
    for (ScriptSection s : script_section::all()) {
        const auto back =
            script_section::fromPart(script_section::partName(s), script_section::partIndex(s));
        ASSERT_TRUE(back);
        EXPECT_EQ(*back, s);
    }
    EXPECT_FALSE(script_section::fromPart(QStringLiteral("epilogue"), 2));
    EXPECT_FALSE(script_section::fromPart(QStringLiteral("intro"), 1));
}

} // namespace
} // namespace st
