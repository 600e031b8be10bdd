// `storyteller-cli session export-audio` as a real process on a fresh data folder: sessions
// and messages made here with the real stores, clips cached here or spoken by espeak-ng in
// the CLI; the WAV and the Markdown it writes are read back.
#include "core/store/Database.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/WavFile.h"
#include "support/CliRunner.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QDir>
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

} // namespace
} // namespace st
