// `storyteller-cli session export-audio` as a real process on a fresh data folder: sessions
// and messages made here with the real stores, clips cached here or spoken by espeak-ng in
// the CLI; the WAV and the Markdown it writes are read back. And a whole bundled story told
// by `storyteller-cli chat` offline, exported as MP3 and Opus, its chapters read by ffprobe.
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/WavFile.h"
#include "support/CliRunner.h"
#include "support/Ffprobe.h"
#include "support/QtPrinters.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

using Role = MessageRecord::Role;
constexpr int kExportFailed = 9;

/// \a ms of a quiet tone as a 22,050 Hz WAV clip.
TtsAudio tone(int ms)
{
    wav_file::Pcm pcm;
    pcm.sampleRate = 22050;
    pcm.samples = QByteArray(qint64(22050) * ms / 1000 * 2, '\x10');
    return {wav_file::encode(pcm), QStringLiteral("wav"), ms};
}

/// Sessions and messages written straight into the data folder's database (closed again
/// before the CLI runs).
class CliExportAudioTest : public ::testing::Test
{
protected:
    struct Made
    {
        qint64 session = 0;
        QVector<qint64> narrator;
    };

    /// A session named \a name, last used at \a usedAt, with a narrator message per text in
    /// \a told and a listener's answer between them.
    Made session(const QString& name, const QStringList& told, qint64 usedAt = 1000)
    {
        Made made;
        Database db(dir.databasePath());
        if (!db.open().ok())
            return made;
        SessionStore sessions(db.connection(), [usedAt] { return usedAt; });
        MessageStore messages(db.connection(), [usedAt] { return usedAt; });
        const auto s = sessions.create(name, QStringLiteral("en"));
        if (!s)
            return made;
        made.session = s->id;
        for (int i = 0; i < told.size(); ++i) {
            if (i > 0)
                messages.append(s->id, Role::User, QStringLiteral("Answer %1.").arg(i),
                                MessageRecord::Status::Complete);
            if (const auto m = messages.append(s->id, Role::Assistant, told[i],
                                               MessageRecord::Status::Complete, i))
                made.narrator.append(m->id);
        }
        return made;
    }

    /// Caches a \a ms clip for every sentence of message \a id (one per entry of \a speech).
    void cacheClips(qint64 id, const QStringList& speech, int ms)
    {
        Database db(dir.databasePath());
        ASSERT_TRUE(db.open().ok());
        SpeechCache cache(db.connection());
        for (int i = 0; i < speech.size(); ++i)
            ASSERT_TRUE(cache.store(id, i, QStringLiteral("k"), speech[i], QStringLiteral("espeak"),
                                    tone(ms)));
    }

    int cachedClips(qint64 id)
    {
        Database db(dir.databasePath());
        return db.open().ok() ? SpeechCache(db.connection()).count(id) : -1;
    }

    TempDataDir dir;
};

TEST_F(CliExportAudioTest, ExportsASessionByNameToTheOutputPath)
{
    const Made made = session(QStringLiteral("Night one"),
                              {QStringLiteral("The ship drifted. Nobody was aboard."),
                               QStringLiteral("## Chapter\n\nThe log was calm.")});
    ASSERT_EQ(made.narrator.size(), 2);
    cacheClips(made.narrator[0],
               {QStringLiteral("The ship drifted."), QStringLiteral("Nobody was aboard.")}, 400);
    cacheClips(made.narrator[1], {QStringLiteral("Chapter"), QStringLiteral("The log was calm.")},
               300);
    const QString base = dir.filePath(QStringLiteral("exports/night"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("exports")));

    const CliRun run = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                    QStringLiteral("Night one"), QStringLiteral("--output"), base});
    ASSERT_EQ(run.exitCode, 0) << dump(run);
    EXPECT_EQ(run.lines(),
              (QStringList{base + QStringLiteral(".wav"), base + QStringLiteral(".md")}))
        << dump(run);
    EXPECT_TRUE(run.err.isEmpty()) << dump(run);
    const auto pcm = wav_file::decode(dir.readFile(base + QStringLiteral(".wav")));
    ASSERT_TRUE(pcm);
    EXPECT_EQ(pcm->sampleRate, 22050);
    EXPECT_EQ(pcm->channels, 1);
    EXPECT_NEAR(double(pcm->durationMs()), 2 * 400 + 2 * 300 + 2 * 250 + 800, 2.0);
    const QString md = QString::fromUtf8(dir.readFile(base + QStringLiteral(".md")));
    EXPECT_TRUE(md.startsWith(QStringLiteral("# Night one\n"))) << md.toStdString();
    for (const QString& text :
         {QStringLiteral("The ship drifted. Nobody was aboard."), QStringLiteral("> Answer 1."),
          QStringLiteral("The log was calm."), QStringLiteral("## Chapter 1")})
        EXPECT_TRUE(md.contains(text)) << text.toStdString() << '\n' << md.toStdString();
}

