#include "core/flow/AppController.h"

#include "core/library/ScriptLibrary.h"
#include "core/library/ScriptListModel.h"
#include "core/match/LexicalEvaluator.h"
#include "core/narration/ChatSession.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "support/BundledLibraryFacts.h"
#include "support/OfflineAppTest.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Decision = Evaluation::Decision;

const QString kMarkdown = QStringLiteral(
    "# Title: The Flannan Isles Mystery\n"
    "# prologue 1 : A relief ship\n"
    "In December 1900 the relief ship Hesperus reached the Flannan Isles lighthouse.\n"
    "# prologue 2 : Silence\n"
    "No flag flew, and no keeper came down to the landing.\n"
    "# epilogue\n"
    "The three keepers were never found.\n");

class AppControllerTest : public OfflineAppTest
{
protected:
    /// Asks and waits until the check has finished; returns the evaluation's decision.
    std::optional<Decision> ask(const QString& request)
    {
        QSignalSpy finished(controller.get(), &AppController::checkFinished);
        controller->ask(request);
        if (!finished.wait(10000))
            return std::nullopt;
        lastEvaluation = finished.first().at(0).value<Evaluation>();
        return finished.first().at(1).value<Decision>();
    }

    bool waitIdle()
    {
        ChatSession* chat = controller->chat();
        return chat && QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000);
    }

    bool say(const QString& text)
    {
        ChatSession* chat = controller->chat();
        return chat && chat->send(text) && waitIdle();
    }

    Evaluation lastEvaluation;
};

TEST_F(AppControllerTest, InitializeInstallsTheBundledStoriesOnce)
{
    EXPECT_EQ(controller->library().count(), testdata::kBundledScripts);
    EXPECT_EQ(controller->scriptModel()->rowCount(), testdata::kBundledScripts);
    controller->initialize();
    EXPECT_EQ(controller->library().count(), testdata::kBundledScripts);
    EXPECT_EQ(page(), Page::Settings);
    EXPECT_EQ(controller->chat(), nullptr);
}

TEST_F(AppControllerTest, InitializeMarksRepliesLeftStreamingAsInterrupted)
{
    const auto session = controller->sessions().create(QStringLiteral("S"), QStringLiteral("en"));
    ASSERT_TRUE(session);
    const auto cut = controller->messages().append(session->id, MessageRecord::Role::Assistant,
                                                   QStringLiteral("Half a"),
                                                   MessageRecord::Status::Streaming, 1);
    ASSERT_TRUE(cut);
    controller->initialize();
    EXPECT_EQ(controller->messages().get(cut->id)->status, MessageRecord::Status::Interrupted);
}

TEST_F(AppControllerTest, ASessionWithoutANameIsUntitledUntilItsStoryNamesIt)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("  "), QStringLiteral("en")));
    EXPECT_EQ(page(), Page::Check);
    ASSERT_TRUE(controller->currentSession());
    EXPECT_EQ(controller->currentSession()->name, QStringLiteral("Untitled"));
    EXPECT_FALSE(controller->currentSession()->titleByUser);
    ASSERT_EQ(ask(QStringLiteral("anything")), Decision::Match);
    const auto session = controller->currentSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(session->name, controller->chat()->script().title);
}

TEST_F(AppControllerTest, ANamedSessionKeepsItsName)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    EXPECT_TRUE(controller->currentSession()->titleByUser);
    ASSERT_EQ(ask(QStringLiteral("anything")), Decision::Match);
    EXPECT_EQ(controller->currentSession()->name, QStringLiteral("Evening"));
}

// A session started in the language offered by default does not fix that language: the
// story language keeps following the interface's until the user picks another.
TEST_F(AppControllerTest, StartingInTheDefaultLanguageDoesNotChooseIt)
{
    settings->setUiLanguage(QStringLiteral("ko"));
    ASSERT_FALSE(settings->storyLanguageChosen());
    ASSERT_EQ(settings->storyLanguage(), QStringLiteral("ko"));
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("ko")));
    EXPECT_FALSE(settings->storyLanguageChosen());
    settings->setUiLanguage(QStringLiteral("ja"));
    EXPECT_EQ(settings->storyLanguage(), QStringLiteral("ja"));

    ASSERT_TRUE(controller->exitToSettings());
    ASSERT_TRUE(controller->startSession(QStringLiteral("Night"), QStringLiteral("es")));
    EXPECT_TRUE(settings->storyLanguageChosen());
    settings->setUiLanguage(QStringLiteral("en"));
    EXPECT_EQ(settings->storyLanguage(), QStringLiteral("es"));
}

