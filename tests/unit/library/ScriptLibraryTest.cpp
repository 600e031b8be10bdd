#include "core/library/ScriptLibrary.h"

#include "core/library/ScriptListModel.h"
#include "core/store/Database.h"
#include "core/text/SearchText.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

Script makeScript(const QString& title, const QString& language, const QString& body)
{
    Script s;
    s.title = title;
    s.language = language;
    s.summary = QStringLiteral("Summary of ") + title + u'.';
    s.keywords = {QStringLiteral("keyword")};
    s.section(ScriptSection::Prologue1).heading = QStringLiteral("Start");
    s.section(ScriptSection::Prologue1).content = body;
    s.section(ScriptSection::Epilogue).content = QStringLiteral("The end.");
    return s;
}

class ScriptLibraryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection(), [this] { return now; });
    }

    qint64 add(const Script& script)
    {
        const auto id = library->add(script);
        return id.value_or(0);
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    qint64 now = 42;
    std::unique_ptr<ScriptLibrary> library;
};

TEST_F(ScriptLibraryTest, AddThenGetGivesTheSameScript)
{
    Script script = makeScript(QStringLiteral("The Mary Celeste"), QStringLiteral("en"),
                               QStringLiteral("A ship adrift in 1872."));
    script.source.kind = QStringLiteral("url");
    script.source.url = QStringLiteral("https://example.org/mary");
    script.hook = QStringLiteral("Why did they leave?");
    const qint64 id = add(script);
    ASSERT_GT(id, 0);

    const auto read = library->script(id);
    ASSERT_TRUE(read);
    EXPECT_TRUE(*read == script);
    EXPECT_FALSE(library->body(id).isEmpty());

    const auto info = library->info(id);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->title, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(info->language, QStringLiteral("en"));
    EXPECT_EQ(info->origin, QStringLiteral("user"));
    EXPECT_EQ(info->sourceUrl, QStringLiteral("https://example.org/mary"));
    EXPECT_TRUE(info->bundleId.isEmpty());

    EXPECT_FALSE(library->script(id + 100));
    EXPECT_FALSE(library->info(id + 100));
    EXPECT_TRUE(library->body(id + 100).isEmpty());
}

TEST_F(ScriptLibraryTest, UpdateReplacesScriptAndIndex)
{
    const qint64 id = add(makeScript(QStringLiteral("Old Title"), QStringLiteral("en"),
                                     QStringLiteral("Lighthouse keepers vanished.")));
    ASSERT_GT(id, 0);
    Script changed = makeScript(QStringLiteral("Flannan Isles"), QStringLiteral("en"),
                                QStringLiteral("Three keepers were gone in December 1900."));
    ASSERT_TRUE(library->update(id, changed));
    EXPECT_TRUE(*library->script(id) == changed);
    EXPECT_EQ(library->info(id)->title, QStringLiteral("Flannan Isles"));
    EXPECT_EQ(library->count(), 1);

    EXPECT_EQ(
        library->search(SearchText::terms(QStringLiteral("flannan")), QStringLiteral("en"), 5),
        QVector<qint64>{id});
    EXPECT_TRUE(
        library->search(SearchText::terms(QStringLiteral("lighthouse")), QStringLiteral("en"), 5)
            .isEmpty());
    EXPECT_EQ(library->documentFrequency(QStringLiteral("old"), QString()), 0);
}

TEST_F(ScriptLibraryTest, ListIdsAndCount)
{
    const qint64 b =
        add(makeScript(QStringLiteral("banana"), QStringLiteral("en"), QStringLiteral("x")));
    const qint64 a =
        add(makeScript(QStringLiteral("Apple"), QStringLiteral("ko"), QStringLiteral("y")));
    const qint64 c =
        add(makeScript(QStringLiteral("Cherry"), QStringLiteral("en"), QStringLiteral("z")));
    const auto all = library->list();
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).id, a); // by title, ignoring case
    EXPECT_EQ(all.at(1).id, b);
    EXPECT_EQ(all.at(2).id, c);

    EXPECT_EQ(library->ids(), (QVector<qint64>{b, a, c}));
    EXPECT_EQ(library->ids(QStringLiteral("en")), (QVector<qint64>{b, c}));
    EXPECT_EQ(library->ids(QStringLiteral("ja")), QVector<qint64>());
    EXPECT_EQ(library->count(), 3);
    EXPECT_EQ(library->count(QString()), 3);
    EXPECT_EQ(library->count(QStringLiteral("")), 3);
    EXPECT_EQ(library->count(QStringLiteral("ko")), 1);
}

