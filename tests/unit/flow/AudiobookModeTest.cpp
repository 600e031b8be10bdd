// Audiobook mode ("Listen without answering") over the real AppController and the offline
// narrator: a whole bundled story told and read aloud to its end with no input, the pause
// in text when nothing reads, a listener's message switching back to conversation, and the
// controls (pause, skip, stop). The timer is a seam: nothing waits real time.
#include "core/flow/AudiobookMode.h"

#include "core/flow/NarrationController.h"
#include "core/narration/ChatSession.h"
#include "core/settings/SecretStore.h"
#include "core/store/SessionStore.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"
#include "support/OfflineAppTest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace st {
namespace {

constexpr int kTextPause = 4321;
constexpr int kVoicePause = 7;

class AudiobookModeTest : public OfflineAppTest
{
protected:
    void SetUp() override
    {
        OfflineAppTest::SetUp();
        mode().setTextPauseMs(kTextPause);
        mode().setVoicePauseMs(kVoicePause);
        // Each wait is recorded; it ends at once, or when the test says (held).
        mode().setSchedule([this](int ms, std::function<void()> action) {
            delays.append(ms);
            if (hold && ms > 0)
                pending.append(std::move(action));
            else
                QTimer::singleShot(0, controller.get(), std::move(action));
        });
    }

    void withVoice()
    {
        NarrationController::Deps deps{*settings, secrets, network, player, db.connection()};
        deps.makeProvider = [](const VoiceConfig& config) {
            return std::make_unique<FakeTtsProvider>(config.provider);
        };
        deps.makeLocal = [] { return std::make_unique<FakeTtsProvider>(QStringLiteral("espeak")); };
        narration = std::make_unique<NarrationController>(deps);
        narration->follow(*controller);
        narration->setAutoNarrate(true);
        mode().setNarration(narration.get());
    }

    AudiobookMode& mode() { return controller->audiobook(); }

    /// A session and a bundled story; waits for the hook to be told.
    ChatSession* startStory()
    {
        EXPECT_TRUE(controller->startSession(QStringLiteral("Night"), QStringLiteral("en")));
        controller->ask(QStringLiteral("anything"));
        EXPECT_TRUE(QTest::qWaitFor([this] { return controller->chat() != nullptr; }, 10000));
        ChatSession* chat = controller->chat();
        EXPECT_TRUE(chat && QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
        return chat;
    }

    /// Runs the held waits (and what they start) until none is left or \a rounds ran.
    void runPending(int rounds = 1)
    {
        for (int i = 0; i < rounds && !pending.isEmpty(); ++i) {
            const auto actions = std::exchange(pending, {});
            for (const auto& action : actions)
                action();
        }
    }

    static QVector<MessageRecord> byRole(ChatSession* chat, MessageRecord::Role role)
    {
        QVector<MessageRecord> out;
        for (const MessageRecord& m : chat->model()->messages()) {
            if (m.role == role)
                out.append(m);
        }
        return out;
    }

    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    QNetworkAccessManager network;
    FakeAudioPlayer player; // every clip ends at once
    std::unique_ptr<NarrationController> narration;
    QVector<int> delays;
    bool hold = false;
    QVector<std::function<void()>> pending;
};

TEST_F(AudiobookModeTest, AWholeStoryIsToldAndReadToTheEndWithNoInput)
{
    withVoice();
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return narration->state() == NarrationQueue::State::Idle; }, 10000));
    const int chapters = chat->chapterCount();
    ASSERT_GT(chapters, 2);
    QSignalSpy finished(&mode(), &AudiobookMode::finished);
    QSignalSpy spoken(&narration->queue(), &NarrationQueue::messageFinished);

    ASSERT_TRUE(mode().setOn(true));
    EXPECT_TRUE(controller->sessions().get(chat->sessionId())->listening); // kept
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));

    // Every chapter, in order, with no message from the listener; the story has ended.
    EXPECT_TRUE(chat->isFinished());
    EXPECT_FALSE(mode().isOn());
    EXPECT_FALSE(controller->sessions().get(chat->sessionId())->listening);
    EXPECT_TRUE(byRole(chat, MessageRecord::Role::User).isEmpty());
    const QVector<MessageRecord> replies = byRole(chat, MessageRecord::Role::Assistant);
    ASSERT_EQ(replies.size(), chapters + 1); // the hook and each chapter
    for (int i = 0; i <= chapters; ++i) {
        EXPECT_EQ(replies.at(i).chapter, i);
        EXPECT_EQ(replies.at(i).status, MessageRecord::Status::Complete);
        // Each chapter's question is a thought to carry on, not a prompt that waits.
        if (i > 0 && i < chapters) {
            EXPECT_TRUE(replies.at(i).content.contains(
                QStringLiteral("Something to carry with you into the next chapter")))
                << replies.at(i).content.toStdString();
        }
    }
    // Each chapter was read to its end before the next began: the waits are the voice's.
    ASSERT_TRUE(QTest::qWaitFor([&] { return spoken.size() >= chapters; }, 10000));
    for (int i = 0; i < chapters; ++i)
        EXPECT_EQ(spoken.at(i).at(0).toLongLong(), replies.at(i + 1).id);
    EXPECT_FALSE(player.played.isEmpty());
    EXPECT_FALSE(delays.contains(kTextPause));
    EXPECT_EQ(delays.count(kVoicePause), chapters);

    // The end ended the mode: nothing starts by itself any more; it cannot be turned on.
    QTest::qWait(50);
    EXPECT_EQ(byRole(chat, MessageRecord::Role::Assistant).size(), chapters + 1);
    EXPECT_FALSE(mode().setOn(true));
}

