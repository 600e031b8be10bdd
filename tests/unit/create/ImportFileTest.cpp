// ImportFile: every accepted shape (documents, one document, one script, lists of scripts,
// bundles, mixed lists), bad entries as item errors next to good ones, and file-level
// errors (unreadable, too large, empty, not JSON, another shape) with a clear message.
#include "core/create/ImportFile.h"

#include "core/script/ScriptJson.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <gtest/gtest.h>

namespace st {
namespace {

const QString kEn = QStringLiteral("en");

ImportFile::Result parse(const QByteArray& json, const QString& language = QStringLiteral("ja"))
{
    return ImportFile::parse(json, language);
}

TEST(ImportFileTest, AListOfDocumentsGivesOneDocumentItemEach)
{
    const ImportFile::Result r = parse(R"([
        {"title": "The Dancing Plague", "content": "In July 1518 a woman began to dance."},
        {"title": "  Tunguska  ", "text": "A blast over Siberia in 1908.", "language": "KO",
         "url": "https://example.org/tunguska"},
        {"body": ["First paragraph.", "Second paragraph."], "source": "https://example.org/x"},
        {"title": "Roanoke", "content": "The colony vanished.", "source": {"url": "http://e.org/r"}}
    ])");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const ImportItem& item = r.items.at(i);
        EXPECT_EQ(item.kind, ImportItem::Kind::Document) << i;
        EXPECT_EQ(item.index, i);
        EXPECT_TRUE(item.ok()) << item.error.toStdString();
        EXPECT_EQ(item.document.kind, QStringLiteral("import"));
    }
    const SourceDocument& first = r.items.at(0).document;
    EXPECT_EQ(first.title, QStringLiteral("The Dancing Plague"));
    EXPECT_EQ(first.text, QStringLiteral("In July 1518 a woman began to dance."));
    EXPECT_EQ(first.language, QStringLiteral("ja")) << "the batch's language";
    EXPECT_TRUE(first.url.isEmpty());

    const SourceDocument& second = r.items.at(1).document;
    EXPECT_EQ(second.title, QStringLiteral("Tunguska"));
    EXPECT_EQ(second.text, QStringLiteral("A blast over Siberia in 1908."));
    EXPECT_EQ(second.language, QStringLiteral("ko")) << "its own language";
    EXPECT_EQ(second.url, QStringLiteral("https://example.org/tunguska"));

    const ImportItem& third = r.items.at(2);
    EXPECT_EQ(third.title, QStringLiteral("Document 3"));
    EXPECT_TRUE(third.document.title.isEmpty());
    EXPECT_EQ(third.document.text, QStringLiteral("First paragraph.\n\nSecond paragraph."));
    EXPECT_EQ(third.document.url, QStringLiteral("https://example.org/x"));
    EXPECT_EQ(r.items.at(3).document.url, QStringLiteral("http://e.org/r"));
}

TEST(ImportFileTest, ASingleDocumentObjectIsOneItem)
{
    const ImportFile::Result r = parse(R"({"title": "Dyatlov Pass", "content": "Nine hikers."})");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items.first().kind, ImportItem::Kind::Document);
    EXPECT_EQ(r.items.first().index, 0);
    EXPECT_EQ(r.items.first().title, QStringLiteral("Dyatlov Pass"));
}

TEST(ImportFileTest, UnknownLanguageAndNonAddressSourceAreNotesNotErrors)
{
    const ImportFile::Result r =
        parse(R"([{"title": "A", "content": "Text.", "language": "fr", "source": "Wikipedia"}])");
    ASSERT_TRUE(r.ok());
    const ImportItem& item = r.items.first();
    EXPECT_TRUE(item.ok());
    EXPECT_EQ(item.document.language, QStringLiteral("ja"));
    EXPECT_TRUE(item.document.url.isEmpty());
    EXPECT_EQ(item.notes.size(), 2);
    EXPECT_TRUE(item.notes.join(u' ').contains(QStringLiteral("\"fr\"")));
    EXPECT_TRUE(item.notes.join(u' ').contains(QStringLiteral("Wikipedia")));
}

