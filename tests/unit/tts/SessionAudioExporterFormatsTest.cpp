// SessionAudioExporter in its three formats on a real database: the WAV's cue sheet, an MP3
// (lame) and an Opus file (opusenc) read back by ffprobe with their chapters, title and
// cover, and the ways encoding can fail (no encoder, an encoder that fails, a cancel while
// it runs), each leaving no file. Clips come from FakeTtsProvider (a quiet tone), so
// nothing depends on a real voice.
#include "core/script/Script.h"
#include "core/script/ScriptJson.h"
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/SessionAudioExporter.h"
#include "support/FakeTtsProvider.h"
#include "support/Ffprobe.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
constexpr int kClipMs = 300;

class SessionAudioExporterFormatsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(opened);
        const auto s = sessions.create(QStringLiteral("夜の話"), QStringLiteral("ja"));
        ASSERT_TRUE(s);
        sessionId = s->id;
        Script script;
        script.title = QStringLiteral("常陸国のうつろ舟");
        script.language = QStringLiteral("ja");
        script.section(ScriptSection::Prologue1).heading =
            QStringLiteral("八犬伝の作者が残した奇談");
        script.section(ScriptSection::Prologue1).content = QStringLiteral("…");
        script.section(ScriptSection::Prologue2).content = QStringLiteral("…"); // no heading
        ASSERT_TRUE(sessions.attachScript(sessionId, 0, script.title,
                                          QString::fromUtf8(ScriptJson::write(script))));
        add(Role::Assistant, QStringLiteral("舟が流れ着いた。開けてみますか?"), 0);
        add(Role::User, QStringLiteral("はい"));
        add(Role::Assistant, QStringLiteral("一つ目の話。女性がいた。"), 1);
        add(Role::User, QStringLiteral("誰?"));
        add(Role::Assistant, QStringLiteral("わかりません。"), -1); // still chapter 1
        add(Role::Assistant, QStringLiteral("二つ目の話。"), 2);
        voice.wavMs = kClipMs;
        voice.wavRate = 24000; // every gap a whole number of samples: exact times
        exporter.setProvider(&voice);
    }

    void add(Role role, const QString& text, int chapter = -1)
    {
        ASSERT_TRUE(
            messages.append(sessionId, role, text, MessageRecord::Status::Complete, chapter));
    }

    /// Exports as \a format to dir/out and waits for the end; true when it finished.
    bool run(AudioFormat format)
    {
        QSignalSpy done(&exporter, &SessionAudioExporter::finished);
        QSignalSpy failed(&exporter, &SessionAudioExporter::failed);
        exporter.setFormat(format);
        EXPECT_TRUE(exporter.start(sessionId, dir.filePath(QStringLiteral("out"))));
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 60000))
            return false;
        QTest::qWait(20); // nothing more may follow
        EXPECT_EQ(done.count() + failed.count(), 1);
        error = failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
        audioPath = done.isEmpty() ? QString() : done.at(0).at(0).toString();
        return !done.isEmpty();
    }

    /// The files in the folder besides the database.
    QStringList files() const
    {
        QStringList names = QDir(dir.path()).entryList(QDir::Files);
        names.removeIf(
            [](const QString& n) { return n.startsWith(QStringLiteral("storyteller")); });
        return names;
    }

    /// Where each chapter should start: the hook's 2 sentences, the message gap, chapter 1's
    /// 2 sentences and the answer's 1 (a message gap before it), then chapter 2.
    static qint64 chapterStartMs(int chapter)
    {
        const int gap = SessionAudioExporter::kSentenceGapMs;
        const int messageGap = SessionAudioExporter::kMessageGapMs;
        if (chapter == 0)
            return 0;
        const qint64 one = 2 * kClipMs + gap + messageGap;
        return chapter == 1 ? one : one + 2 * kClipMs + gap + messageGap + kClipMs + messageGap;
    }

    void expectProbedChapters(const Ffprobe& probe)
    {
        ASSERT_TRUE(probe.ok) << probe.error.toStdString();
        ASSERT_EQ(probe.chapters.size(), 3);
        const QStringList titles{QStringLiteral("常陸国のうつろ舟"),
                                 QStringLiteral("八犬伝の作者が残した奇談"),
                                 QStringLiteral("Chapter 2")};
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(probe.chapters[i].title, titles[i]) << i;
            EXPECT_NEAR(probe.chapters[i].start, chapterStartMs(i) / 1000.0, 0.002) << i;
        }
        EXPECT_NEAR(probe.chapters[0].end, probe.chapters[1].start, 0.002);
        EXPECT_NEAR(probe.chapters[1].end, probe.chapters[2].start, 0.002);
        EXPECT_GT(probe.chapters[2].end, probe.chapters[2].start);
    }

    TempDataDir dir;
    Database db{dir.databasePath()};
    bool opened = db.open().ok();
    SessionStore sessions{db.connection()};
    MessageStore messages{db.connection()};
    qint64 sessionId = 0;
    FakeTtsProvider voice;
    SessionAudioExporter exporter{db.connection()};
    QString error;
    QString audioPath;
};