TEST_F(AudiobookModeTest, WithNoVoiceTheNextChapterFollowsAPauseInText)
{
    hold = true;
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    ASSERT_TRUE(mode().setOn(true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));
    EXPECT_EQ(delays.last(), kTextPause);
    EXPECT_EQ(chat->chapter(), 0); // nothing before the pause is over
    runPending();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == 1 && !chat->isBusy(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));
    runPending();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == 2 && !chat->isBusy(); }, 10000));
}

TEST_F(AudiobookModeTest, AListenersMessageSwitchesBackToConversation)
{
    hold = true;
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    QSignalSpy switched(&mode(), &AudiobookMode::switchedToConversation);
    ASSERT_TRUE(mode().setOn(true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));
    runPending(); // chapter 1, by itself
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == 1 && !chat->isBusy(); }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000)); // chapter 2 waits

    // The listener speaks in the pause: the mode is off at once and the message answered.
    ASSERT_TRUE(chat->send(QStringLiteral("I think the keepers left on purpose.")));
    EXPECT_FALSE(mode().isOn());
    EXPECT_EQ(switched.size(), 1);
    EXPECT_FALSE(controller->sessions().get(chat->sessionId())->listening);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !chat->isBusy(); }, 10000));
    EXPECT_EQ(chat->chapter(), 2);
    const QString reply = byRole(chat, MessageRecord::Role::Assistant).last().content;
    EXPECT_FALSE(reply.contains(QStringLiteral("Something to carry with you")));
    EXPECT_TRUE(reply.trimmed().endsWith(u'?')); // a question that waits again

    // The wait that was running does nothing; no chapter starts by itself.
    runPending(5);
    QTest::qWait(50);
    runPending(5);
    EXPECT_EQ(chat->chapter(), 2);
    EXPECT_FALSE(chat->isBusy());
    EXPECT_EQ(byRole(chat, MessageRecord::Role::Assistant).size(), 3);
}

TEST_F(AudiobookModeTest, PauseHoldsSkipGoesOnStopEnds)
{
    hold = true;
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    ASSERT_TRUE(mode().setOn(true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));

    mode().pause();
    EXPECT_TRUE(mode().isPaused());
    runPending(); // the wait was cancelled by the pause
    QTest::qWait(20);
    EXPECT_EQ(chat->chapter(), 0);
    mode().resume(); // waits again
    ASSERT_FALSE(pending.isEmpty());
    EXPECT_EQ(delays.last(), kTextPause);

    EXPECT_TRUE(mode().skip()); // the next chapter now
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == 1 && !chat->isBusy(); }, 10000));
    EXPECT_TRUE(mode().isOn());

    mode().stop();
    EXPECT_FALSE(mode().isOn());
    runPending(5);
    QTest::qWait(20);
    EXPECT_EQ(chat->chapter(), 1);
}

TEST_F(AudiobookModeTest, TheSwitchIsKeptWithTheSessionAndComesBackOnResume)
{
    hold = true;
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    const qint64 session = chat->sessionId();
    ASSERT_TRUE(mode().setOn(true));
    ASSERT_TRUE(controller->endChat());
    EXPECT_FALSE(mode().isOn());
    pending.clear();
    ASSERT_TRUE(controller->openSession(session));
    ASSERT_TRUE(controller->continueSession());
    ASSERT_TRUE(controller->chat());
    EXPECT_TRUE(mode().isOn());
}

TEST_F(AudiobookModeTest, AReadingStoppedMidChapterFallsBackToThePauseInText)
{
    withVoice();
    hold = true;
    player.autoFinish = false; // each clip sounds until the test ends it
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return narration->state() == NarrationQueue::State::Playing; }, 10000));
    ASSERT_TRUE(mode().setOn(true));
    QTest::qWait(20);
    EXPECT_TRUE(pending.isEmpty()); // waiting for the voice to finish the hook
    narration->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !pending.isEmpty(); }, 5000));
    EXPECT_EQ(delays.last(), kTextPause);
    runPending();
    ASSERT_TRUE(QTest::qWaitFor([&] { return chat->chapter() == 1 && !chat->isBusy(); }, 10000));
}

} // namespace
} // namespace st
