#include "core/script/ScriptParser.h"

#include "core/script/ScriptJson.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

TEST(ScriptParserTest, ReadsTheJsonForm)
{
    const Script original = testdata::numberedScript(5, QStringLiteral("es"));
    const QString json = QStringLiteral("\n  ") + QString::fromUtf8(ScriptJson::write(original));
    const ScriptParseResult result = ScriptParser::parse(json, QStringLiteral("en"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_TRUE(result.script == original);
}

TEST(ScriptParserTest, ReadsTheMarkdownForm)
{
    const ScriptParseResult result =
        ScriptParser::parse(testdata::wellFormedMarkdown(), QStringLiteral("en"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.script.title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(result.script.tellableChapters().size(), kScriptSectionCount);
}

TEST(ScriptParserTest, BrokenJsonIsAnErrorNotMarkdown)
{
    const ScriptParseResult result =
        ScriptParser::parse(QStringLiteral("{\"title\": "), QStringLiteral("en"));
    EXPECT_FALSE(result.ok());
}

TEST(ScriptParserTest, LanguageIsTheFallback)
{
    const ScriptParseResult result =
        ScriptParser::parse(QStringLiteral("# prologue 1 : x\nSome text."), QStringLiteral("ja"));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.script.language, QStringLiteral("ja"));
}

} // namespace
} // namespace st
