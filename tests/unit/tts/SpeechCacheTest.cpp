#include "core/tts/SpeechCache.h"

#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/AudioPlayer.h"
#include "core/tts/NarrationQueue.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"
#include "support/TempDataDir.h"

#include <QSqlQuery>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using State = NarrationQueue::State;

class SpeechCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(db.open().ok());
        SessionStore sessions(db.connection());
        MessageStore messages(db.connection());
        const auto session = sessions.create(QStringLiteral("S"), QStringLiteral("en"));
        ASSERT_TRUE(session);
        sessionId = session->id;
        const auto m =
            messages.append(session->id, MessageRecord::Role::Assistant,
                            QStringLiteral("One. Two."), MessageRecord::Status::Complete, 1);
        ASSERT_TRUE(m);
        messageId = m->id;
        cache = std::make_unique<SpeechCache>(db.connection(), [] { return 1000; });
        queue.setProvider(&voice);
        queue.setCache(cache.get());
    }

    TtsRequest request(const QString& text, const QString& voiceName = {}) const
    {
        TtsRequest r;
        r.text = text;
        r.voice = voiceName;
        return r;
    }

    bool speakAndWait(const QString& text, const NarrationQueue::Voice& v = {})
    {
        queue.speak(messageId, text, v);
        return QTest::qWaitFor([this] { return queue.state() == State::Idle; }, 5000);
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    std::unique_ptr<SpeechCache> cache;
    qint64 sessionId = 0;
    qint64 messageId = 0;
    FakeTtsProvider voice;
    FakeAudioPlayer player;
    NarrationQueue queue{player};
};

TEST_F(SpeechCacheTest, VoiceKeyNamesEverythingThatChangesTheSound)
{
    const QString base =
        SpeechCache::voiceKey(QStringLiteral("espeak"), request(QStringLiteral("Hi.")));
    EXPECT_EQ(base,
              SpeechCache::voiceKey(QStringLiteral("espeak"), request(QStringLiteral("Hi."))));
    EXPECT_NE(base,
              SpeechCache::voiceKey(QStringLiteral("openai"), request(QStringLiteral("Hi."))));
    EXPECT_NE(base,
              SpeechCache::voiceKey(QStringLiteral("espeak"), request(QStringLiteral("Hi!"))));
    EXPECT_NE(base, SpeechCache::voiceKey(QStringLiteral("espeak"),
                                          request(QStringLiteral("Hi."), QStringLiteral("en-gb"))));
    TtsRequest faster = request(QStringLiteral("Hi."));
    faster.speed = 1.25;
    EXPECT_NE(base, SpeechCache::voiceKey(QStringLiteral("espeak"), faster));
    TtsRequest korean = request(QStringLiteral("Hi."));
    korean.language = QStringLiteral("ko");
    EXPECT_NE(base, SpeechCache::voiceKey(QStringLiteral("espeak"), korean));
}

TEST_F(SpeechCacheTest, StoresFindsAndReplacesClips)
{
    TtsAudio audio = FakeTtsProvider::audioFor(QStringLiteral("One."));
    ASSERT_TRUE(cache->store(messageId, 0, QStringLiteral("k1"), QStringLiteral("One."),
                             QStringLiteral("espeak"), audio));
    const auto found = cache->find(messageId, 0, QStringLiteral("k1"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->bytes, audio.bytes);
    EXPECT_EQ(found->format, QStringLiteral("wav"));
    EXPECT_EQ(found->durationMs, 100);
    EXPECT_FALSE(cache->find(messageId, 0, QStringLiteral("other voice")));
    EXPECT_FALSE(cache->find(messageId, 1, QStringLiteral("k1")));
    ASSERT_TRUE(cache->store(messageId, 0, QStringLiteral("k2"), QStringLiteral("One!"),
                             QStringLiteral("openai"),
                             FakeTtsProvider::audioFor(QStringLiteral("One!"))));
    EXPECT_FALSE(cache->find(messageId, 0, QStringLiteral("k1")));
    EXPECT_EQ(cache->count(messageId), 1);
    const auto clips = cache->clips(messageId);
    ASSERT_EQ(clips.size(), 1);
    EXPECT_EQ(clips[0].text, QStringLiteral("One!"));
    EXPECT_EQ(clips[0].providerId, QStringLiteral("openai"));
}

TEST_F(SpeechCacheTest, SecondPlaySynthesizesNothing)
{
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two. Three.")));
    EXPECT_EQ(queue.synthesizedCount(), 3);
    EXPECT_EQ(cache->count(messageId), 3);
    const QStringList first = player.playedTexts();
    player.played.clear();
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two. Three.")));
    EXPECT_EQ(queue.synthesizedCount(), 3); // all three came from the cache
    EXPECT_EQ(voice.requests.size(), 3);
    EXPECT_EQ(player.playedTexts(), first);
}

TEST_F(SpeechCacheTest, CacheSurvivesReopeningTheDatabase)
{
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two.")));
    cache.reset();
    db.close();
    ASSERT_TRUE(db.open().ok());
    SpeechCache reopened(db.connection());
    queue.setCache(&reopened);
    FakeTtsProvider fresh;
    queue.setProvider(&fresh);
    queue.speak(messageId, QStringLiteral("One. Two."), {});
    ASSERT_TRUE(QTest::qWaitFor([this] { return queue.state() == State::Idle; }, 5000));
    EXPECT_TRUE(fresh.requests.isEmpty()); // a resumed session plays what was kept
    EXPECT_EQ(player.played.size(), 4);
}

TEST_F(SpeechCacheTest, AnotherVoiceOrAnEditedTextIsSynthesizedAgain)
{
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two.")));
    NarrationQueue::Voice faster;
    faster.speed = 1.5;
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two."), faster));
    EXPECT_EQ(voice.requests.size(), 4);
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Changed."), faster));
    EXPECT_EQ(voice.requests.size(), 5); // only the changed sentence
}

TEST_F(SpeechCacheTest, AShorterRetellingDropsTheExtraClips)
{
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two. Three.")));
    ASSERT_TRUE(speakAndWait(QStringLiteral("Only one now.")));
    EXPECT_EQ(cache->count(messageId), 1);
}

TEST_F(SpeechCacheTest, ClipsGoWithTheirMessage)
{
    ASSERT_TRUE(speakAndWait(QStringLiteral("One. Two.")));
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM sessions WHERE id = %1").arg(sessionId)));
    EXPECT_EQ(cache->count(messageId), 0);
}

} // namespace
} // namespace st
