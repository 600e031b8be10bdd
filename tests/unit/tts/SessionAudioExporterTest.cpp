// SessionAudioExporter on a real database in a temp folder: clips from the cache (real
// espeak-ng WAV and lame MP3, decoded by GStreamer), missing ones synthesized once and
// cached, the fallback voice, the rate most clips have, and every way it can fail.
#include "core/tts/SessionAudioExporter.h"

#include "core/script/Script.h"
#include "core/script/ScriptJson.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/WavFile.h"
#include "core/util/ExportPath.h"
#include "support/FakeTtsProvider.h"
#include "support/TempDataDir.h"
#include "unit/tts/TtsTestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
constexpr int kGap = SessionAudioExporter::kSentenceGapMs;
constexpr int kMessageGap = SessionAudioExporter::kMessageGapMs;

const QString kHook = QStringLiteral("A ship drifts near the Azores. Shall we go aboard?");
const QString kAnswer = QStringLiteral("Yes, let's go!");
const QString kChapter = QStringLiteral("## The find\n\nThe **Dei Gratia** found her adrift 🚢. "
                                        "Nobody was aboard.\n```\nlog()\n```");

class SessionAudioExporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(opened);
        const auto s =
            sessions.create(QStringLiteral("Night: the Mary Celeste?"), QStringLiteral("en"));
        ASSERT_TRUE(s);
        sessionId = s->id;
        Script script;
        script.title = QStringLiteral("The Mary Celeste");
        script.language = QStringLiteral("en");
        script.section(ScriptSection::Prologue1).heading = QStringLiteral("Adrift");
        script.section(ScriptSection::Prologue1).content = QStringLiteral("She was found.");
        ASSERT_TRUE(sessions.attachScript(sessionId, 0, script.title,
                                          QString::fromUtf8(ScriptJson::write(script))));
        hook = add(Role::Assistant, kHook, 0);
        add(Role::User, kAnswer);
        chapter = add(Role::Assistant, kChapter, 1);
        voice.wavMs = 300;
        exporter.setProvider(&voice);
    }

    qint64 add(Role role, const QString& text, int chapterNumber = -1)
    {
        const auto m =
            messages.append(sessionId, role, text, MessageRecord::Status::Complete, chapterNumber);
        return m ? m->id : 0;
    }

    /// Starts the export to \a base and waits for its end; true when it finished.
    bool run(const QString& base)
    {
        QSignalSpy done(&exporter, &SessionAudioExporter::finished);
        QSignalSpy failed(&exporter, &SessionAudioExporter::failed);
        error.clear();
        EXPECT_TRUE(exporter.start(sessionId, base));
        EXPECT_TRUE(exporter.isRunning());
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 30000))
            return false;
        QTest::qWait(20); // nothing more may follow
        EXPECT_EQ(done.count() + failed.count(), 1);
        EXPECT_FALSE(exporter.isRunning());
        if (!failed.isEmpty())
            error = failed.at(0).at(0).toString();
        return !done.isEmpty();
    }

    void cache(qint64 messageId, int sentence, const QString& speech, const TtsAudio& audio)
    {
        ASSERT_TRUE(speechCache.store(messageId, sentence, QStringLiteral("k"), speech,
                                      QStringLiteral("espeak"), audio));
    }

    wav_file::Pcm exported() const
    {
        return wav_file::decode(dir.readFile(QStringLiteral("out.wav"))).value_or(wav_file::Pcm());
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    bool opened = db.open().ok(); // before the stores take its connection
    SessionStore sessions{db.connection()};
    MessageStore messages{db.connection()};
    SpeechCache speechCache{db.connection()};
    qint64 sessionId = 0;
    qint64 hook = 0;
    qint64 chapter = 0;
    FakeTtsProvider voice;
    SessionAudioExporter exporter{db.connection()};
    QString error;
};