TEST_F(ScriptLibraryTest, SearchRanksTitleAboveBodyAndFiltersLanguage)
{
    const qint64 body = add(makeScript(QStringLiteral("Ships of 1872"), QStringLiteral("en"),
                                       QStringLiteral("Among them the Celeste, found adrift.")));
    const qint64 title = add(makeScript(QStringLiteral("The Mary Celeste"), QStringLiteral("en"),
                                        QStringLiteral("A brigantine found adrift.")));
    const qint64 korean = add(makeScript(QStringLiteral("메리 셀레스트호"), QStringLiteral("ko"),
                                         QStringLiteral("대서양에서 발견된 배. Celeste")));
    add(makeScript(QStringLiteral("Unrelated"), QStringLiteral("en"),
                   QStringLiteral("Nothing here.")));

    const QStringList celeste = SearchText::terms(QStringLiteral("celeste"));
    EXPECT_EQ(library->search(celeste, QStringLiteral("en"), 5), (QVector<qint64>{title, body}));
    EXPECT_EQ(library->search(celeste, QStringLiteral("ko"), 5), QVector<qint64>{korean});
    EXPECT_EQ(library->search(celeste, QString(), 5).size(), 3);
    EXPECT_EQ(library->search(celeste, QString(), 1).size(), 1);
    EXPECT_TRUE(library->search({}, QString(), 5).isEmpty());
    // Korean inside a longer word, through bigrams.
    EXPECT_EQ(library->search(SearchText::queryTerms(QStringLiteral("셀레스트")), QString(), 5),
              QVector<qint64>{korean});
    // Accents folded on both sides.
    EXPECT_EQ(library->search(SearchText::terms(QStringLiteral("brigántine")), QString(), 5),
              QVector<qint64>{title});
    // Quotes and FTS syntax in a term are taken literally.
    EXPECT_TRUE(library->search({QStringLiteral("\"OR*")}, QString(), 5).isEmpty());
    EXPECT_TRUE(library->lastError().isEmpty()) << library->lastError().toStdString();
}

TEST_F(ScriptLibraryTest, DocumentFrequency)
{
    add(makeScript(QStringLiteral("One"), QStringLiteral("en"), QStringLiteral("storm at sea")));
    add(makeScript(QStringLiteral("Two"), QStringLiteral("en"), QStringLiteral("calm sea")));
    add(makeScript(QStringLiteral("Tres"), QStringLiteral("es"), QStringLiteral("sea mar")));
    EXPECT_EQ(library->documentFrequency(QStringLiteral("sea"), QString()), 3);
    EXPECT_EQ(library->documentFrequency(QStringLiteral("sea"), QStringLiteral("en")), 2);
    EXPECT_EQ(library->documentFrequency(QStringLiteral("storm"), QStringLiteral("en")), 1);
    EXPECT_EQ(library->documentFrequency(QStringLiteral("storm"), QStringLiteral("es")), 0);
    EXPECT_EQ(library->documentFrequency(QStringLiteral("desert"), QString()), 0);
}

TEST_F(ScriptLibraryTest, SearchableBodyHoldsEveryPart)
{
    Script s =
        makeScript(QStringLiteral("T"), QStringLiteral("en"), QStringLiteral("prologue text"));
    s.hook = QStringLiteral("hook text");
    s.section(ScriptSection::Climax2).heading = QStringLiteral("climax heading");
    const QString body = ScriptLibrary::searchableBody(s);
    for (const char* part : {"Summary of T.", "keyword", "hook text", "Start", "prologue text",
                             "climax heading", "The end."})
        EXPECT_TRUE(body.contains(QString::fromLatin1(part))) << part;
}

