#include "core/script/ScriptJson.h"

#include "support/QtPrinters.h"
#include "support/StoryTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace st {
namespace {

Script fullScript()
{
    Script s = testdata::numberedScript(12, QStringLiteral("ko"));
    s.title = QStringLiteral("메리 셀레스트호 — \"유령선\"");
    s.source.kind = QStringLiteral("url");
    s.source.url = QStringLiteral("https://ko.wikipedia.org/wiki/메리_셀레스트호");
    s.summary = QStringLiteral("1872년 대서양에서 발견된 빈 배.");
    s.keywords = {QStringLiteral("유령선"), QStringLiteral("1872"), QStringLiteral("Gibraltar")};
    s.hook = QStringLiteral("왜 열 사람이 멀쩡한 배를 떠났을까요?");
    s.references = {{QStringLiteral("메리 셀레스트호 — 위키백과"),
                     QStringLiteral("https://ko.wikipedia.org/wiki/메리_셀레스트호")},
                    {QStringLiteral("Mary Celeste — Wikipedia"),
                     QStringLiteral("https://en.wikipedia.org/wiki/Mary_Celeste")}};
    s.section(ScriptSection::Prologue2).question = QStringLiteral("어떻게 생각해요?");
    s.section(ScriptSection::Denouement).content = QStringLiteral("N/A");
    s.section(ScriptSection::Epilogue).content = QStringLiteral("끝.\n\n두 번째 문단 with ünïcödé");
    return s;
}

TEST(ScriptJsonTest, WriteThenReadGivesTheSameScript)
{
    const Script original = fullScript();
    for (bool indented : {true, false}) {
        const QByteArray json = ScriptJson::write(original, indented);
        const ScriptParseResult result = ScriptJson::read(json);
        ASSERT_TRUE(result.ok()) << result.error.toStdString();
        EXPECT_TRUE(result.script == original) << json.toStdString();
        EXPECT_EQ(result.script.tellableChapters().size(), 13);
    }
}

TEST(ScriptJsonTest, WrittenFormHasFormatAndAllSections)
{
    const QJsonObject doc = QJsonDocument::fromJson(ScriptJson::write(fullScript())).object();
    EXPECT_EQ(doc.value(QStringLiteral("format")).toString(), QStringLiteral("storyteller-script"));
    EXPECT_EQ(doc.value(QStringLiteral("formatVersion")).toInt(), 1);
    EXPECT_EQ(doc.value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
    const auto sections = doc.value(QStringLiteral("sections")).toArray();
    ASSERT_EQ(sections.size(), kScriptSectionCount);
    EXPECT_EQ(sections.at(0).toObject().value(QStringLiteral("section")).toString(),
              QStringLiteral("prologue 1"));
    EXPECT_EQ(sections.at(13).toObject().value(QStringLiteral("section")).toString(),
              QStringLiteral("epilogue"));
}

TEST(ScriptJsonTest, NotJsonIsAnError)
{
    for (const QByteArray& bad : {QByteArray("# Title: not json"), QByteArray("{\"title\": "),
                                  QByteArray(), QByteArray("\xff\xfe garbage")}) {
        const ScriptParseResult result = ScriptJson::read(bad);
        EXPECT_FALSE(result.ok()) << bad.toStdString();
        EXPECT_FALSE(result.error.isEmpty());
    }
}

TEST(ScriptJsonTest, JsonThatIsNotAScriptIsAnError)
{
    EXPECT_FALSE(ScriptJson::read("[1, 2, 3]").ok());
    EXPECT_FALSE(ScriptJson::read("\"just a string\"").ok());
    const ScriptParseResult noSections = ScriptJson::read(R"({"title": "T", "language": "en"})");
    EXPECT_FALSE(noSections.ok());
    EXPECT_TRUE(noSections.error.contains(QStringLiteral("sections")));
    EXPECT_FALSE(ScriptJson::read(R"({"title": "T", "sections": "prologue"})").ok());
    EXPECT_FALSE(ScriptJson::read(R"({"title": "T", "sections": []})").ok());
    EXPECT_FALSE(ScriptJson::read(
                     R"({"title": "T", "sections": [{"section": "prologue 1", "content": "N/A"}]})")
                     .ok());
}

TEST(ScriptJsonTest, MapFormSectionsAreAccepted)
{
    const ScriptParseResult result = ScriptJson::read(R"({
        "title": "  The   Tunguska Event ",
        "language": "EN",
        "source": "https://en.wikipedia.org/wiki/Tunguska_event",
        "sections": {
            "prologue 1": "A flash over Siberia.",
            "Prologue_2": {"heading": "The blast", "content": " Trees fell. ", "question": "Why?"},
            "epilogue": "Still debated."
        }
    })");
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    const Script& s = result.script;
    EXPECT_EQ(s.title, QStringLiteral("The Tunguska Event"));
    EXPECT_EQ(s.language, QStringLiteral("en"));
    EXPECT_EQ(s.source.kind, QStringLiteral("url"));
    EXPECT_EQ(s.source.url, QStringLiteral("https://en.wikipedia.org/wiki/Tunguska_event"));
    EXPECT_EQ(s.section(ScriptSection::Prologue1).content, QStringLiteral("A flash over Siberia."));
    EXPECT_EQ(s.section(ScriptSection::Prologue2).heading, QStringLiteral("The blast"));
    EXPECT_EQ(s.section(ScriptSection::Prologue2).content, QStringLiteral("Trees fell."));
    EXPECT_EQ(s.section(ScriptSection::Prologue2).question, QStringLiteral("Why?"));
    EXPECT_EQ(s.section(ScriptSection::Epilogue).content, QStringLiteral("Still debated."));
    EXPECT_EQ(s.tellableChapters().size(), 3);
    // The 11 sections not given are reported, not fatal.
    EXPECT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems.first().contains(QStringLiteral("exposition 1")));
}

