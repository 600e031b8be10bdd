// AudioEncoder: the programs found or not, the typed error and its message (which package
// to install), signals only from the event loop, and real lame and opusenc runs on a short
// WAV (skipped, saying why, where they are missing).
#include "core/tts/AudioEncoder.h"

#include "core/tts/Id3Tag.h"
#include "core/tts/WavFile.h"
#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

/// Half a second of silence as a 22,050 Hz WAV in \a dir.
QString shortWav(const TempDataDir& dir)
{
    wav_file::Pcm pcm;
    pcm.sampleRate = 22050;
    pcm.samples = wav_file::silence(22050, 500);
    EXPECT_TRUE(dir.writeFile(QStringLiteral("in.wav"), wav_file::encode(pcm)));
    return dir.filePath(QStringLiteral("in.wav"));
}

struct EncodeRun
{
    int finished = 0;
    int failed = 0;
    AudioEncodeError error;
};

/// Starts \a encoder and waits for its end (and a little after, for a second signal).
EncodeRun encode(AudioEncoder& encoder, AudioFormat format, const QString& in, const QString& out)
{
    QSignalSpy finished(&encoder, &AudioEncoder::finished);
    QSignalSpy failed(&encoder, &AudioEncoder::failed);
    AudioMetadata metadata;
    metadata.title = QStringLiteral("テスト");
    metadata.chapters = {{QStringLiteral("一"), 0, 250}, {QStringLiteral("二"), 250, 500}};
    metadata.cover = AudioMetadata::appCover();
    EXPECT_TRUE(encoder.start(format, in, out, metadata));
    EXPECT_EQ(finished.count() + failed.count(), 0) << "nothing from inside start()";
    EXPECT_FALSE(encoder.start(format, in, out, metadata)) << "one run at a time";
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 30000));
    QTest::qWait(20);
    EncodeRun run{int(finished.count()), int(failed.count()), {}};
    if (!failed.isEmpty())
        run.error = failed.at(0).at(0).value<AudioEncodeError>();
    EXPECT_FALSE(encoder.isRunning());
    return run;
}

TEST(AudioEncoderTest, AMissingProgramIsATypedErrorNamingThePackage)
{
    AudioEncoder encoder;
    EXPECT_EQ(encoder.program(AudioFormat::Mp3), QStringLiteral("lame"));
    EXPECT_EQ(encoder.program(AudioFormat::Opus), QStringLiteral("opusenc"));
    EXPECT_FALSE(encoder.check(AudioFormat::Wav).isError());

    encoder.setProgram(AudioFormat::Opus, QStringLiteral("/nonexistent/opusenc"));
    const AudioEncodeError error = encoder.check(AudioFormat::Opus);
    EXPECT_EQ(error.kind, AudioEncodeError::Kind::EncoderMissing);
    EXPECT_EQ(error.program, QStringLiteral("/nonexistent/opusenc"));
    EXPECT_EQ(error.package(), QStringLiteral("opus-tools"));
    EXPECT_EQ(error.message(),
              QStringLiteral("Exporting OPUS needs the program /nonexistent/opusenc, which is "
                             "not installed. Install the package opus-tools (for example: sudo "
                             "apt install opus-tools), or export as WAV."));

    TempDataDir dir;
    const EncodeRun run =
        encode(encoder, AudioFormat::Opus, shortWav(dir), dir.filePath(QStringLiteral("out.opus")));
    EXPECT_EQ(run.failed, 1);
    EXPECT_EQ(run.finished, 0);
    EXPECT_EQ(run.error.kind, AudioEncodeError::Kind::EncoderMissing);
    EXPECT_EQ(run.error.format, AudioFormat::Opus);
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.opus"))));
}

TEST(AudioEncoderTest, WavIsNotEncoded)
{
    AudioEncoder encoder;
    EXPECT_FALSE(
        encoder.start(AudioFormat::Wav, QStringLiteral("a.wav"), QStringLiteral("b.wav"), {}));
    EXPECT_FALSE(encoder.isRunning());
}

