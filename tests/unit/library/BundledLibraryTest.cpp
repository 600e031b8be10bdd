#include "core/library/BundledLibrary.h"

#include "core/library/ScriptLibrary.h"
#include "core/store/Database.h"
#include "support/BundledLibraryFacts.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

namespace st {
namespace {

QJsonObject bundle(const char* name)
{
    QFile file(QStringLiteral(":/library/") + QString::fromLatin1(name) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

class BundledLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection());
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<ScriptLibrary> library;
};

TEST_F(BundledLibraryTest, FirstInstallAddsEveryBundledScript)
{
    const BundledLibrary::Report report = BundledLibrary().install(*library);
    EXPECT_EQ(report.added, testdata::kBundledScripts);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, 0);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(u'\n').toStdString();
    EXPECT_EQ(library->count(), testdata::kBundledScripts);
    for (const char* language : {"en", "ko", "ja", "es"})
        EXPECT_EQ(library->count(QString::fromLatin1(language)), testdata::kBundledStories)
            << language;

    QSet<QString> bundles;
    for (const ScriptInfo& info : library->list()) {
        EXPECT_EQ(info.origin, QStringLiteral("bundled"));
        EXPECT_GE(info.bundleVersion, 1);
        EXPECT_FALSE(info.sourceUrl.isEmpty()) << info.title.toStdString();
        bundles.insert(info.bundleId);
        const auto script = library->script(info.id);
        ASSERT_TRUE(script);
        EXPECT_EQ(script->tellableChapters().size(), kScriptSectionCount);
        EXPECT_EQ(script->source.kind, QStringLiteral("url"));
    }
    EXPECT_EQ(bundles.size(), testdata::kBundledStories);
    for (const char* id : {"mary-celeste", "roanoke-colony", "tunguska-event", "dyatlov-pass",
                           "sinan-shipwreck", "glico-morinaga-case", "andes-flight-571"})
        EXPECT_TRUE(bundles.contains(QString::fromLatin1(id))) << id;
    const auto english = library->bundled(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_EQ(english->title, QStringLiteral("The Mary Celeste"));
}

TEST_F(BundledLibraryTest, SecondInstallChangesNothing)
{
    ASSERT_EQ(BundledLibrary().install(*library).added, testdata::kBundledScripts);
    const QVector<ScriptInfo> before = library->list();
    const BundledLibrary::Report report = BundledLibrary().install(*library);
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.updated, 0);
    EXPECT_EQ(report.unchanged, testdata::kBundledScripts);
    EXPECT_EQ(library->count(), testdata::kBundledScripts);
    const QVector<ScriptInfo> after = library->list();
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        EXPECT_EQ(after.at(i).id, before.at(i).id);
}

TEST_F(BundledLibraryTest, NewerVersionUpdatesOnlyBundledRows)
{
    ASSERT_EQ(BundledLibrary().install(*library).added, testdata::kBundledScripts);

    // The user's own script with the title the new version will use, and one with the old.
    Script mine;
    mine.title = QStringLiteral("The Mary Celeste (revised)");
    mine.language = QStringLiteral("en");
    mine.section(ScriptSection::Prologue1).content = QStringLiteral("My own telling.");
    const auto mineId = library->add(mine);
    Script mineOld = mine;
    mineOld.title = QStringLiteral("The Mary Celeste");
    const auto mineOldId = library->add(mineOld);
    ASSERT_TRUE(mineId && mineOldId);
    const QString mineBody = library->body(*mineId);
    const QString mineOldBody = library->body(*mineOldId);
    const auto bundledEn = library->bundled(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    const auto roanokeEn = library->bundled(QStringLiteral("roanoke-colony"), QStringLiteral("en"));
    ASSERT_TRUE(bundledEn && roanokeEn);
    const QString roanokeBody = library->body(roanokeEn->id);

    // The next version of one bundle, with a new English title.
    QJsonObject doc = bundle("mary-celeste");
    ASSERT_FALSE(doc.isEmpty());
    const int next = doc.value(QStringLiteral("version")).toInt() + 1;
    doc.insert(QStringLiteral("version"), next);
    QJsonArray scripts = doc.value(QStringLiteral("scripts")).toArray();
    for (int i = 0; i < scripts.size(); ++i) {
        QJsonObject s = scripts.at(i).toObject();
        if (s.value(QStringLiteral("language")).toString() == QLatin1String("en")) {
            s.insert(QStringLiteral("title"), QStringLiteral("The Mary Celeste (revised)"));
            scripts.replace(i, s);
        }
    }
    doc.insert(QStringLiteral("scripts"), scripts);
    ASSERT_TRUE(
        dir.writeFile(QStringLiteral("bundle/mary-celeste.json"), QJsonDocument(doc).toJson()));

    const BundledLibrary::Report report =
        BundledLibrary(dir.filePath(QStringLiteral("bundle"))).install(*library);
    EXPECT_TRUE(report.problems.isEmpty()) << report.problems.join(u'\n').toStdString();
    EXPECT_EQ(report.added, 0);
    EXPECT_EQ(report.updated, 4); // every language of that bundle
    EXPECT_EQ(report.unchanged, 0);
    EXPECT_EQ(library->count(), testdata::kBundledScripts + 2);

    const auto updated = library->info(bundledEn->id);
    ASSERT_TRUE(updated);
    EXPECT_EQ(updated->title, QStringLiteral("The Mary Celeste (revised)"));
    EXPECT_EQ(updated->bundleVersion, next);
    EXPECT_EQ(updated->origin, QStringLiteral("bundled"));
    EXPECT_EQ(
        library->info(library->bundled(QStringLiteral("mary-celeste"), QStringLiteral("ja"))->id)
            ->bundleVersion,
        next);

    // The user's scripts and the other bundles are untouched.
    EXPECT_EQ(library->body(*mineId), mineBody);
    EXPECT_EQ(library->body(*mineOldId), mineOldBody);
    EXPECT_EQ(library->info(*mineId)->origin, QStringLiteral("user"));
    EXPECT_EQ(library->info(*mineOldId)->title, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(library->body(roanokeEn->id), roanokeBody);
    EXPECT_EQ(library->info(roanokeEn->id)->bundleVersion, roanokeEn->bundleVersion);

    // Installing the same version again: unchanged.
    const BundledLibrary::Report again =
        BundledLibrary(dir.filePath(QStringLiteral("bundle"))).install(*library);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 4);
    // An older version (the built-in one) never downgrades.
    const BundledLibrary::Report older = BundledLibrary().install(*library);
    EXPECT_EQ(older.updated, 0);
    EXPECT_EQ(library->info(bundledEn->id)->title, QStringLiteral("The Mary Celeste (revised)"));
}

TEST_F(BundledLibraryTest, BrokenFilesAreReportedAndTheRestInstalled)
{
    ASSERT_TRUE(dir.writeFile(QStringLiteral("bundle/a-broken.json"), "{ not json"));
    ASSERT_TRUE(
        dir.writeFile(QStringLiteral("bundle/b-noversion.json"), R"({"id": "x", "scripts": []})"));
    QJsonObject good = bundle("tunguska-event");
    ASSERT_TRUE(dir.writeFile(QStringLiteral("bundle/c-good.json"), QJsonDocument(good).toJson()));
    const BundledLibrary::Report report =
        BundledLibrary(dir.filePath(QStringLiteral("bundle"))).install(*library);
    EXPECT_EQ(report.added, 4);
    ASSERT_EQ(report.problems.size(), 2) << report.problems.join(u'\n').toStdString();
    EXPECT_TRUE(report.problems.at(0).startsWith(QStringLiteral("a-broken.json")));
    EXPECT_TRUE(report.problems.at(1).startsWith(QStringLiteral("b-noversion.json")));
    EXPECT_EQ(library->count(), 4);
}

TEST_F(BundledLibraryTest, MissingFolderInstallsNothing)
{
    const BundledLibrary::Report report =
        BundledLibrary(dir.filePath(QStringLiteral("nowhere"))).install(*library);
    EXPECT_EQ(report.added + report.updated + report.unchanged, 0);
    EXPECT_EQ(library->count(), 0);
}

} // namespace
} // namespace st
