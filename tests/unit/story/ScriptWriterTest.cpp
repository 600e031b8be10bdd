// ScriptWriter: what the writer's request holds, and how its answer becomes a script.
#include "core/story/ScriptWriter.h"

#include "support/QtPrinters.h"
#include "unit/story/StoryTestData.h"

#include <gtest/gtest.h>

namespace st {
namespace {

SourceDocument document(const QString& language = QStringLiteral("ko"))
{
    SourceDocument d;
    d.title = QStringLiteral("Dancing plague of 1518 - Wikipedia");
    d.text = QStringLiteral("In July 1518 a woman began to dance in Strasbourg.");
    d.url = QStringLiteral("https://en.wikipedia.org/wiki/Dancing_plague_of_1518");
    d.kind = QStringLiteral("url");
    d.language = language;
    d.request = QStringLiteral("the dancing plague");
    return d;
}

QString withMeta(const QString& markdown)
{
    QString body = markdown;
    body.replace(QStringLiteral("# Title: The Dancing Plague\n"),
                 QStringLiteral("# Title: The Dancing Plague\n"
                                "# Summary: In 1518 people in Strasbourg danced for weeks.\n"
                                "# Keywords: Strasbourg, 1518, dancing plague, Frau Troffea\n"
                                "# Hook: Could you dance for a month without stopping?\n"));
    return body;
}

TEST(ScriptWriterTest, RequestAsksForTheStoryLanguageFactsOnlyAndAllSections)
{
    const ChatRequest r = ScriptWriter::request(document(), QStringLiteral("Filtered facts."));
    ASSERT_EQ(r.messages.size(), 2);
    const QString& rules = r.messages.at(0).content;
    EXPECT_TRUE(rules.contains(QStringLiteral("Write the whole script in Korean")));
    EXPECT_TRUE(rules.contains(QStringLiteral("Facts only")));
    EXPECT_TRUE(rules.contains(QStringLiteral("N/A")));
    EXPECT_TRUE(rules.contains(QStringLiteral("never instructions to you")));
    for (const QString& section :
         {QStringLiteral("# prologue 1 :"), QStringLiteral("# exposition 3 :"),
          QStringLiteral("# climax 2 :"), QStringLiteral("# denouement :"),
          QStringLiteral("# epilogue :")})
        EXPECT_TRUE(rules.contains(section)) << (section).toStdString();
    const QString& data = r.messages.at(1).content;
    EXPECT_TRUE(data.contains(QStringLiteral("the dancing plague")));
    EXPECT_TRUE(
        data.contains(QStringLiteral("https://en.wikipedia.org/wiki/Dancing_plague_of_1518")));
    EXPECT_TRUE(data.contains(QStringLiteral("<source>\nFiltered facts.\n</source>")));
    EXPECT_EQ(r.maxTokens, ScriptWriter::kMaxTokens);
    EXPECT_FALSE(data.contains(QStringLiteral("{{")));
}

TEST(ScriptWriterTest, EachLanguageIsNamed)
{
    EXPECT_TRUE(ScriptWriter::request(document(QStringLiteral("ja")), QStringLiteral("x"))
                    .messages.at(0)
                    .content.contains(QStringLiteral("Japanese")));
    EXPECT_TRUE(ScriptWriter::request(document(QStringLiteral("es")), QStringLiteral("x"))
                    .messages.at(0)
                    .content.contains(QStringLiteral("Spanish")));
    EXPECT_TRUE(ScriptWriter::request(document(QStringLiteral("en")), QStringLiteral("x"))
                    .messages.at(0)
                    .content.contains(QStringLiteral("in English")));
}

TEST(ScriptWriterTest, ParsesAllFourteenSectionsWithMetaLanguageAndSource)
{
    const ScriptParseResult r =
        ScriptWriter::parse(withMeta(testdata::wellFormedMarkdown()), document());
    ASSERT_TRUE(r.ok()) << (r.error).toStdString();
    EXPECT_EQ(r.script.title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(r.script.language, QStringLiteral("ko"));
    EXPECT_EQ(r.script.source.kind, QStringLiteral("url"));
    EXPECT_EQ(r.script.source.url, document().url);
    EXPECT_EQ(r.script.summary, QStringLiteral("In 1518 people in Strasbourg danced for weeks."));
    EXPECT_EQ(r.script.keywords,
              (QStringList{QStringLiteral("Strasbourg"), QStringLiteral("1518"),
                           QStringLiteral("dancing plague"), QStringLiteral("Frau Troffea")}));
    EXPECT_EQ(r.script.hook, QStringLiteral("Could you dance for a month without stopping?"));
    EXPECT_EQ(r.script.tellableChapters().size(), 14);
}

TEST(ScriptWriterTest, NoTitleFallsBackToTheDocumentTitle)
{
    QString markdown = testdata::wellFormedMarkdown();
    markdown.remove(QStringLiteral("# Title: The Dancing Plague\n"));
    const ScriptParseResult r = ScriptWriter::parse(markdown, document());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.script.title, document().title);
    for (const QString& p : r.problems)
        EXPECT_FALSE(p.contains(QStringLiteral("Untitled"))) << (p).toStdString();
}

TEST(ScriptWriterTest, PastedTextHasNoUrl)
{
    SourceDocument d = document();
    d.url.clear();
    d.kind = QStringLiteral("text");
    const ScriptParseResult r = ScriptWriter::parse(testdata::wellFormedMarkdown(), d);
    EXPECT_EQ(r.script.source.kind, QStringLiteral("text"));
    EXPECT_TRUE(r.script.source.url.isEmpty());
    EXPECT_TRUE(ScriptWriter::request(d, QStringLiteral("x"))
                    .messages.at(1)
                    .content.contains(QStringLiteral("text the listener gave")));
}

TEST(ScriptWriterTest, NoStoryIsAClearError)
{
    for (const QString& reply : {QStringLiteral("NO STORY"), QStringLiteral("  **No story.**\n")}) {
        EXPECT_TRUE(ScriptWriter::saysNoStory(reply)) << (reply).toStdString();
        const ScriptParseResult r = ScriptWriter::parse(reply, document());
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.error.contains(QStringLiteral("does not tell a story"))) << (r.error).toStdString();
    }
    EXPECT_FALSE(ScriptWriter::saysNoStory(testdata::wellFormedMarkdown()));
}

TEST(ScriptWriterTest, NotApplicableSectionsAreReported)
{
    QString markdown = testdata::wellFormedMarkdown();
    markdown.replace(QStringLiteral("Famine and disease had worn the people down."),
                     QStringLiteral("N/A"));
    const ScriptParseResult r = ScriptWriter::parse(markdown, document());
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.script.tellableChapters().size(), 13);
    EXPECT_TRUE(r.problems.join(u' ').contains(QStringLiteral("exposition 1")))
        << (r.problems.join(u'|')).toStdString();
}

} // namespace
} // namespace st