TEST_F(SessionAudioExporterFormatsTest, AWavHasACueSheetWithTheChapters)
{
    ASSERT_TRUE(run(AudioFormat::Wav)) << error.toStdString();
    EXPECT_EQ(audioPath, dir.filePath(QStringLiteral("out.wav")));
    EXPECT_EQ(files(), (QStringList{QStringLiteral("out.cue"), QStringLiteral("out.md"),
                                    QStringLiteral("out.wav")}));
    const QString cue = QString::fromUtf8(dir.readFile(QStringLiteral("out.cue")));
    EXPECT_EQ(cue, QStringLiteral("TITLE \"夜の話\"\n"
                                  "PERFORMER \"Storyteller\"\n"
                                  "FILE \"out.wav\" WAVE\n"
                                  "  TRACK 01 AUDIO\n"
                                  "    TITLE \"常陸国のうつろ舟\"\n"
                                  "    INDEX 01 00:00:00\n"
                                  "  TRACK 02 AUDIO\n"
                                  "    TITLE \"八犬伝の作者が残した奇談\"\n"
                                  "    INDEX 01 00:01:48\n" // 1.65 s: 123.75 frames
                                  "  TRACK 03 AUDIO\n"
                                  "    TITLE \"Chapter 2\"\n"
                                  "    INDEX 01 00:04:30\n")) // 4.4 s
        << cue.toStdString();
    EXPECT_EQ(chapterStartMs(1), 1650);
    EXPECT_EQ(chapterStartMs(2), 4400);
}

TEST_F(SessionAudioExporterFormatsTest, AnMp3HasItsTagAndChaptersAsFfprobeReadsThem)
{
    if (QStandardPaths::findExecutable(QStringLiteral("lame")).isEmpty())
        GTEST_SKIP() << "lame is not installed (Debian: lame)";
    if (Ffprobe::program().isEmpty())
        GTEST_SKIP() << "ffprobe is not installed (Debian: ffmpeg)";
    QSignalSpy progress(&exporter, &SessionAudioExporter::progress);
    ASSERT_TRUE(run(AudioFormat::Mp3)) << error.toStdString();
    EXPECT_EQ(audioPath, dir.filePath(QStringLiteral("out.mp3")));
    EXPECT_EQ(files(), (QStringList{QStringLiteral("out.md"), QStringLiteral("out.mp3")}));
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 2 * 6 + 1); // six sentences, then encoding
    EXPECT_EQ(progress.last().at(1).toInt(), 2 * 6 + 1);

    const QByteArray head = dir.readFile(QStringLiteral("out.mp3")).left(5);
    EXPECT_EQ(head, QByteArray("ID3\x03\x00", 5)) << "our ID3v2.3 tag comes first";
    const Ffprobe probe = Ffprobe::read(audioPath);
    expectProbedChapters(probe);
    EXPECT_EQ(probe.audioCodec, QStringLiteral("mp3"));
    EXPECT_EQ(probe.attachedPictures, 1) << "the cover";
    EXPECT_EQ(probe.tags.value(QStringLiteral("title")).toString(), QStringLiteral("夜の話"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("album")).toString(),
              QStringLiteral("常陸国のうつろ舟"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("artist")).toString(), QStringLiteral("Storyteller"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("language")).toString(), QStringLiteral("jpn"));
}

TEST_F(SessionAudioExporterFormatsTest, AnOpusFileHasItsCommentsAndChaptersAsFfprobeReadsThem)
{
    if (QStandardPaths::findExecutable(QStringLiteral("opusenc")).isEmpty())
        GTEST_SKIP() << "opusenc is not installed (Debian: opus-tools)";
    if (Ffprobe::program().isEmpty())
        GTEST_SKIP() << "ffprobe is not installed (Debian: ffmpeg)";
    ASSERT_TRUE(run(AudioFormat::Opus)) << error.toStdString();
    EXPECT_EQ(audioPath, dir.filePath(QStringLiteral("out.opus")));
    EXPECT_EQ(files(), (QStringList{QStringLiteral("out.md"), QStringLiteral("out.opus")}));
    EXPECT_TRUE(dir.readFile(QStringLiteral("out.opus")).startsWith("OggS"));
    const Ffprobe probe = Ffprobe::read(audioPath);
    expectProbedChapters(probe);
    EXPECT_EQ(probe.audioCodec, QStringLiteral("opus"));
    EXPECT_EQ(probe.attachedPictures, 1) << "the cover";
    EXPECT_EQ(probe.tags.value(QStringLiteral("title")).toString(), QStringLiteral("夜の話"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("album")).toString(),
              QStringLiteral("常陸国のうつろ舟"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("artist")).toString(), QStringLiteral("Storyteller"));
    EXPECT_EQ(probe.tags.value(QStringLiteral("language")).toString(), QStringLiteral("jpn"));
}