TEST_F(ScriptLibraryTest, ChangesAreSignalledOncePerTransaction)
{
    QSignalSpy spy(library.get(), &ScriptLibrary::libraryChanged);
    add(makeScript(QStringLiteral("A"), QStringLiteral("en"), QStringLiteral("a")));
    EXPECT_EQ(spy.count(), 1);
    ASSERT_TRUE(library->transaction([this] {
        return add(makeScript(QStringLiteral("B"), QStringLiteral("en"), QStringLiteral("b"))) >
                   0 &&
               add(makeScript(QStringLiteral("C"), QStringLiteral("en"), QStringLiteral("c"))) > 0;
    }));
    EXPECT_EQ(spy.count(), 2);
    EXPECT_EQ(library->count(), 3);
}

TEST_F(ScriptLibraryTest, FailedTransactionLeavesNothing)
{
    QSignalSpy spy(library.get(), &ScriptLibrary::libraryChanged);
    EXPECT_FALSE(library->transaction([this] {
        add(makeScript(QStringLiteral("B"), QStringLiteral("en"), QStringLiteral("beacon")));
        return false;
    }));
    EXPECT_EQ(spy.count(), 0);
    EXPECT_EQ(library->count(), 0);
    EXPECT_TRUE(library->search({QStringLiteral("beacon")}, QString(), 5).isEmpty());
}

TEST_F(ScriptLibraryTest, ListModelFollowsTheLibrary)
{
    ScriptListModel model(*library);
    EXPECT_EQ(model.rowCount(), 0);
    const qint64 id =
        add(makeScript(QStringLiteral("Roanoke"), QStringLiteral("es"), QStringLiteral("x")));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex i = model.index(0);
    EXPECT_EQ(model.data(i, Qt::DisplayRole).toString(), QStringLiteral("Roanoke"));
    EXPECT_EQ(model.data(i, ScriptListModel::IdRole).toLongLong(), id);
    EXPECT_EQ(model.data(i, ScriptListModel::LanguageRole).toString(), QStringLiteral("es"));
    EXPECT_EQ(model.data(i, ScriptListModel::OriginRole).toString(), QStringLiteral("user"));
    EXPECT_EQ(model.roleNames().value(ScriptListModel::TitleRole), QByteArray("title"));
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST_F(ScriptLibraryTest, FindsAScriptWrittenFromTheSamePage)
{
    Script script = makeScript(QStringLiteral("Dyatlov Pass"), QStringLiteral("en"),
                               QStringLiteral("Nine hikers."));
    script.source.kind = QStringLiteral("url");
    script.source.url = QStringLiteral("https://example.org/wiki/Dyatlov");
    const qint64 id = add(script);
    ASSERT_GT(id, 0);
    for (const QString& same : {QStringLiteral("https://example.org/wiki/Dyatlov"),
                                QStringLiteral("https://example.org/wiki/Dyatlov/"),
                                QStringLiteral("http://example.org/wiki/Dyatlov#Aftermath"),
                                QStringLiteral("  HTTPS://EXAMPLE.org/wiki/Dyatlov  ")}) {
        const auto found = library->findBySourceUrl(same, QStringLiteral("en"));
        ASSERT_TRUE(found) << same.toStdString();
        EXPECT_EQ(found->id, id);
    }
    EXPECT_FALSE(library->findBySourceUrl(QStringLiteral("https://example.org/wiki/Dyatlov"),
                                          QStringLiteral("ko")));
    EXPECT_FALSE(library->findBySourceUrl(QStringLiteral("https://example.org/wiki/Other"),
                                          QStringLiteral("en")));
    EXPECT_FALSE(library->findBySourceUrl(QString(), QStringLiteral("en")));
    EXPECT_FALSE(library->findBySourceUrl(QStringLiteral("not a url"), QStringLiteral("en")));
}

} // namespace
} // namespace st