TEST_F(SessionAudioExporterTest, CachedWavAndMp3ClipsMakeOneWavAndATranscript)
{
    const QByteArray wav = ttstest::espeakWav(QStringLiteral("A ship drifts."));
    const QByteArray mp3 = ttstest::lameMp3();
    if (wav.isEmpty() || mp3.isEmpty())
        GTEST_SKIP() << "espeak-ng or lame is not installed";
    const QByteArray wav2 = ttstest::espeakWav(QStringLiteral("The find."));
    const QByteArray wav3 = ttstest::espeakWav(QStringLiteral("Nobody was aboard at all."));
    cache(hook, 0, QStringLiteral("A ship drifts near the Azores."), {wav, QStringLiteral("wav")});
    cache(hook, 1, QStringLiteral("Shall we go aboard?"), {mp3, QStringLiteral("mp3")});
    cache(chapter, 0, QStringLiteral("The find"), {wav2, QStringLiteral("wav")});
    cache(chapter, 1, QStringLiteral("The Dei Gratia found her adrift."),
          {wav3, QStringLiteral("wav")});
    cache(chapter, 2, QStringLiteral("Nobody was aboard."), {wav, QStringLiteral("wav")});
    QSignalSpy progress(&exporter, &SessionAudioExporter::progress);
    QSignalSpy done(&exporter, &SessionAudioExporter::finished);

    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << error.toStdString();
    EXPECT_TRUE(voice.requests.isEmpty()) << "everything was cached";
    EXPECT_EQ(exporter.synthesizedCount(), 0);
    ASSERT_EQ(done.count(), 1);
    EXPECT_EQ(done.at(0).at(0).toString(), dir.filePath(QStringLiteral("out.wav")));
    EXPECT_EQ(done.at(0).at(1).toString(), dir.filePath(QStringLiteral("out.md")));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 10);
    EXPECT_EQ(progress.last().at(1).toInt(), 10);

    const wav_file::Pcm out = exported();
    EXPECT_EQ(out.sampleRate, 22050);
    EXPECT_EQ(out.channels, 1);
    qint64 clipsMs = 0;
    for (const QByteArray& clip : {wav, wav2, wav3, wav})
        clipsMs += wav_file::decode(clip)->durationMs();
    clipsMs += wav_file::decode(ttstest::espeakWav())->durationMs(); // what lame encoded
    const qint64 silenceMs = 3 * kGap + kMessageGap;
    // MP3 adds the encoder's delay and padding (a few tens of ms).
    EXPECT_NEAR(double(out.durationMs()), double(clipsMs + silenceMs), 150.0);

    const QString md = QString::fromUtf8(dir.readFile(QStringLiteral("out.md")));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Night: the Mary Celeste?\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("The Mary Celeste"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("English (en)"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("## Opening"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("## Chapter 1: Adrift"))) << md.toStdString();
    for (const QString& text : {kHook, kAnswer, kChapter})
        EXPECT_TRUE(md.contains(text)) << text.toStdString() << "\n" << md.toStdString();
    EXPECT_LT(md.indexOf(kHook), md.indexOf(kAnswer));
    EXPECT_LT(md.indexOf(kAnswer), md.indexOf(QStringLiteral("## Chapter 1")));
}

TEST_F(SessionAudioExporterTest, MissingClipsAreSynthesizedOnceAndCached)
{
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out.wav")))) << error.toStdString();
    EXPECT_EQ(voice.requests.size(), 5);
    EXPECT_EQ(exporter.synthesizedCount(), 5);
    EXPECT_EQ(voice.requests.at(2).text, QStringLiteral("The find"));
    EXPECT_EQ(voice.requests.at(3).text, QStringLiteral("The Dei Gratia found her adrift."));
    EXPECT_EQ(speechCache.count(hook), 2);
    EXPECT_EQ(speechCache.count(chapter), 3);
    const wav_file::Pcm first = exported();
    EXPECT_NEAR(double(first.durationMs()), 5 * 300 + 3 * kGap + kMessageGap, 2.0);

    exporter.setReplaceTranscript(true); // the same files again, as the user agreed
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << error.toStdString();
    EXPECT_EQ(voice.requests.size(), 5) << "the second export synthesizes nothing";
    EXPECT_EQ(exporter.synthesizedCount(), 0);
    EXPECT_EQ(exported().samples, first.samples);
}

TEST_F(SessionAudioExporterTest, AClipOfAnEditedSentenceIsSpokenAgain)
{
    cache(hook, 0, QStringLiteral("A ship drifts near the Azores."), voice.makeAudio({}));
    cache(hook, 1, QStringLiteral("Shall we go ashore?"), voice.makeAudio({}));
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << error.toStdString();
    ASSERT_EQ(voice.requests.size(), 4);
    EXPECT_EQ(voice.requests.at(0).text, QStringLiteral("Shall we go aboard?"));
}