TEST(AudioEncoderTest, LameMakesAnMp3WithoutATagOfItsOwn)
{
    if (QStandardPaths::findExecutable(QStringLiteral("lame")).isEmpty())
        GTEST_SKIP() << "lame is not installed (Debian: lame)";
    TempDataDir dir;
    AudioEncoder encoder;
    const QString out = dir.filePath(QStringLiteral("out.mp3"));
    const EncodeRun run = encode(encoder, AudioFormat::Mp3, shortWav(dir), out);
    ASSERT_EQ(run.finished, 1) << run.error.message().toStdString();
    const QByteArray mp3 = dir.readFile(QStringLiteral("out.mp3"));
    ASSERT_GT(mp3.size(), 100);
    EXPECT_EQ(Id3Tag::sizeAtStart(mp3), 0) << "lame wrote an ID3v2 tag";
    EXPECT_EQ(quint8(mp3[0]), 0xff) << "an MPEG frame first";
    EXPECT_NE(mp3.right(128).left(3), QByteArray("TAG")) << "lame wrote an ID3v1 tag";
}

TEST(AudioEncoderTest, OpusencMakesAnOggOpusFile)
{
    if (QStandardPaths::findExecutable(QStringLiteral("opusenc")).isEmpty())
        GTEST_SKIP() << "opusenc is not installed (Debian: opus-tools)";
    TempDataDir dir;
    AudioEncoder encoder;
    const EncodeRun run =
        encode(encoder, AudioFormat::Opus, shortWav(dir), dir.filePath(QStringLiteral("o.opus")));
    ASSERT_EQ(run.finished, 1) << run.error.message().toStdString();
    const QByteArray opus = dir.readFile(QStringLiteral("o.opus"));
    EXPECT_TRUE(opus.startsWith("OggS"));
    EXPECT_TRUE(opus.contains("OpusHead"));
    EXPECT_TRUE(opus.contains("CHAPTER002NAME=\xe4\xba\x8c")) << "二, in UTF-8";
}

TEST(AudioEncoderTest, AnEncoderThatFailsGivesItsLastWords)
{
    TempDataDir dir;
    ASSERT_TRUE(dir.writeFile(QStringLiteral("fails"), "#!/bin/sh\necho noise >&2\necho "
                                                       "'Error: bad input' >&2\nexit 2\n"));
    QFile(dir.filePath(QStringLiteral("fails")))
        .setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    AudioEncoder encoder;
    encoder.setProgram(AudioFormat::Mp3, dir.filePath(QStringLiteral("fails")));
    const EncodeRun run =
        encode(encoder, AudioFormat::Mp3, shortWav(dir), dir.filePath(QStringLiteral("o.mp3")));
    EXPECT_EQ(run.failed, 1);
    EXPECT_EQ(run.error.kind, AudioEncodeError::Kind::EncoderFailed);
    EXPECT_EQ(run.error.detail, QStringLiteral("Error: bad input"));
    EXPECT_TRUE(run.error.message().endsWith(QStringLiteral("as MP3: Error: bad input")))
        << run.error.message().toStdString();
}

TEST(AudioEncoderTest, FormatNamesAndPaths)
{
    EXPECT_EQ(audio_format::fromName(QStringLiteral("MP3")), AudioFormat::Mp3);
    EXPECT_EQ(audio_format::fromName(QStringLiteral("opus")), AudioFormat::Opus);
    EXPECT_EQ(audio_format::fromName(QStringLiteral("wav")), AudioFormat::Wav);
    EXPECT_FALSE(audio_format::fromName(QStringLiteral("flac")));
    EXPECT_EQ(audio_format::fromPath(QStringLiteral("/a/b.Opus")), AudioFormat::Opus);
    EXPECT_FALSE(audio_format::fromPath(QStringLiteral("/a/b")));
    EXPECT_EQ(audio_format::encoderPackage(AudioFormat::Opus), QStringLiteral("opus-tools"));
    EXPECT_TRUE(audio_format::encoderProgram(AudioFormat::Wav).isEmpty());
}

} // namespace
} // namespace st