TEST(ImportFileTest, ASingleScriptObjectIsAScriptItem)
{
    const Script script = testdata::bundledScript(QStringLiteral("mary-celeste"), kEn);
    const ImportFile::Result r = parse(ScriptJson::write(script));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items.first().kind, ImportItem::Kind::Script);
    EXPECT_TRUE(r.items.first().ok());
    EXPECT_EQ(r.items.first().title, QStringLiteral("The Mary Celeste"));
    EXPECT_TRUE(r.items.first().script == script);
}

TEST(ImportFileTest, AListOfScriptsAndABundleAreScriptItems)
{
    const Script a = testdata::numberedScript(14, QStringLiteral("es"));
    const Script b =
        testdata::bundledScript(QStringLiteral("tunguska-event"), QStringLiteral("ko"));
    const QByteArray list = '[' + ScriptJson::write(a) + ',' + ScriptJson::write(b) + ']';
    const ImportFile::Result r = parse(list);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_TRUE(r.items.at(0).script == a);
    EXPECT_TRUE(r.items.at(1).script == b);
    EXPECT_EQ(r.items.at(1).index, 1);

    // A bundled library file as shipped: {"id", "version", "scripts": [4 languages]}.
    TempDataDir dir;
    QFile bundle(QStringLiteral(":/library/roanoke-colony.json"));
    ASSERT_TRUE(bundle.open(QIODevice::ReadOnly));
    ASSERT_TRUE(dir.writeFile(QStringLiteral("roanoke.json"), bundle.readAll()));
    const ImportFile::Result file =
        ImportFile::read(dir.filePath(QStringLiteral("roanoke.json")), kEn);
    ASSERT_TRUE(file.ok()) << file.error.toStdString();
    ASSERT_EQ(file.items.size(), 4);
    QStringList languages;
    for (const ImportItem& item : file.items) {
        EXPECT_EQ(item.kind, ImportItem::Kind::Script);
        EXPECT_TRUE(item.ok()) << item.error.toStdString();
        languages.append(item.script.language);
    }
    languages.sort();
    EXPECT_EQ(languages, (QStringList{QStringLiteral("en"), QStringLiteral("es"),
                                      QStringLiteral("ja"), QStringLiteral("ko")}));
    EXPECT_TRUE(file.items.first().script ==
                testdata::bundledScript(QStringLiteral("roanoke-colony"),
                                        file.items.first().script.language));
}

TEST(ImportFileTest, AMixedListKeepsGoodEntriesAndNamesWhatIsWrongWithTheOthers)
{
    Script noLanguage = testdata::numberedScript(3);
    const QByteArray script = ScriptJson::write(noLanguage).replace("\"en\"", "\"\"");
    const QByteArray json = R"([
        {"title": "Good", "content": "A true story."},
        42,
        {"title": "Empty", "content": "  \n "},
        {"title": "No text"},
        {"title": "Not text", "content": {"a": 1}},
        {"format": "storyteller-script", "title": "Broken", "sections": []},
        )" + script + R"(,
        ["nested"]
    ])";
    const ImportFile::Result r = parse(json, QStringLiteral("es"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.items.size(), 8);

    EXPECT_TRUE(r.items.at(0).ok());
    EXPECT_EQ(r.items.at(1).title, QStringLiteral("Item 2"));
    EXPECT_TRUE(r.items.at(1).error.contains(QStringLiteral("not an object")));
    EXPECT_EQ(r.items.at(2).kind, ImportItem::Kind::Document);
    EXPECT_TRUE(r.items.at(2).error.contains(QStringLiteral("empty")))
        << r.items.at(2).error.toStdString();
    EXPECT_TRUE(r.items.at(3).error.contains(QStringLiteral("\"content\"")))
        << r.items.at(3).error.toStdString();
    EXPECT_TRUE(r.items.at(4).error.contains(QStringLiteral("not text")));

    const ImportItem& broken = r.items.at(5);
    EXPECT_EQ(broken.kind, ImportItem::Kind::Script);
    EXPECT_EQ(broken.title, QStringLiteral("Broken"));
    EXPECT_EQ(broken.error, ScriptJson::read(R"({"title": "Broken", "sections": []})").error);
    EXPECT_FALSE(broken.error.isEmpty());

    const ImportItem& ready = r.items.at(6);
    EXPECT_TRUE(ready.ok()) << ready.error.toStdString();
    EXPECT_EQ(ready.script.language, QStringLiteral("es")) << "the batch's language";
    EXPECT_FALSE(ready.notes.isEmpty()) << "11 empty sections are noted";

    EXPECT_TRUE(r.items.at(7).error.contains(QStringLiteral("not an object")));
}

