// ScriptExporter: one script is a script object, several a storyteller-library object;
// both read back through ImportFile as the same scripts; files are written atomically.
#include "core/library/ScriptExporter.h"

#include "core/create/ImportFile.h"
#include "core/library/ScriptLibrary.h"
#include "core/script/ScriptJson.h"
#include "core/store/Database.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

namespace st {
namespace {

QVector<Script> scriptsOf(const ImportFile::Result& r)
{
    QVector<Script> out;
    for (const ImportItem& item : r.items) {
        EXPECT_EQ(item.kind, ImportItem::Kind::Script);
        EXPECT_TRUE(item.ok()) << item.error.toStdString();
        out.append(item.script);
    }
    return out;
}

QVector<Script> sampleScripts()
{
    QVector<Script> out;
    for (const char* bundle : {"mary-celeste", "roanoke-colony", "tunguska-event"}) {
        for (const char* language : {"en", "ko", "ja", "es"})
            out.append(testdata::bundledScript(QString::fromLatin1(bundle),
                                               QString::fromLatin1(language)));
    }
    Script own = testdata::numberedScript(5, QStringLiteral("es"));
    own.source.kind = QStringLiteral("import");
    own.hook = QStringLiteral("¿Qué vio el farero?");
    own.keywords = {QStringLiteral("faro"), QStringLiteral("1900")};
    own.section(ScriptSection::Prologue2).question = QStringLiteral("¿Y tú?");
    out.append(own);
    return out;
}

TEST(ScriptExporterTest, OneScriptIsAScriptObjectThatReadsBackTheSame)
{
    const Script script = sampleScripts().last();
    const QByteArray json = ScriptExporter::toJson({script});
    EXPECT_TRUE(json.endsWith('\n'));
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(object.value(QStringLiteral("format")).toString(),
              QStringLiteral("storyteller-script"));
    EXPECT_EQ(json, ScriptJson::write(script) + '\n') << "the same form as a single export";

    const QVector<Script> back = scriptsOf(ImportFile::parse(json, QStringLiteral("en")));
    ASSERT_EQ(back.size(), 1);
    EXPECT_TRUE(back.first() == script);
}

TEST(ScriptExporterTest, SeveralScriptsAreALibraryObjectThatReadsBackInOrder)
{
    const QVector<Script> scripts = sampleScripts();
    const QByteArray json = ScriptExporter::toJson(scripts);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(object.value(QStringLiteral("format")).toString(),
              QStringLiteral("storyteller-library"));
    EXPECT_EQ(object.value(QStringLiteral("formatVersion")).toInt(), 1);
    EXPECT_EQ(object.value(QStringLiteral("scripts")).toArray().size(), scripts.size());

    const QVector<Script> back = scriptsOf(ImportFile::parse(json, QStringLiteral("en")));
    ASSERT_EQ(back.size(), scripts.size());
    for (int i = 0; i < scripts.size(); ++i)
        EXPECT_TRUE(back.at(i) == scripts.at(i)) << i << ' ' << scripts.at(i).title.toStdString();

    const QVector<Script> compact =
        scriptsOf(ImportFile::parse(ScriptExporter::toJson(scripts, false), QStringLiteral("en")));
    ASSERT_EQ(compact.size(), scripts.size());
    EXPECT_TRUE(compact.last() == scripts.last());
}

TEST(ScriptExporterTest, LibraryScriptsRoundTripThroughAFile)
{
    TempDataDir dir;
    Database db(dir.databasePath());
    ASSERT_TRUE(db.open().ok());
    ScriptLibrary library(db.connection());
    QVector<Script> stored;
    for (const Script& script : sampleScripts()) {
        const auto id = library.add(script);
        ASSERT_TRUE(id);
        stored.append(*library.script(*id));
    }
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(dir.writeFile(QStringLiteral("export.json"), "old contents"));
    QString error;
    ASSERT_TRUE(ScriptExporter::writeFile(path, stored, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(dir.readFile(QStringLiteral("export.json")), ScriptExporter::toJson(stored));

    const ImportFile::Result read = ImportFile::read(path, QStringLiteral("en"));
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    const QVector<Script> back = scriptsOf(read);
    ASSERT_EQ(back.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i)
        EXPECT_TRUE(back.at(i) == stored.at(i)) << i;
}

TEST(ScriptExporterTest, AFileThatCannotBeWrittenIsAnErrorAndLeavesNothing)
{
    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/export.json"));
    QString error;
    EXPECT_FALSE(ScriptExporter::writeFile(path, sampleScripts(), &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(ScriptExporter::writeFile(path, sampleScripts())); // no error pointer: fine
}

TEST(ScriptExporterTest, NoScriptsIsAnEmptyLibrary)
{
    const QJsonObject object = QJsonDocument::fromJson(ScriptExporter::toJson({})).object();
    EXPECT_EQ(object.value(QStringLiteral("format")).toString(),
              QStringLiteral("storyteller-library"));
    EXPECT_TRUE(object.value(QStringLiteral("scripts")).toArray().isEmpty());
}

} // namespace
} // namespace st