TEST_F(CliExportAudioTest, ByIdWithTheSessionsNameInTheCurrentFolderAndEspeakForMissingClips)
{
    if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
        GTEST_SKIP() << "espeak-ng is not installed";
    const Made made = session(QStringLiteral("Roanoke: lost?"),
                              {QStringLiteral("The colony was gone. Only a word was left.")});
    ASSERT_EQ(made.narrator.size(), 1);
    cacheClips(made.narrator[0], {QStringLiteral("The colony was gone.")}, 500);
    TempDataDir work;
    const CliRun run = runCli(
        dir,
        {QStringLiteral("session"), QStringLiteral("export-audio"), QString::number(made.session)},
        {{}, {}, work.path()});
    ASSERT_EQ(run.exitCode, 0) << dump(run);
    const QString base = work.filePath(QStringLiteral("Roanoke_ lost_"));
    EXPECT_EQ(run.lines(),
              (QStringList{base + QStringLiteral(".wav"), base + QStringLiteral(".md")}))
        << dump(run);
    const auto pcm = wav_file::decode(work.readFile(base + QStringLiteral(".wav")));
    ASSERT_TRUE(pcm);
    EXPECT_GT(pcm->durationMs(), 500 + 250 + 300) << "the second sentence spoken by espeak-ng";
    EXPECT_EQ(cachedClips(made.narrator[0]), 2) << "and kept for the next time";
}

TEST_F(CliExportAudioTest, SeveralSessionsWithTheNameExportTheMostRecent)
{
    const Made older = session(QStringLiteral("Twin"), {QStringLiteral("Older story.")}, 1000);
    const Made newer = session(QStringLiteral("Twin"), {QStringLiteral("Newer story.")}, 5000);
    cacheClips(older.narrator.value(0), {QStringLiteral("Older story.")}, 100);
    cacheClips(newer.narrator.value(0), {QStringLiteral("Newer story.")}, 100);
    const QString base = dir.filePath(QStringLiteral("twin"));
    const CliRun run = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                    QStringLiteral("Twin"), QStringLiteral("--output"), base});
    ASSERT_EQ(run.exitCode, 0) << dump(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("2 sessions are named “Twin”"))) << dump(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("(id %1)").arg(newer.session))) << dump(run);
    const QString md = QString::fromUtf8(dir.readFile(base + QStringLiteral(".md")));
    EXPECT_TRUE(md.contains(QStringLiteral("Newer story."))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("Older story."))) << md.toStdString();
}

TEST_F(CliExportAudioTest, UnknownSessionIsExitCode1)
{
    session(QStringLiteral("Known"), {QStringLiteral("Told.")});
    const CliRun run = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                    QStringLiteral("Unknown")});
    EXPECT_EQ(run.exitCode, 1) << dump(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("“Unknown”"))) << dump(run);
    EXPECT_TRUE(run.out.isEmpty()) << dump(run);
}

TEST_F(CliExportAudioTest, NothingToExportIsExitCode9)
{
    const Made made = session(QStringLiteral("Silent"), {});
    ASSERT_GT(made.session, 0);
    const CliRun run = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                    QStringLiteral("Silent"), QStringLiteral("--output"),
                                    dir.filePath(QStringLiteral("silent"))});
    EXPECT_EQ(run.exitCode, kExportFailed) << dump(run);
    EXPECT_TRUE(run.err.contains(QStringLiteral("nothing to export"))) << dump(run);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("silent.wav"))));
}

TEST_F(CliExportAudioTest, WrongCommandLinesAreUsageErrors)
{
    for (const QStringList& args :
         {QStringList{QStringLiteral("session"), QStringLiteral("export-audio")},
          QStringList{QStringLiteral("session"), QStringLiteral("export-audio"),
                      QStringLiteral("a"), QStringLiteral("b")}}) {
        const CliRun run = runCli(dir, args);
        EXPECT_EQ(run.exitCode, 64) << dump(run);
        EXPECT_TRUE(run.err.contains(QStringLiteral("export-audio SESSION"))) << dump(run);
    }
}

