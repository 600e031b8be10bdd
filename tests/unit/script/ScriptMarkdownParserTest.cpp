#include "core/script/ScriptMarkdownParser.h"

#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QString joined(const QStringList& problems)
{
    return problems.join(u'\n');
}

TEST(ScriptMarkdownParserTest, WellFormedScriptHasFourteenSectionsAndNoProblems)
{
    const ScriptParseResult r =
        ScriptMarkdownParser::parse(testdata::wellFormedMarkdown(), QStringLiteral("en"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_TRUE(r.problems.isEmpty()) << joined(r.problems).toStdString();
    EXPECT_EQ(r.script.title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(r.script.language, QStringLiteral("en"));
    EXPECT_EQ(r.script.tellableChapters().size(), kScriptSectionCount);

    const Script::Section& first = r.script.section(ScriptSection::Prologue1);
    EXPECT_EQ(first.heading, QStringLiteral("A hot July"));
    EXPECT_EQ(first.content, QStringLiteral("In July 1518 a woman began to dance in a street of "
                                            "Strasbourg.\nShe did not stop."));
    EXPECT_EQ(r.script.section(ScriptSection::Denouement).heading, QStringLiteral("Quiet returns"));
    EXPECT_EQ(r.script.section(ScriptSection::Denouement).content,
              QStringLiteral("Slowly the dancing ended."));
    EXPECT_EQ(r.script.section(ScriptSection::Epilogue).content,
              QStringLiteral("Historians still argue about the cause."));
    for (const Script::Section& s : r.script.sections())
        EXPECT_FALSE(s.content.startsWith(u'#')) << s.content.toStdString();
}

TEST(ScriptMarkdownParserTest, WindowsLineEndingsAndParagraphs)
{
    QString text = testdata::wellFormedMarkdown();
    text.replace(u'\n', QStringLiteral("\r\n"));
    text.replace(QStringLiteral("She did not stop."),
                 QStringLiteral("She did not stop.\r\n\r\n\r\nNobody knew why."));
    const ScriptParseResult r = ScriptMarkdownParser::parse(text, QStringLiteral("en"));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.problems.isEmpty()) << joined(r.problems).toStdString();
    EXPECT_EQ(r.script.section(ScriptSection::Prologue1).content,
              QStringLiteral("In July 1518 a woman began to dance in a street of Strasbourg.\n"
                             "She did not stop.\n\nNobody knew why."));
}

TEST(ScriptMarkdownParserTest, MessyModelOutputIsReadAsFarAsPossible)
{
    const QString text = QStringLiteral("Sure! Here is the script you asked for.\n"
                                        "I hope it works well for your app.\n"
                                        "\n"
                                        "# Title: **The Dancing Plague**\n"
                                        "---\n"
                                        "**Prologue 1: A hot July**\n"
                                        "A woman began to dance.\n"
                                        "## 프롤로그 2: 춤추는 사람들\n"
                                        "수십 명이 따라 춤을 췄다.\n"
                                        "### Prologue 3 - The council\n"
                                        "The council met.\n"
                                        "# exposition 2 : Saint Vitus\n"
                                        "The curse of Saint Vitus.\n"
                                        "# Exposition 3:\n"
                                        "N/A\n"
                                        "**Development 1:** Musicians\n"
                                        "Musicians were hired.\n"
                                        "# development 2 : A stage\n"
                                        "A stage was built.\n"
                                        "# development 3 : Collapse\n"
                                        "Dancers collapsed.\n"
                                        "# climax\n"
                                        "Hundreds danced.\n"
                                        "# climax\n"
                                        "Music was banned.\n"
                                        "# climax\n"
                                        "A shrine in the hills.\n"
                                        "# Dénouement\n"
                                        "It ended.\n"
                                        "# epilogue\n"
                                        "Still argued about.\n");
    const ScriptParseResult r = ScriptMarkdownParser::parse(text, QStringLiteral("en"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Script& s = r.script;
    EXPECT_EQ(s.title, QStringLiteral("The Dancing Plague")) << s.title.toStdString();
    EXPECT_EQ(s.section(ScriptSection::Prologue1).heading, QStringLiteral("A hot July"));
    EXPECT_EQ(s.section(ScriptSection::Prologue1).content,
              QStringLiteral("A woman began to dance."));
    EXPECT_EQ(s.section(ScriptSection::Prologue2).heading, QStringLiteral("춤추는 사람들"));
    EXPECT_EQ(s.section(ScriptSection::Prologue2).content,
              QStringLiteral("수십 명이 따라 춤을 췄다."));
    EXPECT_EQ(s.section(ScriptSection::Prologue3).content, QStringLiteral("The council met."));
    EXPECT_TRUE(s.section(ScriptSection::Exposition1).content.isEmpty());
    EXPECT_EQ(s.section(ScriptSection::Exposition2).content,
              QStringLiteral("The curse of Saint Vitus."));
    EXPECT_EQ(s.section(ScriptSection::Development1).content,
              QStringLiteral("Musicians were hired."));
    // Headers without numbers fill the part in order.
    EXPECT_EQ(s.section(ScriptSection::Climax1).content, QStringLiteral("Hundreds danced."));
    EXPECT_EQ(s.section(ScriptSection::Climax2).content, QStringLiteral("Music was banned."));
    EXPECT_EQ(s.section(ScriptSection::Climax3).content, QStringLiteral("A shrine in the hills."));
    EXPECT_EQ(s.section(ScriptSection::Denouement).content, QStringLiteral("It ended."));
    EXPECT_EQ(s.section(ScriptSection::Epilogue).content, QStringLiteral("Still argued about."));
    EXPECT_EQ(s.tellableChapters().size(), 12);

    const QString problems = joined(r.problems);
    const QStringList stray = r.problems.filter(QStringLiteral("before the first section"));
    ASSERT_EQ(stray.size(), 1) << problems.toStdString();
    EXPECT_TRUE(stray.first().contains(u'2')) << problems.toStdString(); // two lines of prose
    EXPECT_TRUE(problems.contains(QStringLiteral("Missing sections (skipped when telling): "
                                                 "exposition 1.")))
        << problems.toStdString();
    EXPECT_TRUE(problems.contains(QStringLiteral("Empty or N/A sections (skipped when telling): "
                                                 "exposition 3.")))
        << problems.toStdString();
    EXPECT_EQ(r.problems.size(), 3) << problems.toStdString();
}

TEST(ScriptMarkdownParserTest, LocalizedHeadersInEveryLanguage)
{
    const QString text = QStringLiteral("# 제목: 퉁구스카 대폭발\n"
                                        "## 프롤로그 1: 섬광\n시베리아 하늘에 불빛이 번쩍였다.\n"
                                        "## 発端 1：爆発\n木々がなぎ倒された。\n"
                                        "## Desarrollo 1. Expediciones\nLlegaron los científicos.\n"
                                        "## 절정 2 — 충격\n나무 팔천만 그루.\n"
                                        "## 結末\n謎は残った。\n"
                                        "## Epílogo\nTodavía se debate.\n");
    const ScriptParseResult r = ScriptMarkdownParser::parse(text, QStringLiteral("ko"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Script& s = r.script;
    EXPECT_EQ(s.title, QStringLiteral("퉁구스카 대폭발"));
    EXPECT_EQ(s.language, QStringLiteral("ko"));
    EXPECT_EQ(s.section(ScriptSection::Prologue1).content,
              QStringLiteral("시베리아 하늘에 불빛이 번쩍였다."));
    EXPECT_EQ(s.section(ScriptSection::Exposition1).content,
              QStringLiteral("木々がなぎ倒された。"));
    EXPECT_EQ(s.section(ScriptSection::Development1).content,
              QStringLiteral("Llegaron los científicos."));
    EXPECT_EQ(s.section(ScriptSection::Climax2).content, QStringLiteral("나무 팔천만 그루."));
    EXPECT_EQ(s.section(ScriptSection::Denouement).content, QStringLiteral("謎は残った。"));
    EXPECT_EQ(s.section(ScriptSection::Epilogue).content, QStringLiteral("Todavía se debate."));
    EXPECT_EQ(s.tellableChapters().size(), 6);
}

TEST(ScriptMarkdownParserTest, ProseMentioningAPartIsNotAHeader)
{
    const ScriptParseResult r = ScriptMarkdownParser::parse(
        QStringLiteral("# prologue 1 : Start\n"
                       "Climax of the season came in August, when the heat was worst.\n"
                       "# epilogue\nDone.\n"),
        QStringLiteral("en"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.script.section(ScriptSection::Prologue1).content,
              QStringLiteral("Climax of the season came in August, when the heat was worst."));
    EXPECT_TRUE(r.script.section(ScriptSection::Climax1).content.isEmpty());
}

TEST(ScriptMarkdownParserTest, DuplicateSectionIsJoinedAndReported)
{
    const ScriptParseResult r = ScriptMarkdownParser::parse(
        QStringLiteral("# Title: T\n# epilogue\nFirst part.\n# epilogue\nSecond part.\n"),
        QStringLiteral("en"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.script.section(ScriptSection::Epilogue).content,
              QStringLiteral("First part.\nSecond part."));
    EXPECT_TRUE(joined(r.problems).contains(QStringLiteral("epilogue")))
        << joined(r.problems).toStdString();
    EXPECT_TRUE(joined(r.problems).contains(QStringLiteral("more than once")));
}

TEST(ScriptMarkdownParserTest, MissingTitleIsReported)
{
    const ScriptParseResult r = ScriptMarkdownParser::parse(
        QStringLiteral("# prologue 1 : x\nText.\n"), QStringLiteral("es"));
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r.script.title.isEmpty());
    EXPECT_EQ(r.script.language, QStringLiteral("es"));
    EXPECT_TRUE(joined(r.problems).contains(QStringLiteral("no title")));
}

TEST(ScriptMarkdownParserTest, EmptyInputIsAnError)
{
    for (const QString& empty : {QString(), QStringLiteral("   \n\t\n")}) {
        const ScriptParseResult r = ScriptMarkdownParser::parse(empty, QStringLiteral("en"));
        EXPECT_FALSE(r.ok());
        EXPECT_FALSE(r.error.isEmpty());
    }
}

TEST(ScriptMarkdownParserTest, ProseWithoutHeadersIsAnError)
{
    const ScriptParseResult r = ScriptMarkdownParser::parse(
        QStringLiteral("Once there was a ship.\nIt sailed away and nobody knew where it went.\n"
                       "The end."),
        QStringLiteral("en"));
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("prologue 1"))) << r.error.toStdString();
}

TEST(ScriptMarkdownParserTest, OnlyNotApplicableSectionsIsAnError)
{
    const ScriptParseResult r = ScriptMarkdownParser::parse(
        QStringLiteral("# Title: T\n# prologue 1 : a\nN/A\n# epilogue\n(N/A)\n"),
        QStringLiteral("en"));
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.error.isEmpty());
}

} // namespace
} // namespace st
