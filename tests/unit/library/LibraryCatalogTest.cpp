// Browsing the library (issue 18): the list's summary, languages and chapter count, how far
// the listener has heard each story (ListeningHistory, any language of a bundle), and
// "anything" and the alternatives preferring stories not heard yet.

#include "core/library/BundledLibrary.h"
#include "core/library/ListeningHistory.h"
#include "core/library/ScriptLibrary.h"
#include "core/library/ScriptListModel.h"
#include "core/match/LexicalEvaluator.h"
#include "core/script/ScriptJson.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "support/BundledLibraryFacts.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

class LibraryCatalogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        library = std::make_unique<ScriptLibrary>(db.connection());
        ASSERT_EQ(BundledLibrary().install(*library).added, testdata::kBundledScripts);
        sessions = std::make_unique<SessionStore>(db.connection());
        messages = std::make_unique<MessageStore>(db.connection());
        history = std::make_unique<ListeningHistory>(db.connection());
    }

    /// A session told from \a bundle in \a language up to \a chapter.
    void hear(const char* bundle, const char* language, int chapter)
    {
        const auto info =
            library->bundled(QString::fromLatin1(bundle), QString::fromLatin1(language));
        ASSERT_TRUE(info);
        const auto session = sessions->create(QStringLiteral("s"), info->language);
        ASSERT_TRUE(session);
        ASSERT_TRUE(
            sessions->attachScript(session->id, info->id, info->title, library->body(info->id)));
        for (int c = 0; c <= chapter; ++c) {
            ASSERT_TRUE(messages->append(session->id, MessageRecord::Role::Assistant,
                                         QStringLiteral("chapter"), MessageRecord::Status::Complete,
                                         c));
            ASSERT_TRUE(messages->append(session->id, MessageRecord::Role::User,
                                         QStringLiteral("answer"),
                                         MessageRecord::Status::Complete));
        }
    }

    QModelIndex row(const ScriptListModel& model, const char* bundle, const char* language)
    {
        const auto info =
            library->bundled(QString::fromLatin1(bundle), QString::fromLatin1(language));
        for (int r = 0; info && r < model.rowCount(); ++r) {
            if (model.index(r).data(ScriptListModel::IdRole).toLongLong() == info->id)
                return model.index(r);
        }
        return {};
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<ScriptLibrary> library;
    std::unique_ptr<SessionStore> sessions;
    std::unique_ptr<MessageStore> messages;
    std::unique_ptr<ListeningHistory> history;
};

TEST_F(LibraryCatalogTest, TheListShowsSummaryLanguagesAndChapters)
{
    const ScriptListModel model(*library, history.get());
    ASSERT_EQ(model.rowCount(), testdata::kBundledScripts);
    const QModelIndex ko = row(model, "sinan-shipwreck", "ko");
    ASSERT_TRUE(ko.isValid());
    const auto script = library->script(ko.data(ScriptListModel::IdRole).toLongLong());
    ASSERT_TRUE(script);
    EXPECT_EQ(ko.data(ScriptListModel::SummaryRole).toString(), script->summary.simplified());
    EXPECT_EQ(ko.data(ScriptListModel::LanguagesRole).toStringList(),
              (QStringList{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                           QStringLiteral("es")}));
    EXPECT_EQ(ko.data(ScriptListModel::ChapterCountRole).toInt(), kScriptSectionCount);
    EXPECT_EQ(ko.data(ScriptListModel::HeardRole).toInt(), ListeningHistory::kNotHeard);
    const QString search = ko.data(ScriptListModel::SearchRole).toString();
    EXPECT_TRUE(search.contains(script->title));
    EXPECT_TRUE(search.contains(script->keywords.last())) << search.toStdString();
}

TEST_F(LibraryCatalogTest, AUserScriptWithNotApplicableSectionsCountsItsChapters)
{
    Script mine;
    mine.title = QStringLiteral("Mine");
    mine.language = QStringLiteral("en");
    mine.summary = QStringLiteral("Line one\nline two");
    mine.section(ScriptSection::Prologue1).content = QStringLiteral("A long enough first chapter "
                                                                    "that says what happened.");
    mine.section(ScriptSection::Prologue2).content = QStringLiteral("Short one.");
    mine.section(ScriptSection::Prologue3).content = QStringLiteral("N/A");
    mine.section(ScriptSection::Epilogue).content = QStringLiteral("(해당 없음)");
    const auto id = library->add(mine);
    ASSERT_TRUE(id);
    const auto catalog = library->catalog();
    const auto it = std::find_if(catalog.begin(), catalog.end(),
                                 [&](const ScriptInfo& s) { return s.id == *id; });
    ASSERT_NE(it, catalog.end());
    EXPECT_EQ(it->chapterCount, mine.tellableChapters().size());
    EXPECT_EQ(it->chapterCount, 2);
    EXPECT_EQ(it->summary, QStringLiteral("Line one line two"));
    EXPECT_EQ(it->storyKey(), QStringLiteral("#") + QString::number(*id));
}