TEST_F(AppControllerTest, StartSessionCreatesItAndGoesToCheck)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("  Evening  "), QStringLiteral("ja")));
    EXPECT_EQ(page(), Page::Check);
    const auto session = controller->currentSession();
    ASSERT_TRUE(session);
    EXPECT_EQ(session->name, QStringLiteral("Evening"));
    EXPECT_EQ(session->language, QStringLiteral("ja"));
    EXPECT_EQ(controller->storyLanguage(), QStringLiteral("ja"));
    EXPECT_EQ(settings->storyLanguage(), QStringLiteral("ja"));
    EXPECT_EQ(controller->sessionModel()->rowCount(), 1);
    EXPECT_EQ(controller->sessionModel()->currentSession(), session->id);
}

TEST_F(AppControllerTest, FullOfflineFlow)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    const qint64 sessionId = controller->currentSession()->id;

    // Check: "anything" picks a story and the chat starts with its opening.
    QSignalSpy steps(controller.get(), &AppController::checkStep);
    QSignalSpy started(controller.get(), &AppController::chatStarted);
    ASSERT_EQ(ask(QStringLiteral("anything")), Decision::Match);
    EXPECT_TRUE(lastEvaluation.anything);
    EXPECT_GE(steps.count(), 3);
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_NE(controller->chat(), nullptr);
    EXPECT_EQ(started.count(), 1);
    ASSERT_TRUE(waitIdle());
    const Script script = controller->chat()->script();
    EXPECT_EQ(script.title, lastEvaluation.title);
    EXPECT_EQ(script.language, QStringLiteral("en"));
    ASSERT_EQ(controller->chat()->model()->rowCount(), 1);
    EXPECT_TRUE(controller->chat()->model()->at(0).content.contains(script.title));

    const auto withScript = controller->sessions().get(sessionId);
    EXPECT_EQ(withScript->scriptTitle, script.title);
    EXPECT_EQ(withScript->scriptId, lastEvaluation.scriptId);
    EXPECT_TRUE(withScript->hasScript());

    // One chapter, then End.
    ASSERT_TRUE(say(QStringLiteral("I have no idea")));
    EXPECT_EQ(controller->chat()->chapter(), 1);
    QSignalSpy ended(controller.get(), &AppController::chatEnded);
    ASSERT_TRUE(controller->endChat());
    EXPECT_EQ(page(), Page::Settings);
    EXPECT_EQ(controller->chat(), nullptr);
    EXPECT_EQ(ended.count(), 1);

    const auto listed = controller->sessions().list();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().scriptTitle, script.title);
    EXPECT_EQ(listed.first().messageCount, 3);
    EXPECT_EQ(controller->sessionModel()->data(controller->sessionModel()->index(0),
                                               SessionListModel::TitleRole),
              script.title);

    // The sidebar opens it; Continue resumes at the next chapter.
    QSignalSpy opened(controller.get(), &AppController::sessionOpened);
    ASSERT_TRUE(controller->openSession(sessionId));
    EXPECT_EQ(page(), Page::Session);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().at(0).value<SessionRecord>().id, sessionId);

    ASSERT_TRUE(controller->continueSession());
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_NE(controller->chat(), nullptr);
    EXPECT_TRUE(controller->chat()->wasResumed());
    EXPECT_EQ(controller->chat()->chapter(), 1);
    EXPECT_EQ(controller->chat()->model()->rowCount(), 3);
    ASSERT_TRUE(say(QStringLiteral("go on")));
    const auto messages = controller->messages().list(sessionId);
    ASSERT_EQ(messages.size(), 5);
    EXPECT_EQ(messages.last().chapter, 2);
    EXPECT_TRUE(messages.last().content.contains(script.tellableChapters().at(1).content));
    EXPECT_FALSE(messages.last().content.contains(script.tellableChapters().at(0).content));
}