TEST_F(SessionAudioExporterTest, TheMostCommonSampleRateWins)
{
    voice.wavRate = 24000;
    cache(hook, 0, QStringLiteral("A ship drifts near the Azores."),
          {QByteArray(22050 * 2 / 5, '\0'), TtsAudio::pcmFormat(22050)}); // 200 ms
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << error.toStdString();
    EXPECT_EQ(exporter.sampleRate(), 24000);
    const wav_file::Pcm out = exported();
    EXPECT_EQ(out.sampleRate, 24000);
    EXPECT_NEAR(double(out.durationMs()), 200 + 4 * 300 + 3 * kGap + kMessageGap, 2.0);
}

TEST_F(SessionAudioExporterTest, RequestsUseTheConfiguredVoiceAndTheSessionLanguage)
{
    const auto ko = sessions.create(QStringLiteral("밤"), QStringLiteral("ko"));
    ASSERT_TRUE(ko);
    sessionId = ko->id;
    add(Role::Assistant, QStringLiteral("배가 발견되었다. 아무도 없었다."), 0);
    VoiceConfig config;
    config.provider = QStringLiteral("openai");
    config.speed = 1.5;
    config.setVoice(QStringLiteral("ko"), QStringLiteral("nova"));
    exporter.setVoice(config);
    ASSERT_TRUE(run(dir.path())) << error.toStdString();
    ASSERT_EQ(voice.requests.size(), 2);
    EXPECT_EQ(voice.requests[0].text, QStringLiteral("배가 발견되었다."));
    EXPECT_EQ(voice.requests[1].language, QStringLiteral("ko"));
    EXPECT_EQ(voice.requests[1].voice, QStringLiteral("nova"));
    EXPECT_DOUBLE_EQ(voice.requests[1].speed, 1.5);
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("밤.wav"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("밤.md"))));
}

TEST_F(SessionAudioExporterTest, TheFallbackVoiceSpeaksWhenTheProviderFails)
{
    voice.failAll = TtsError::Kind::Server;
    FakeTtsProvider local(QStringLiteral("espeak"));
    local.wavMs = 100;
    exporter.setFallback(&local);
    QSignalSpy fellBack(&exporter, &SessionAudioExporter::fellBack);
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << error.toStdString();
    EXPECT_EQ(fellBack.count(), 1);
    EXPECT_EQ(voice.requests.size(), 1);
    EXPECT_EQ(local.requests.size(), 5);
    EXPECT_TRUE(local.requests[0].voice.isEmpty());
    EXPECT_NEAR(double(exported().durationMs()), 5 * 100 + 3 * kGap + kMessageGap, 2.0);
}

TEST_F(SessionAudioExporterTest, AVoiceFailureWithoutFallbackFailsClearly)
{
    voice.failFor.insert(QStringLiteral("Dei Gratia"), TtsError::Kind::Auth);
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out"))));
    EXPECT_TRUE(error.contains(QStringLiteral("sentence 2 of the narrator's message 2")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(
        TtsError::make(TtsError::Kind::Auth, QStringLiteral("fake")).message().left(20)))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.wav"))));
}

// The save dialog asked about NAME.wav only: a NAME.md already beside it is not replaced
// unless the user agreed to that too.
TEST_F(SessionAudioExporterTest, AnExistingTranscriptIsReplacedOnlyWhenAllowed)
{
    ASSERT_TRUE(dir.writeFile(QStringLiteral("out.md"), "my own notes"));
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out.wav"))));
    EXPECT_TRUE(error.contains(QStringLiteral("out.md is already there"))) << error.toStdString();
    EXPECT_EQ(dir.readFile(QStringLiteral("out.md")), QByteArray("my own notes"));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.wav"))));
    EXPECT_EQ(SessionAudioExporter::transcriptPath(QStringLiteral("x"),
                                                   dir.filePath(QStringLiteral("out.wav"))),
              dir.filePath(QStringLiteral("out.md")));

    exporter.setReplaceTranscript(true);
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out.wav")))) << error.toStdString();
    EXPECT_NE(dir.readFile(QStringLiteral("out.md")), QByteArray("my own notes"));
}

TEST_F(SessionAudioExporterTest, NoNarratorMessagesIsNothingToExport)
{
    const auto empty = sessions.create(QStringLiteral("Quiet"), QStringLiteral("en"));
    ASSERT_TRUE(empty);
    sessionId = empty->id;
    add(Role::User, QStringLiteral("Hello?"));
    add(Role::Assistant, QStringLiteral("🎉🎉\n```\ncode\n```"), 0);
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out"))));
    EXPECT_TRUE(error.contains(QStringLiteral("“Quiet” has nothing to export")))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.wav"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.md"))));
}