TEST_F(LibraryCatalogTest, HeardInOneLanguageIsHeardInAll)
{
    ScriptListModel model(*library, history.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    hear("dyatlov-pass", "ko", 5);
    hear("dyatlov-pass", "en", 3); // the furthest over both sessions counts
    hear("nazca-lines", "ja", 0);  // only the hook
    model.refreshHistory();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(row(model, "dyatlov-pass", "es").data(ScriptListModel::HeardRole).toInt(), 5);
    EXPECT_EQ(row(model, "nazca-lines", "en").data(ScriptListModel::HeardRole).toInt(), 0);
    EXPECT_EQ(row(model, "utsuro-bune", "en").data(ScriptListModel::HeardRole).toInt(),
              ListeningHistory::kNotHeard);
    model.refreshHistory(); // nothing new: no signal
    EXPECT_EQ(changed.count(), 1);

    EXPECT_EQ(ListeningHistory::stage(ListeningHistory::kNotHeard, 14), 0);
    EXPECT_EQ(ListeningHistory::stage(0, 14), 1);
    EXPECT_EQ(ListeningHistory::stage(13, 14), 1);
    EXPECT_EQ(ListeningHistory::stage(14, 14), 2);
}

TEST_F(LibraryCatalogTest, AnythingPrefersStoriesNotHeardThenNotFinished)
{
    // Every English story heard to the end but two: one begun, one never heard.
    QSet<QString> bundles;
    for (const ScriptInfo& info : library->list())
        bundles.insert(info.bundleId);
    bundles.remove(QStringLiteral("somerton-man"));
    bundles.remove(QStringLiteral("voynich-manuscript"));
    for (const QString& bundle : std::as_const(bundles))
        hear(bundle.toLatin1().constData(), "en", kScriptSectionCount);
    hear("voynich-manuscript", "en", 4);

    LexicalEvaluator evaluator(*library, [](int n) { return n - 1; }); // the last one
    evaluator.setHistory(history.get());
    const Evaluation first = evaluator.evaluate(QStringLiteral("anything"), QStringLiteral("ja"));
    EXPECT_TRUE(first.anything);
    EXPECT_EQ(library->info(first.scriptId)->bundleId, QStringLiteral("somerton-man"));
    EXPECT_EQ(library->info(first.scriptId)->language, QStringLiteral("ja"));

    hear("somerton-man", "es", kScriptSectionCount);
    const Evaluation second = evaluator.evaluate(QStringLiteral("anything"), QStringLiteral("ja"));
    EXPECT_EQ(library->info(second.scriptId)->bundleId, QStringLiteral("voynich-manuscript"));

    // Without a history every story is as good as another.
    const LexicalEvaluator noHistory(*library, [](int) { return 0; });
    EXPECT_EQ(noHistory.evaluate(QStringLiteral("anything"), QStringLiteral("en")).scriptId,
              library->ids(QStringLiteral("en")).first());
}

TEST_F(LibraryCatalogTest, AlternativesAreTheClosestThenUnheardStoriesInTheLanguage)
{
    LexicalEvaluator evaluator(*library, [](int) { return 0; });
    evaluator.setHistory(history.get());
    const Evaluation near =
        evaluator.evaluate(QStringLiteral("a frozen ship in the arctic"), QStringLiteral("en"));
    ASSERT_FALSE(near.candidates.isEmpty());
    const auto closest = evaluator.alternatives(near.candidates, QStringLiteral("en"));
    ASSERT_EQ(closest.size(), LexicalEvaluator::kClosest);
    EXPECT_EQ(closest.first().scriptId, near.candidates.first());
    EXPECT_EQ(closest.first().title, library->info(near.candidates.first())->title);

    // Nothing found: stories in the language the listener has not heard, none twice. The
    // three that would come first without a history are the ones heard.
    const QVector<qint64> korean = library->ids(QStringLiteral("ko"));
    QSet<QString> heard;
    for (int i = 0; i < 3; ++i) {
        const QString bundle = library->info(korean.at(i))->bundleId;
        heard.insert(bundle);
        hear(bundle.toLatin1().constData(), "ko", 2);
    }
    ASSERT_EQ(heard.size(), 3);
    const auto fallback = evaluator.alternatives({}, QStringLiteral("ko"));
    ASSERT_EQ(fallback.size(), LexicalEvaluator::kClosest);
    QSet<qint64> seen;
    for (const Evaluation::Alternative& a : fallback) {
        const auto info = library->info(a.scriptId);
        ASSERT_TRUE(info);
        EXPECT_EQ(info->language, QStringLiteral("ko"));
        EXPECT_FALSE(heard.contains(info->bundleId)) << info->bundleId.toStdString();
        EXPECT_FALSE(seen.contains(a.scriptId));
        seen.insert(a.scriptId);
    }
    // A candidate in another language is not offered.
    const auto english = library->bundled(QStringLiteral("nazca-lines"), QStringLiteral("en"));
    const auto mixed = evaluator.alternatives({english->id}, QStringLiteral("ko"));
    EXPECT_TRUE(std::none_of(mixed.begin(), mixed.end(),
                             [&](const auto& a) { return a.scriptId == english->id; }));
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST_F(LibraryCatalogTest, AReplyCutOffOrFailedIsNotHeard)
{
    hear("nazca-lines", "en", 2);
    const qint64 session = sessions->list().first().id;
    for (const auto status : {MessageRecord::Status::Interrupted, MessageRecord::Status::Error,
                              MessageRecord::Status::Streaming})
        ASSERT_TRUE(messages->append(session, MessageRecord::Role::Assistant,
                                     QStringLiteral("part of chapter 3"), status, 3));
    EXPECT_EQ(history->furthestChapters().value(QStringLiteral("nazca-lines")), 2);
}

} // namespace
} // namespace st