TEST_F(AppControllerTest, TypingExitReturnsToSettings)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("ko")));
    ASSERT_EQ(ask(QStringLiteral("메리 셀레스트호 이야기 들려줘")), Decision::Match);
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(controller->chat()->script().language, QStringLiteral("ko"));
    EXPECT_EQ(controller->chat()->script().title, QStringLiteral("메리 셀레스트호"));
    ASSERT_TRUE(controller->chat()->send(QStringLiteral("종료")));
    ASSERT_TRUE(QTest::qWaitFor([this] { return page() == Page::Settings; }, 10000));
    EXPECT_EQ(controller->chat(), nullptr);
    EXPECT_EQ(controller->messages().list(controller->currentSession()->id).size(), 1);
}

TEST_F(AppControllerTest, UnknownAndVagueRequestsStayOnCheck)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    QSignalSpy unknown(&controller->flow(), &AppFlow::unknownStory);
    QSignalSpy moreDetail(&controller->flow(), &AppFlow::moreDetailNeeded);

    EXPECT_EQ(ask(QStringLiteral("quantum chromodynamics lattice")), Decision::Unknown);
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(unknown.count(), 1);

    EXPECT_EQ(ask(QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar")),
              Decision::MoreDetail);
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(moreDetail.count(), 1);
    EXPECT_EQ(lastEvaluation.title, QStringLiteral("The Mary Celeste"));
    EXPECT_EQ(controller->chat(), nullptr);
    EXPECT_FALSE(controller->currentSession()->hasScript());

    // With a lower match threshold the same request is a match.
    settings->setMatchThreshold(85);
    EXPECT_EQ(ask(QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar")),
              Decision::Match);
    EXPECT_EQ(page(), Page::Chat);
}

TEST_F(AppControllerTest, AnUnknownStoryOffersThreeTitlesAndOneOfThemIsTold)
{
    EXPECT_FALSE(controller->tellScript(1)); // not on the Check page
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("ko")));
    EXPECT_EQ(ask(QStringLiteral("quantum chromodynamics lattice")), Decision::Unknown);
    ASSERT_EQ(lastEvaluation.closest.size(), LexicalEvaluator::kClosest);
    for (const Evaluation::Alternative& a : lastEvaluation.closest)
        EXPECT_EQ(controller->library().info(a.scriptId)->language, QStringLiteral("ko"));
    EXPECT_EQ(page(), Page::Check);

    // The English script of a story asked for in a Korean session: told in Korean.
    const auto english =
        controller->library().bundled(QStringLiteral("flannan-isles"), QStringLiteral("en"));
    ASSERT_TRUE(english);
    EXPECT_FALSE(controller->tellScript(999999));
    ASSERT_TRUE(controller->tellScript(english->id));
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_NE(controller->chat(), nullptr);
    EXPECT_EQ(controller->chat()->script().language, QStringLiteral("ko"));
    EXPECT_EQ(controller->chat()->script().title,
              controller->library()
                  .bundled(QStringLiteral("flannan-isles"), QStringLiteral("ko"))
                  ->title);
    EXPECT_FALSE(controller->tellScript(english->id)); // not on Check any more
}

TEST_F(AppControllerTest, YesToANearMatchTellsThatStory)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    EXPECT_FALSE(controller->acceptSuggestion()); // nothing offered yet
    EXPECT_EQ(ask(QStringLiteral("quantum chromodynamics lattice")), Decision::Unknown);
    EXPECT_FALSE(controller->acceptSuggestion()); // an unknown story is no suggestion
    EXPECT_EQ(page(), Page::Check);

    EXPECT_EQ(ask(QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar")),
              Decision::MoreDetail);
    EXPECT_TRUE(controller->acceptSuggestion());
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_NE(controller->chat(), nullptr);
    EXPECT_EQ(controller->chat()->script().title, QStringLiteral("The Mary Celeste"));
    EXPECT_TRUE(controller->currentSession()->hasScript());
    EXPECT_FALSE(controller->acceptSuggestion()); // taken once
}

