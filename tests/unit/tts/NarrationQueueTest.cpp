#include "core/tts/NarrationQueue.h"

#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/SpeechCache.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"
#include "support/TempDataDir.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using State = NarrationQueue::State;

class NarrationQueueTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        queue.setProvider(&voice);
        voice.delayMs = 1;
    }

    bool waitIdle(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return queue.state() == State::Idle; }, ms);
    }

    FakeTtsProvider voice;
    FakeAudioPlayer player;
    NarrationQueue queue{player};
    NarrationQueue::Voice en;
};

TEST_F(NarrationQueueTest, ReadsSentencesInOrderAsTheyStream)
{
    QSignalSpy started(&queue, &NarrationQueue::sentenceStarted);
    QSignalSpy finished(&queue, &NarrationQueue::messageFinished);
    queue.begin(7, en);
    const QString text = QStringLiteral("The ship was found adrift. Nobody was aboard! Where had "
                                        "they gone? The log said nothing.");
    for (const QChar c : text)
        queue.feed(QString(c));
    queue.finish();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(player.playedTexts(), (QStringList{QStringLiteral("The ship was found adrift."),
                                                 QStringLiteral("Nobody was aboard!"),
                                                 QStringLiteral("Where had they gone?"),
                                                 QStringLiteral("The log said nothing.")}));
    ASSERT_EQ(started.count(), 4);
    EXPECT_EQ(started.at(0).at(0).toLongLong(), 7);
    EXPECT_EQ(started.at(2).at(1).toInt(), 2);
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toLongLong(), 7);
}

TEST_F(NarrationQueueTest, FirstSentencePlaysBeforeTheReplyIsComplete)
{
    player.autoFinish = false;
    queue.begin(1, en);
    queue.feed(QStringLiteral("First sentence here. Second one is still being wri"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return player.played.size() == 1; }, 2000));
    EXPECT_EQ(player.playedTexts().first(), QStringLiteral("First sentence here."));
    EXPECT_EQ(queue.state(), State::Playing);
    EXPECT_EQ(queue.currentText(), QStringLiteral("First sentence here."));
    EXPECT_EQ(voice.requests.size(), 1); // the unfinished one waits for its end
}

TEST_F(NarrationQueueTest, PlaysInOrderWhenLaterSentencesAreReadyFirst)
{
    voice.manual = true;
    player.autoFinish = false;
    queue.begin(1, en);
    queue.feed(QStringLiteral("One. Two. Three. "));
    queue.finish();
    ASSERT_EQ(voice.openJobs().size(), 3);
    voice.finishJob(2); // "Three." is ready first
    voice.finishJob(1); // then "Two."
    QTest::qWait(20);
    EXPECT_TRUE(player.played.isEmpty()); // "One." is still being made
    EXPECT_EQ(queue.state(), State::Preparing);
    voice.finishJob(0);
    ASSERT_TRUE(QTest::qWaitFor([this] { return player.played.size() == 1; }, 2000));
    player.finishClip();
    player.finishClip();
    QTest::qWait(10);
    player.finishClip();
    EXPECT_EQ(player.playedTexts(), (QStringList{QStringLiteral("One."), QStringLiteral("Two."),
                                                 QStringLiteral("Three.")}));
}

TEST_F(NarrationQueueTest, SynthesizesOnlyAFewAhead)
{
    voice.manual = true;
    queue.setLookahead(2);
    queue.begin(1, en);
    queue.speak(1, QStringLiteral("A one. A two. A three. A four. A five. A six."), en);
    EXPECT_EQ(voice.requests.size(), 2);
    voice.finishJob(0);
    QTest::qWait(10); // "A one." plays; two more may be made ahead of it
    EXPECT_EQ(voice.requests.size(), 3);
    EXPECT_LE(voice.maxInFlight, 2);
}

TEST_F(NarrationQueueTest, StopCancelsSynthesisAndPlayback)
{
    voice.manual = true;
    queue.speak(3, QStringLiteral("One. Two. Three. Four."), en);
    voice.finishJob(0);
    ASSERT_TRUE(QTest::qWaitFor([this] { return player.played.size() == 1; }, 2000));
    QSignalSpy started(&queue, &NarrationQueue::sentenceStarted);
    QSignalSpy failed(&queue, &NarrationQueue::failed);
    const int stopsBefore = player.stops;
    queue.stop();
    EXPECT_EQ(queue.state(), State::Idle);
    EXPECT_EQ(queue.messageId(), 0);
    EXPECT_GT(player.stops, stopsBefore);
    EXPECT_EQ(voice.cancelled, 3);
    QTest::qWait(30);
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(failed.count(), 0); // a stop is not a failure
    queue.feed(QStringLiteral("More text arriving after stop. "));
    EXPECT_EQ(voice.requests.size(), 4); // nothing new asked for
}

