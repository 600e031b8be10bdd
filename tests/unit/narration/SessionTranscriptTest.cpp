// SessionTranscript, the Markdown export: the narrator's Markdown is kept as it was written
// (the file is read formatted), its headings moved under the transcript's chapter headings;
// code is left alone; the listener's words are quoted.
#include "core/narration/SessionTranscript.h"

#include "core/script/ScriptJson.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;

MessageRecord message(Role role, const QString& text, int chapter = -1)
{
    MessageRecord m;
    m.role = role;
    m.content = text;
    m.chapter = chapter;
    return m;
}

QString transcriptOf(const QString& reply)
{
    SessionRecord session;
    session.id = 1;
    session.name = QStringLiteral("The Mary Celeste");
    session.language = QStringLiteral("en");
    return SessionTranscript::markdown(
        session, {message(Role::Assistant, reply, 1),
                  message(Role::User, QStringLiteral("I *think* it was **2 * 3**"))});
}

TEST(SessionTranscriptTest, TheNarratorsMarkdownIsKept)
{
    const QString reply = QStringLiteral("The captain was **Benjamin Briggs**, and with him:\n\n"
                                         "- his wife *Sarah*\n- seven crew\n\n1. first\n2. then");
    const QString md = transcriptOf(reply);
    EXPECT_TRUE(md.contains(QStringLiteral("## Chapter 1\n\n**Narrator:**\n\n") + reply))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("> I *think* it was **2 * 3**"))) << md.toStdString();
}

TEST(SessionTranscriptTest, TheNarratorsHeadingsGoUnderTheChapters)
{
    const QString md = transcriptOf(QStringLiteral(
        "# A title\n\n## The Crew\n\nText #not a heading\n\n#hashtag\n\n   ### indented\n\n"
        "##### five\n\n###### six\n\n```sh\n# a comment in code\n```\n\n~~~\n## code too\n~~~"));
    for (const char* line : {"\n### A title\n", "\n#### The Crew\n", "\nText #not a heading\n",
                             "\n#hashtag\n", "\n##### indented\n", "\n###### five\n",
                             "\n###### six\n", "\n# a comment in code\n", "\n## code too\n"})
        EXPECT_TRUE(md.contains(QString::fromUtf8(line))) << line << "\n---\n" << md.toStdString();
    // Level 2: the chapter's heading, and the line in code.
    EXPECT_EQ(md.count(QStringLiteral("\n## ")), 2) << md.toStdString();
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST(SessionTranscriptSourcesTest, TheStorysSourcesEndTheTranscriptAsLinks)
{
    Script script;
    script.title = QStringLiteral("The Mary Celeste");
    script.language = QStringLiteral("en");
    script.section(ScriptSection::Prologue1).content = QStringLiteral("A ship was found.");
    script.references = {
        {QStringLiteral("Mary Celeste — Wikipedia"),
         QStringLiteral("https://en.wikipedia.org/wiki/Mary_Celeste")},
        {QStringLiteral("A [bracketed]\ntitle"), QStringLiteral("https://a.example/x (y)")}};
    SessionRecord session;
    session.id = 1;
    session.name = QStringLiteral("Evening");
    session.language = QStringLiteral("en");
    session.scriptTitle = script.title;
    session.scriptBody = QString::fromUtf8(ScriptJson::write(script));
    const QString md = SessionTranscript::markdown(
        session, {message(Role::Assistant, QStringLiteral("A ship was found."), 1)});
    EXPECT_TRUE(md.endsWith(
        QStringLiteral("## Sources\n\n"
                       "- [Mary Celeste — Wikipedia](https://en.wikipedia.org/wiki/Mary_Celeste)\n"
                       "- [A \\[bracketed\\] title](https://a.example/x%20(y%29)\n")))
        << md.toStdString();

    session.scriptBody.clear(); // no script, no sources
    EXPECT_FALSE(SessionTranscript::markdown(session, {}).contains(QStringLiteral("Sources")));
}

} // namespace
} // namespace st