TEST_F(CliExportAudioTest, TheFormatIsAnOptionOrTheOutputsExtension)
{
    const Made made = session(QStringLiteral("Short"), {QStringLiteral("It was calm.")});
    ASSERT_EQ(made.narrator.size(), 1);
    cacheClips(made.narrator[0], {QStringLiteral("It was calm.")}, 300);
    const CliRun wrong =
        runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                     QStringLiteral("Short"), QStringLiteral("--format"), QStringLiteral("flac")});
    EXPECT_EQ(wrong.exitCode, 64) << dump(wrong);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("unknown audio format flac; use wav, mp3 or "
                                                  "opus")))
        << dump(wrong);

    const QString wav = dir.filePath(QStringLiteral("short"));
    const CliRun plain = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                      QStringLiteral("Short"), QStringLiteral("--output"), wav});
    ASSERT_EQ(plain.exitCode, 0) << dump(plain);
    EXPECT_EQ(plain.lines().value(0), wav + QStringLiteral(".wav"));
    const QString cue = QString::fromUtf8(dir.readFile(QStringLiteral("short.cue")));
    EXPECT_TRUE(cue.contains(QStringLiteral("FILE \"short.wav\" WAVE\n  TRACK 01 AUDIO\n"
                                            "    TITLE \"Opening\"\n    INDEX 01 00:00:00\n")))
        << cue.toStdString();

    if (QStandardPaths::findExecutable(QStringLiteral("opusenc")).isEmpty())
        GTEST_SKIP() << "opusenc is not installed (Debian: opus-tools)";
    const QString opus = dir.filePath(QStringLiteral("other.opus"));
    const CliRun byName = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                       QStringLiteral("Short"), QStringLiteral("--output"), opus});
    ASSERT_EQ(byName.exitCode, 0) << dump(byName);
    EXPECT_EQ(byName.lines(), (QStringList{opus, dir.filePath(QStringLiteral("other.md"))}));
    EXPECT_TRUE(dir.readFile(QStringLiteral("other.opus")).startsWith("OggS"));
}

/// The programs the whole-story export needs, or why the test cannot run.
QString missingForWholeStory()
{
    for (const auto& [program, package] :
         {std::pair{"espeak-ng", "espeak-ng"}, std::pair{"lame", "lame"},
          std::pair{"opusenc", "opus-tools"}, std::pair{"ffprobe", "ffmpeg"}}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
            return QStringLiteral("%1 is not installed (Debian: %2)")
                .arg(QString::fromLatin1(program), QString::fromLatin1(package));
    }
    return {};
}

// Issue 20: a 14-chapter story told whole shows 15 chapters in a podcast player: the opening
// (titled with the story) and each chapter (titled with its heading), in order, in both the
// MP3 and the Opus file, as ffprobe (FFmpeg, not our code) reads them.
TEST_F(CliExportAudioTest, AWholeStoryToldOfflineIsFifteenChaptersInMp3AndOpus)
{
    if (const QString missing = missingForWholeStory(); !missing.isEmpty())
        GTEST_SKIP() << missing.toStdString();
    const Script script =
        testdata::bundledScript(QStringLiteral("mary-celeste"), QStringLiteral("en"));
    ASSERT_EQ(script.tellableChapters().size(), 14);
    QByteArray input = "the Mary Celeste\n";
    for (int i = 0; i < 30; ++i)
        input += "I think the crew left in a hurry.\n";
    input += "exit\n";
    const CliRun told =
        runCli(dir,
               {QStringLiteral("chat"), QStringLiteral("--name"), QStringLiteral("Whole"),
                QStringLiteral("--language"), QStringLiteral("en")},
               {input});
    ASSERT_EQ(told.exitCode, 0) << dump(told);

    QStringList titles{script.title};
    for (const Script::Section& section : script.tellableChapters())
        titles.append(section.heading.simplified());
    for (const QString& format : {QStringLiteral("mp3"), QStringLiteral("opus")}) {
        const QString base = dir.filePath(QStringLiteral("whole"));
        const CliRun run = runCli(dir, {QStringLiteral("session"), QStringLiteral("export-audio"),
                                        QStringLiteral("Whole"), QStringLiteral("--format"), format,
                                        QStringLiteral("--output"), base});
        ASSERT_EQ(run.exitCode, 0) << dump(run);
        const QString audio = base + u'.' + format;
        EXPECT_EQ(run.lines(), (QStringList{audio, base + QStringLiteral(".md")})) << dump(run);
        const Ffprobe probe = Ffprobe::read(audio);
        ASSERT_TRUE(probe.ok) << probe.error.toStdString();
        ASSERT_EQ(probe.chapters.size(), 15) << format.toStdString();
        for (int i = 0; i < 15; ++i) {
            EXPECT_EQ(probe.chapters[i].title, titles[i]) << format.toStdString() << ' ' << i;
            if (i > 0) {
                EXPECT_GT(probe.chapters[i].start, probe.chapters[i - 1].start) << i;
                EXPECT_NEAR(probe.chapters[i - 1].end, probe.chapters[i].start, 0.002) << i;
            }
        }
        EXPECT_EQ(probe.chapters[0].start, 0.0);
        EXPECT_NEAR(probe.chapters[14].end, probe.durationSeconds, 1.0) << format.toStdString();
        EXPECT_EQ(probe.tags.value(QStringLiteral("title")).toString(), QStringLiteral("Whole"))
            << format.toStdString();
        EXPECT_EQ(probe.tags.value(QStringLiteral("language")).toString(), QStringLiteral("eng"))
            << format.toStdString();
        EXPECT_EQ(probe.attachedPictures, 1) << format.toStdString() << ": the cover";
        QFile::remove(base + QStringLiteral(".md")); // the next format writes its own
    }
}

} // namespace
} // namespace st
