// NarrationController over the real AppController and offline narrator: what is read while
// a reply streams, replay from the cache, stop, and every failure leaving the text alone.
#include "core/flow/NarrationController.h"

#include "core/flow/AppController.h"
#include "core/narration/ChatSession.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/text/SentenceSplitter.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/SpeechText.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"
#include "support/TempDataDir.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using State = NarrationQueue::State;

class NarrationControllerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        settings = std::make_unique<Settings>(dir.settingsPath());
        settings->setNarratorMsPerWord(msPerWord());
        controller =
            std::make_unique<AppController>(db, *settings, systemClock(), [](int) { return 0; });
        controller->initialize();
        NarrationController::Deps deps{*settings, secrets, network, player, db.connection()};
        deps.makeProvider = [this](const VoiceConfig& config) {
            auto voice = std::make_unique<FakeTtsProvider>(config.provider);
            voice->failAll = cloudFailure;
            cloud = voice.get();
            return voice;
        };
        deps.makeLocal = [this] {
            auto voice = std::make_unique<FakeTtsProvider>(QStringLiteral("espeak"));
            local = voice.get();
            return voice;
        };
        narration = std::make_unique<NarrationController>(deps);
        narration->follow(*controller);
    }

    virtual int msPerWord() const { return 0; }

    /// Starts a session in \a language and a story; waits for the hook to be told.
    ChatSession* startStory(const QString& language = QStringLiteral("en"))
    {
        EXPECT_TRUE(controller->startSession(QStringLiteral("Evening"), language));
        controller->ask(QStringLiteral("anything"));
        EXPECT_TRUE(QTest::qWaitFor([this] { return controller->chat() != nullptr; }, 10000));
        ChatSession* chat = controller->chat();
        EXPECT_TRUE(chat && QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
        return chat;
    }

    bool waitNarration(int ms = 10000)
    {
        return QTest::qWaitFor([this] { return narration->state() == State::Idle; }, ms);
    }

    static const MessageRecord& lastReply(ChatSession* chat)
    {
        const auto& messages = chat->model()->messages();
        for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
            if (it->role == MessageRecord::Role::Assistant)
                return *it;
        }
        return messages.last();
    }

    static QStringList spokenSentences(const QString& text)
    {
        SentenceSplitter splitter;
        QStringList out = splitter.feed(text);
        out += splitter.finish();
        QStringList speakable;
        for (const QString& s : out) {
            if (SpeechText::isSpeakable(s))
                speakable.append(s);
        }
        return speakable;
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<Settings> settings;
    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    QNetworkAccessManager network;
    FakeAudioPlayer player;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<NarrationController> narration;
    FakeTtsProvider* cloud = nullptr;
    FakeTtsProvider* local = nullptr;
    TtsError::Kind cloudFailure = TtsError::Kind::None;
};

TEST_F(NarrationControllerTest, ReadsTheHookWhileItStreams)
{
    QSignalSpy started(narration.get(), &NarrationController::sentenceStarted);
    ChatSession* chat = startStory();
    ASSERT_TRUE(chat);
    ASSERT_TRUE(waitNarration());
    const MessageRecord& hook = lastReply(chat);
    EXPECT_EQ(player.playedTexts(), spokenSentences(hook.content));
    ASSERT_FALSE(started.isEmpty());
    EXPECT_EQ(started.first().at(0).toLongLong(), hook.id);
    ASSERT_TRUE(cloud);
    EXPECT_EQ(cloud->id(), QStringLiteral("espeak")); // the default voice is the local one
    EXPECT_EQ(cloud->requests.first().language, QStringLiteral("en"));
}

TEST_F(NarrationControllerTest, EachAnswersReplyIsReadToo)
{
    ChatSession* chat = startStory();
    ASSERT_TRUE(waitNarration());
    player.played.clear();
    ASSERT_TRUE(chat->send(QStringLiteral("I think they abandoned ship.")));
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    ASSERT_TRUE(waitNarration());
    EXPECT_EQ(player.playedTexts(), spokenSentences(lastReply(chat).content));
}

TEST_F(NarrationControllerTest, AutoNarrateOffReadsOnlyWhenAsked)
{
    narration->setAutoNarrate(false);
    EXPECT_FALSE(settings->value(Settings::Key::VoiceAutoNarrate).toBool());
    ChatSession* chat = startStory();
    QTest::qWait(50);
    EXPECT_TRUE(player.played.isEmpty());
    ASSERT_TRUE(narration->play(lastReply(chat).id));
    ASSERT_TRUE(waitNarration());
    EXPECT_EQ(player.playedTexts(), spokenSentences(lastReply(chat).content));
}

TEST_F(NarrationControllerTest, ReplayComesFromTheCache)
{
    ChatSession* chat = startStory();
    ASSERT_TRUE(waitNarration());
    const int asked = int(cloud->requests.size());
    const QStringList first = player.playedTexts();
    player.played.clear();
    ASSERT_TRUE(narration->play(lastReply(chat).id));
    ASSERT_TRUE(waitNarration());
    EXPECT_EQ(cloud->requests.size(), asked); // nothing synthesized again
    EXPECT_EQ(player.playedTexts(), first);
    EXPECT_EQ(narration->cache().count(lastReply(chat).id), first.size());
}

TEST_F(NarrationControllerTest, VoiceAndSpeedFollowTheSettings)
{
    VoiceConfig config = narration->voiceConfig();
    config.speed = 1.5;
    config.setVoice(QStringLiteral("ko"), QStringLiteral("ko-voice"));
    ASSERT_TRUE(narration->saveVoiceConfig(config));
    ChatSession* chat = startStory(QStringLiteral("ko"));
    ASSERT_TRUE(chat);
    ASSERT_TRUE(waitNarration());
    ASSERT_FALSE(cloud->requests.isEmpty());
    EXPECT_EQ(cloud->requests.first().language, QStringLiteral("ko"));
    EXPECT_EQ(cloud->requests.first().voice, QStringLiteral("ko-voice"));
    EXPECT_DOUBLE_EQ(cloud->requests.first().speed, 1.5);
}