TEST_F(NarrationQueueTest, BeginOnAnotherMessageDropsTheOldOne)
{
    voice.manual = true;
    queue.speak(1, QStringLiteral("Old one. Old two."), en);
    queue.speak(2, QStringLiteral("New one."), en);
    voice.finishJob(0);
    ASSERT_TRUE(QTest::qWaitFor([this] { return !player.played.isEmpty(); }, 2000));
    EXPECT_EQ(player.playedTexts().first(), QStringLiteral("New one."));
    EXPECT_EQ(queue.messageId(), 2);
}

TEST_F(NarrationQueueTest, MarkdownAndEmojiAreNotRead)
{
    queue.speak(
        1,
        QStringLiteral("**The crew** vanished 🚢. ```\ncode()\n```\n🎉🎉\nRead [this](http://x.y)."),
        en);
    ASSERT_TRUE(waitIdle());
    QStringList asked;
    for (const TtsRequest& r : voice.requests)
        asked.append(r.text);
    EXPECT_EQ(asked,
              (QStringList{QStringLiteral("The crew vanished."), QStringLiteral("Read this.")}));
}

TEST_F(NarrationQueueTest, RequestsCarryLanguageVoiceAndSpeed)
{
    NarrationQueue::Voice ko;
    ko.language = QStringLiteral("ko");
    ko.voice = QStringLiteral("ko-custom");
    ko.speed = 1.5;
    queue.speak(1, QStringLiteral("배가 발견되었다. 아무도 없었다."), ko);
    ASSERT_TRUE(waitIdle());
    ASSERT_EQ(voice.requests.size(), 2);
    EXPECT_EQ(voice.requests[0].text, QStringLiteral("배가 발견되었다."));
    EXPECT_EQ(voice.requests[1].language, QStringLiteral("ko"));
    EXPECT_EQ(voice.requests[1].voice, QStringLiteral("ko-custom"));
    EXPECT_DOUBLE_EQ(voice.requests[1].speed, 1.5);
}

TEST_F(NarrationQueueTest, ContinuedReplySkipsWhatWasAlreadyRead)
{
    queue.begin(1, en, QStringLiteral("Told before. Half a sen"));
    queue.feed(QStringLiteral("tence now. And more."));
    queue.finish();
    ASSERT_TRUE(waitIdle());
    EXPECT_EQ(player.playedTexts(),
              (QStringList{QStringLiteral("Half a sentence now."), QStringLiteral("And more.")}));
}

TEST_F(NarrationQueueTest, PauseHoldsTheNextSentenceUntilResume)
{
    player.autoFinish = false;
    queue.speak(1, QStringLiteral("One. Two."), en);
    ASSERT_TRUE(QTest::qWaitFor([this] { return player.played.size() == 1; }, 2000));
    queue.pause();
    EXPECT_EQ(queue.state(), State::Paused);
    EXPECT_EQ(player.state(), AudioPlayer::State::Paused);
    queue.resume();
    EXPECT_EQ(queue.state(), State::Playing);
    player.finishClip();
    ASSERT_TRUE(QTest::qWaitFor([this] { return player.played.size() == 2; }, 2000));
}

TEST_F(NarrationQueueTest, LongSentencesAreCutToTheVoicesLimit)
{
    voice.maxChars = 40;
    queue.setProvider(&voice); // the limit is read at begin()
    queue.speak(1,
                QStringLiteral("This sentence is long, far longer than forty characters, "
                               "so it is cut at a comma."),
                en);
    ASSERT_TRUE(waitIdle());
    ASSERT_GE(voice.requests.size(), 2);
    for (const TtsRequest& r : voice.requests)
        EXPECT_LE(r.text.size(), 40) << r.text.toStdString();
}

} // namespace
} // namespace st

namespace st {
namespace {

TEST_F(NarrationQueueTest, ANewSpeedAppliesFromTheNextSentenceMade)
{
    voice.manual = true;
    queue.setLookahead(1);
    queue.speak(1, QStringLiteral("One. Two. Three."), en);
    ASSERT_EQ(voice.requests.size(), 1);
    queue.setSpeed(1.5);
    voice.finishJob(0);
    ASSERT_TRUE(QTest::qWaitFor([this] { return voice.requests.size() == 2; }, 2000));
    EXPECT_DOUBLE_EQ(voice.requests[0].speed, 1.0);
    EXPECT_DOUBLE_EQ(voice.requests[1].speed, 1.5);
}

} // namespace
} // namespace st