TEST_F(SessionAudioExporterTest, AnUnknownSessionFails)
{
    sessionId = 4242;
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out"))));
    EXPECT_EQ(error, QStringLiteral("There is no session with id 4242."));
}

TEST_F(SessionAudioExporterTest, AnUndecodableClipFailsClearlyAndWritesNothing)
{
    cache(chapter, 1, QStringLiteral("The Dei Gratia found her adrift."),
          {QByteArray("FAKE:not audio at all"), QStringLiteral("mp3")});
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out"))));
    EXPECT_TRUE(error.startsWith(QStringLiteral("The audio stored for sentence 2 of the "
                                                "narrator's message 2 (“The **Dei Gratia** found")))
        << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("cannot be decoded as mp3"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.wav"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.md"))));
}

TEST_F(SessionAudioExporterTest, AMissingFolderFailsBeforeAnyWork)
{
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("no/such/folder/out"))));
    EXPECT_TRUE(error.contains(QStringLiteral("that folder does not exist")))
        << error.toStdString();
    EXPECT_TRUE(voice.requests.isEmpty());
}

TEST_F(SessionAudioExporterTest, AnUnwritableFileFailsClearly)
{
    // A folder where the WAV should go: QSaveFile cannot replace it.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("out.wav")));
    EXPECT_FALSE(run(dir.filePath(QStringLiteral("out"))));
    EXPECT_TRUE(
        error.startsWith(QStringLiteral("Cannot write ") + dir.filePath(QStringLiteral("out.wav"))))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.md"))));
}

TEST_F(SessionAudioExporterTest, CancelStopsSynthesisAndWritesNothing)
{
    voice.manual = true;
    QSignalSpy done(&exporter, &SessionAudioExporter::finished);
    QSignalSpy failed(&exporter, &SessionAudioExporter::failed);
    ASSERT_TRUE(exporter.start(sessionId, dir.filePath(QStringLiteral("out"))));
    EXPECT_FALSE(exporter.start(sessionId, dir.filePath(QStringLiteral("other"))));
    ASSERT_TRUE(QTest::qWaitFor([this] { return voice.openJobs().size() == 1; }, 5000));
    exporter.cancel();
    EXPECT_FALSE(exporter.isRunning());
    QTest::qWait(50);
    EXPECT_EQ(voice.cancelled, 1);
    EXPECT_EQ(done.count() + failed.count(), 0);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.wav"))));
    voice.manual = false;
    ASSERT_TRUE(run(dir.filePath(QStringLiteral("out")))) << "it can start again";
}

TEST(ExportPathTest, SessionNamesBecomeSafeFileNames)
{
    EXPECT_EQ(ExportPath::safeFileName(QStringLiteral("Night: the Mary Celeste?")),
              QStringLiteral("Night_ the Mary Celeste_"));
    EXPECT_EQ(ExportPath::safeFileName(QStringLiteral("../a/b\\c\n")), QStringLiteral("_a_b_c_"));
    EXPECT_EQ(ExportPath::safeFileName(QStringLiteral(" .. ")), QStringLiteral("session"));
    EXPECT_EQ(ExportPath::safeFileName(QStringLiteral("메리 셀레스트호")),
              QStringLiteral("메리 셀레스트호"));
    EXPECT_EQ(ExportPath::safeFileName(QString(100, u'x')).size(), 80);
    const QString dir = QDir::tempPath();
    EXPECT_EQ(ExportPath::base(QStringLiteral("A/B"), dir),
              QDir(dir).filePath(QStringLiteral("A_B")));
    EXPECT_EQ(ExportPath::base(QStringLiteral("x"), dir + QStringLiteral("/night.WAV")),
              QDir(dir).filePath(QStringLiteral("night")));
    EXPECT_EQ(ExportPath::base(QStringLiteral("x"), dir + QStringLiteral("/night.md")),
              QDir(dir).filePath(QStringLiteral("night")));
}

} // namespace
} // namespace st