TEST_F(NarrationControllerTest, ACloudFailureHandsOverToTheLocalVoiceOnce)
{
    VoiceConfig config = narration->voiceConfig();
    config.provider = QStringLiteral("openai");
    ASSERT_TRUE(narration->saveVoiceConfig(config));
    cloudFailure = TtsError::Kind::Auth;
    QSignalSpy notices(narration.get(), &NarrationController::notice);
    ChatSession* chat = startStory();
    ASSERT_TRUE(waitNarration());
    ASSERT_EQ(notices.count(), 1);
    EXPECT_FALSE(notices.first().at(0).toString().isEmpty());
    ASSERT_TRUE(local);
    EXPECT_EQ(player.playedTexts(), spokenSentences(lastReply(chat).content));
    EXPECT_EQ(narration->activeVoice(), QStringLiteral("espeak"));
    // The next reply goes straight to the local voice: no second failure, no second notice.
    const int cloudAsked = int(cloud->requests.size());
    ASSERT_TRUE(chat->send(QStringLiteral("Go on.")));
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    ASSERT_TRUE(waitNarration());
    EXPECT_EQ(cloud->requests.size(), cloudAsked);
    EXPECT_EQ(notices.count(), 1);
    EXPECT_EQ(lastReply(chat).status, MessageRecord::Status::Complete);
}

TEST_F(NarrationControllerTest, NoSoundOutputTurnsNarrationOffAndTheStoryGoesOn)
{
    player.failWith = TtsError::Kind::NoAudioDevice;
    QSignalSpy notices(narration.get(), &NarrationController::notice);
    ChatSession* chat = startStory();
    ASSERT_TRUE(waitNarration());
    ASSERT_EQ(notices.count(), 1);
    EXPECT_EQ(player.played.size(), 1);
    const QString hook = lastReply(chat).content;
    EXPECT_FALSE(hook.isEmpty());
    ASSERT_TRUE(chat->send(QStringLiteral("Go on.")));
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    EXPECT_EQ(lastReply(chat).status, MessageRecord::Status::Complete);
    EXPECT_EQ(player.played.size(), 1); // no retry each reply; Play tries again
    EXPECT_EQ(notices.count(), 1);
    player.failWith = TtsError::Kind::None;
    ASSERT_TRUE(narration->play(lastReply(chat).id));
    ASSERT_TRUE(waitNarration());
    EXPECT_GT(player.played.size(), 1);
}

TEST_F(NarrationControllerTest, TryingAVoiceSpeaksASampleOrSaysWhatIsWrong)
{
    QSignalSpy trial(narration.get(), &NarrationController::trialFinished);
    VoiceConfig config = narration->voiceConfig();
    config.provider = QStringLiteral("openai");
    config.setVoice(QStringLiteral("ja"), QStringLiteral("nova"));
    narration->tryVoice(config, QStringLiteral("ja"));
    ASSERT_TRUE(trial.wait(5000));
    EXPECT_TRUE(trial.first().at(0).toBool());
    ASSERT_EQ(cloud->requests.size(), 1);
    EXPECT_EQ(cloud->requests.first().text,
              NarrationController::sampleSentence(QStringLiteral("ja")));
    EXPECT_EQ(cloud->requests.first().voice, QStringLiteral("nova"));
    EXPECT_EQ(player.played.size(), 1);
    EXPECT_EQ(narration->voiceConfig().provider, QStringLiteral("espeak")); // nothing saved

    cloudFailure = TtsError::Kind::Auth;
    narration->tryVoice(config, QStringLiteral("en"));
    ASSERT_TRUE(trial.wait(5000));
    EXPECT_FALSE(trial.last().at(0).toBool());
    EXPECT_FALSE(trial.last().at(1).toString().isEmpty());
}

class SlowNarrationControllerTest : public NarrationControllerTest
{
protected:
    int msPerWord() const override { return 40; }
};

TEST_F(SlowNarrationControllerTest, StoppingTheReplyStopsItsNarration)
{
    player.autoFinish = false;
    EXPECT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    controller->ask(QStringLiteral("anything"));
    ASSERT_TRUE(QTest::qWaitFor([this] { return !player.played.isEmpty(); }, 10000));
    ChatSession* chat = controller->chat();
    ASSERT_TRUE(chat && chat->isBusy()); // the first sentence sounds before the reply ends
    EXPECT_EQ(narration->state(), State::Playing);
    chat->stop();
    EXPECT_EQ(narration->state(), State::Idle);
    EXPECT_EQ(player.state(), AudioPlayer::State::Stopped);
    QTest::qWait(100);
    EXPECT_EQ(player.played.size(), 1);
}

TEST_F(SlowNarrationControllerTest, PlayOnTheStreamingReplyFollowsIt)
{
    narration->setAutoNarrate(false);
    EXPECT_TRUE(controller->startSession(QStringLiteral("Evening"), QStringLiteral("en")));
    controller->ask(QStringLiteral("anything"));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return controller->chat() && controller->chat()->streamingMessageId() > 0; },
        10000));
    ChatSession* chat = controller->chat();
    ASSERT_TRUE(narration->play(chat->streamingMessageId()));
    ASSERT_TRUE(QTest::qWaitFor([chat] { return !chat->isBusy(); }, 10000));
    ASSERT_TRUE(waitNarration());
    EXPECT_EQ(player.playedTexts(), spokenSentences(lastReply(chat).content));
}

} // namespace
} // namespace st