TEST_F(SessionAudioExporterFormatsTest, AMissingEncoderIsATypedErrorBeforeAnyWork)
{
    const QString missing = dir.filePath(QStringLiteral("no-such-lame"));
    exporter.setEncoderProgram(AudioFormat::Mp3, missing);
    EXPECT_FALSE(run(AudioFormat::Mp3));
    EXPECT_EQ(exporter.encodeError().kind, AudioEncodeError::Kind::EncoderMissing);
    EXPECT_EQ(exporter.encodeError().package(), QStringLiteral("lame"));
    EXPECT_TRUE(error.contains(QStringLiteral("Install the package lame"))) << error.toStdString();
    EXPECT_TRUE(error.contains(missing)) << error.toStdString();
    EXPECT_TRUE(voice.requests.isEmpty()) << "nothing was spoken for an export that cannot be";
    EXPECT_TRUE(files().isEmpty()) << files().join(u' ').toStdString();

    exporter.setEncoderProgram(AudioFormat::Opus, QStringLiteral("no-such-opusenc-in-path"));
    EXPECT_FALSE(run(AudioFormat::Opus));
    EXPECT_TRUE(error.contains(QStringLiteral("Install the package opus-tools")))
        << error.toStdString();
    ASSERT_TRUE(run(AudioFormat::Wav)) << "WAV needs no encoder: " << error.toStdString();
}

/// A stand-in encoder: a shell script doing \a body.
QString script(const TempDataDir& dir, const QString& name, const QByteArray& body)
{
    const QString path = dir.filePath(name);
    EXPECT_TRUE(dir.writeFile(name, "#!/bin/sh\n" + body + "\n"));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

TEST_F(SessionAudioExporterFormatsTest, AFailingEncoderSaysWhatItSaidAndLeavesNoFile)
{
    exporter.setEncoderProgram(
        AudioFormat::Mp3,
        script(dir, QStringLiteral("bad-lame"), "echo 'Unsupported data format' >&2; exit 3"));
    EXPECT_FALSE(run(AudioFormat::Mp3));
    EXPECT_EQ(exporter.encodeError().kind, AudioEncodeError::Kind::EncoderFailed);
    EXPECT_TRUE(error.endsWith(QStringLiteral("Unsupported data format"))) << error.toStdString();
    EXPECT_EQ(files(), QStringList{QStringLiteral("bad-lame")});

    exporter.setEncoderProgram(AudioFormat::Mp3,
                               script(dir, QStringLiteral("silent-lame"), "exit 0"));
    EXPECT_FALSE(run(AudioFormat::Mp3));
    EXPECT_TRUE(error.contains(QStringLiteral("wrote nothing"))) << error.toStdString();
    EXPECT_EQ(files(), (QStringList{QStringLiteral("bad-lame"), QStringLiteral("silent-lame")}));
}

TEST_F(SessionAudioExporterFormatsTest, CancelWhileEncodingLeavesNoFile)
{
    // An encoder that writes a little and then waits until it is stopped.
    exporter.setEncoderProgram(
        AudioFormat::Opus,
        script(dir, QStringLiteral("slow-opusenc"),
               "for last; do :; done; echo partial > \"$last\"; touch \"$0.started\"; "
               "exec sleep 60"));
    QSignalSpy done(&exporter, &SessionAudioExporter::finished);
    QSignalSpy failed(&exporter, &SessionAudioExporter::failed);
    exporter.setFormat(AudioFormat::Opus);
    ASSERT_TRUE(exporter.start(sessionId, dir.filePath(QStringLiteral("out"))));
    const QString started = dir.filePath(QStringLiteral("slow-opusenc.started"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(started); }, 30000));
    EXPECT_TRUE(exporter.isRunning());
    exporter.cancel();
    EXPECT_FALSE(exporter.isRunning());
    QTest::qWait(50);
    EXPECT_EQ(done.count() + failed.count(), 0);
    EXPECT_EQ(files(), (QStringList{QStringLiteral("slow-opusenc"),
                                    QStringLiteral("slow-opusenc.started")}));
}

} // namespace
} // namespace st