TEST(ImportFileTest, FilesOfNoUsableShapeAreRefusedWithWhatIsExpected)
{
    const QString expected = ImportFile::expectedShape();
    EXPECT_TRUE(expected.contains(QStringLiteral("\"content\"")));

    for (const QByteArray& bytes :
         {QByteArray(), QByteArray(" \n\t"), QByteArray("title: A\ncontent: B"),
          QByteArray("[{\"title\": \"A\", \"content\": \"B\"}"), QByteArray("\"just text\""),
          QByteArray("17"), QByteArray("null"), QByteArray(R"({"name": "A", "story": "B"})"),
          QByteArray(R"({"format": "storyteller-library"})")}) {
        const ImportFile::Result r = parse(bytes);
        EXPECT_FALSE(r.ok()) << bytes.toStdString();
        EXPECT_TRUE(r.items.isEmpty()) << bytes.toStdString();
        EXPECT_TRUE(r.error.endsWith(expected)) << r.error.toStdString();
    }
    EXPECT_TRUE(parse("").error.startsWith(QStringLiteral("The file is empty.")));
    EXPECT_TRUE(parse("{oops}").error.contains(QStringLiteral("not valid JSON (at byte")));

    const ImportFile::Result empty = parse("[]");
    EXPECT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error.contains(QStringLiteral("nothing to import")));
    EXPECT_FALSE(parse(R"({"scripts": []})").ok());

    const QByteArray deep = QByteArray(200, '[') + QByteArray(200, ']');
    const ImportFile::Result tooDeep = parse(deep);
    EXPECT_FALSE(tooDeep.ok());
    EXPECT_TRUE(tooDeep.error.contains(QStringLiteral("nested too deeply")));

    // A number beyond a double threw out_of_range, which only parse errors were caught for.
    for (const char* big : {R"([{"title": "A", "content": "B", "year": 1e999}])",
                            R"({"format": "storyteller-library", "version": -1e400})"}) {
        ImportFile::Result r;
        ASSERT_NO_THROW(r = parse(big)) << big;
        EXPECT_FALSE(r.ok());
        EXPECT_TRUE(r.error.contains(QStringLiteral("number too large"))) << r.error.toStdString();
        EXPECT_TRUE(r.error.endsWith(expected));
    }
}

TEST(ImportFileTest, UnreadableAndOversizedFilesAreRefused)
{
    TempDataDir dir;
    const ImportFile::Result missing =
        ImportFile::read(dir.filePath(QStringLiteral("nope.json")), kEn);
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.startsWith(QStringLiteral("Cannot read the file")));

    const QByteArray json = R"([{"title": "A", "content": ")" + QByteArray(300, 'x') + R"("}])";
    ASSERT_TRUE(dir.writeFile(QStringLiteral("big.json"), json));
    const QString path = dir.filePath(QStringLiteral("big.json"));
    const ImportFile::Result big = ImportFile::read(path, kEn, 2 * 1024 * 1024 - 1);
    EXPECT_TRUE(big.ok()) << "under the cap";
    const ImportFile::Result capped = ImportFile::read(path, kEn, 100);
    EXPECT_FALSE(capped.ok());
    EXPECT_TRUE(capped.error.contains(QStringLiteral("too large"))) << capped.error.toStdString();
    EXPECT_EQ(ImportFile::kMaxBytes, 50LL * 1024 * 1024);
}

TEST(ImportFileTest, AByteOrderMarkIsAccepted)
{
    const ImportFile::Result r = parse("\xEF\xBB\xBF[{\"title\": \"A\", \"content\": \"B\"}]");
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.items.size(), 1);
}

} // namespace
} // namespace st