TEST_F(AppControllerTest, ANewRequestWithdrawsTheSuggestion)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    EXPECT_EQ(ask(QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar")),
              Decision::MoreDetail);
    EXPECT_EQ(ask(QStringLiteral("quantum chromodynamics lattice")), Decision::Unknown);
    EXPECT_FALSE(controller->acceptSuggestion());
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(controller->chat(), nullptr);
}

TEST_F(AppControllerTest, EmptyRequestIsAnErrorAndTheCheckCanBeRetried)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    QSignalSpy finished(controller.get(), &AppController::checkFinished);
    controller->ask(QStringLiteral("   "));
    ASSERT_TRUE(errors.wait(10000));
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(ask(QStringLiteral("The Tunguska Event")), Decision::Match);
}

TEST_F(AppControllerTest, AskOutsideCheckDoesNothing)
{
    QSignalSpy steps(controller.get(), &AppController::checkStep);
    controller->ask(QStringLiteral("anything"));
    QCoreApplication::processEvents();
    EXPECT_EQ(steps.count(), 0);
    EXPECT_EQ(page(), Page::Settings);
}

TEST_F(AppControllerTest, OpenSessionWithoutAStoryGoesToCheck)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("No story yet"), QStringLiteral("en")));
    const qint64 id = controller->currentSession()->id;
    ASSERT_TRUE(controller->exitToSettings());
    EXPECT_EQ(page(), Page::Settings);

    QSignalSpy opened(controller.get(), &AppController::sessionOpened);
    ASSERT_TRUE(controller->openSession(id));
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(opened.count(), 0);
    EXPECT_EQ(controller->currentSession()->id, id);
    EXPECT_FALSE(controller->continueSession());

    QSignalSpy errors(controller.get(), &AppController::errorOccurred);
    EXPECT_FALSE(controller->openSession(987654));
    EXPECT_EQ(errors.count(), 1);
}

TEST_F(AppControllerTest, SavedScriptJoinsTheLibraryAndCanBeTold)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    const ScriptParseResult parsed = controller->parseScript(kMarkdown);
    ASSERT_TRUE(parsed.ok()) << parsed.error.toStdString();
    EXPECT_FALSE(controller->saveScript(parsed.script)); // not on the Create page
    EXPECT_EQ(controller->library().count(), testdata::kBundledScripts);

    ASSERT_TRUE(controller->openCreate());
    EXPECT_EQ(page(), Page::Create);
    QSignalSpy saved(controller.get(), &AppController::scriptSaved);
    ASSERT_TRUE(controller->saveScript(parsed.script));
    EXPECT_EQ(page(), Page::Check);
    ASSERT_EQ(saved.count(), 1);
    EXPECT_EQ(saved.first().at(1).toString(), QStringLiteral("The Flannan Isles Mystery"));
    const qint64 scriptId = saved.first().at(0).toLongLong();
    EXPECT_EQ(controller->library().count(), testdata::kBundledScripts + 1);
    EXPECT_EQ(controller->library().info(scriptId)->origin, QStringLiteral("user"));
    EXPECT_EQ(controller->scriptModel()->rowCount(), testdata::kBundledScripts + 1);

    ASSERT_EQ(ask(QStringLiteral("the Flannan Isles mystery")), Decision::Match);
    EXPECT_EQ(lastEvaluation.scriptId, scriptId);
    EXPECT_EQ(page(), Page::Chat);
    ASSERT_TRUE(waitIdle());
    ASSERT_TRUE(say(QStringLiteral("ghosts")));
    EXPECT_TRUE(controller->chat()->model()->at(2).content.contains(
        QStringLiteral("relief ship Hesperus")));
}

TEST_F(AppControllerTest, DiscardCreateReturnsToCheck)
{
    ASSERT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    ASSERT_TRUE(controller->openCreate());
    ASSERT_TRUE(controller->discardCreate());
    EXPECT_EQ(page(), Page::Check);
    EXPECT_EQ(controller->library().count(), testdata::kBundledScripts);
    EXPECT_FALSE(controller->discardCreate());
}

} // namespace
} // namespace st