TEST(ScriptJsonTest, ProblemsAreReportedNotFatal)
{
    const ScriptParseResult result = ScriptJson::read(R"({
        "language": "xx",
        "sections": [
            {"section": "prologue 1", "content": "first"},
            {"section": "prologue 1", "content": "again"},
            {"section": "chapter 9", "content": "unknown"},
            {"section": "prologue 2", "content": 42},
            "not an object"
        ]
    })",
                                                      QStringLiteral("ja"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.script.section(ScriptSection::Prologue1).content, QStringLiteral("first"));
    EXPECT_EQ(result.script.language, QStringLiteral("ja")); // the fallback
    EXPECT_FALSE(result.script.title.isEmpty());             // "Untitled story"
    const QString all = result.problems.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("more than once"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("chapter 9"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("xx"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("not an object"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("title"))) << all.toStdString();
}

TEST(ScriptJsonTest, MissingLanguageUsesFallbackOrEnglish)
{
    const QByteArray json = R"({"title": "T", "sections": {"epilogue": "end"}})";
    EXPECT_EQ(ScriptJson::read(json, QStringLiteral("es")).script.language, QStringLiteral("es"));
    EXPECT_EQ(ScriptJson::read(json).script.language, QStringLiteral("en"));
}

// A script from outside (a pasted one, a file, a body stored long ago) that parses as JSON
// only in part: a number beyond a double, nesting no script has. An error, never an
// exception (out_of_range escaped and ended the app).
TEST(ScriptJsonTest, NumbersOutOfRangeAndDeepNestingAreErrors)
{
    for (const QByteArray& bytes : QList<QByteArray>{
             QByteArray(R"({"title":"T","formatVersion":1e999,"sections":{"prologue1":"x"}})"),
             QByteArray(R"({"title":"T","sections":{"prologue1":"x"},"keywords":[-1e400]})"),
             QByteArray(R"({"title":"T","sections":{"prologue1":"x"},"extra":)") +
                 QByteArray(100000, '[') + QByteArray(100000, ']') + QByteArray("}")}) {
        ScriptParseResult r;
        ASSERT_NO_THROW(r = ScriptJson::read(bytes, QStringLiteral("en")));
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.error.startsWith(QStringLiteral("This script cannot be read")))
            << r.error.toStdString();
    }
}

TEST(ScriptJsonTest, SourcesWithoutTitleOrWebAddressAreSkipped)
{
    QJsonArray sources{QJsonObject{{QStringLiteral("title"), QStringLiteral("Kept")},
                                   {QStringLiteral("url"), QStringLiteral(" https://a.example/ ")}},
                       QJsonObject{{QStringLiteral("title"), QStringLiteral("No web address")},
                                   {QStringLiteral("url"), QStringLiteral("javascript:x")}},
                       QJsonObject{{QStringLiteral("url"), QStringLiteral("https://b.example/")}},
                       QStringLiteral("a bare string"), 42};
    for (int i = 0; i < Script::kMaxReferences + 3; ++i)
        sources.append(QJsonObject{{QStringLiteral("title"), QStringLiteral("More %1").arg(i)},
                                   {QStringLiteral("url"), QStringLiteral("http://c.example/")}});
    QJsonObject doc = QJsonDocument::fromJson(ScriptJson::write(fullScript())).object();
    doc[QStringLiteral("sources")] = sources;
    const ScriptParseResult result = ScriptJson::read(QJsonDocument(doc).toJson());
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.script.references.size(), Script::kMaxReferences);
    EXPECT_EQ(result.script.references.first().title, QStringLiteral("Kept"));
    EXPECT_EQ(result.script.references.first().url, QStringLiteral("https://a.example/"));
    EXPECT_EQ(result.script.references.at(1).title, QStringLiteral("More 0"));
    EXPECT_TRUE(result.problems.join(u' ').contains(QStringLiteral("Skipped 8 source")))
        << result.problems.join(u'|').toStdString();

    doc[QStringLiteral("sources")] = QStringLiteral("https://not-a-list.example/");
    const ScriptParseResult notList = ScriptJson::read(QJsonDocument(doc).toJson());
    ASSERT_TRUE(notList.ok());
    EXPECT_TRUE(notList.script.references.isEmpty());
    EXPECT_FALSE(notList.problems.isEmpty());
}

TEST(ScriptJsonTest, SupportedLanguages)
{
    EXPECT_EQ(ScriptJson::supportedLanguages(),
              QStringList({QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                           QStringLiteral("es")}));
}

TEST(ScriptJsonTest, BundledScriptsReadWithoutProblems)
{
    for (const char* bundle : {"mary-celeste", "roanoke-colony", "tunguska-event"}) {
        for (const QString& language : ScriptJson::supportedLanguages()) {
            const Script s = testdata::bundledScript(QString::fromLatin1(bundle), language);
            EXPECT_FALSE(s.title.isEmpty()) << bundle << " " << language.toStdString();
            EXPECT_EQ(s.language, language);
            EXPECT_EQ(s.tellableChapters().size(), kScriptSectionCount) << bundle;
            const ScriptParseResult again = ScriptJson::read(ScriptJson::write(s));
            EXPECT_TRUE(again.problems.isEmpty()) << again.problems.join(u'\n').toStdString();
            EXPECT_TRUE(again.script == s);
        }
    }
}

} // namespace
} // namespace st
