#include "core/tts/WavFile.h"

#include "core/tts/TtsAudio.h"
#include "unit/tts/TtsTestSupport.h"

#include <QtEndian>
#include <gtest/gtest.h>

namespace st {
namespace {

QByteArray samples(std::initializer_list<qint16> values)
{
    QByteArray out;
    for (qint16 v : values) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    }
    return out;
}

TEST(WavFileTest, EncodesAndDecodesPcm)
{
    wav_file::Pcm pcm;
    pcm.sampleRate = 8000;
    pcm.channels = 1;
    pcm.samples = samples({0, 1000, -1000, 32767, -32768});
    const QByteArray bytes = wav_file::encode(pcm);
    EXPECT_EQ(bytes.size(), 44 + 10);
    EXPECT_TRUE(TtsAudio::looksLikeWav(bytes));
    const auto back = wav_file::decode(bytes);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->sampleRate, 8000);
    EXPECT_EQ(back->channels, 1);
    EXPECT_EQ(back->samples, pcm.samples);
}

TEST(WavFileTest, DecodesEspeakOutput)
{
    const QByteArray wav = ttstest::espeakWav(QStringLiteral("One sentence."));
    if (wav.isEmpty())
        GTEST_SKIP() << "espeak-ng is not installed";
    const auto pcm = wav_file::decode(wav);
    ASSERT_TRUE(pcm);
    EXPECT_EQ(pcm->sampleRate, 22050);
    EXPECT_GT(pcm->durationMs(), 300);
    EXPECT_NEAR(double(pcm->durationMs()), double(TtsAudio::wavDurationMs(wav)), 2.0);
}

TEST(WavFileTest, RefusesWhatIsNotSixteenBitPcm)
{
    EXPECT_FALSE(wav_file::decode(QByteArray("not a wav at all")));
    QByteArray eightBit = wav_file::header(8000, 1, 4) + QByteArray(4, '\x80');
    qToLittleEndian<quint16>(8, eightBit.data() + 34);
    EXPECT_FALSE(wav_file::decode(eightBit));
    EXPECT_FALSE(wav_file::decode(ttstest::lameMp3()));
}

TEST(WavFileTest, MixesDownAndResamples)
{
    wav_file::Pcm stereo;
    stereo.sampleRate = 8000;
    stereo.channels = 2;
    stereo.samples = samples({100, 300, 100, 300, 100, 300, 100, 300});
    const wav_file::Pcm mono = wav_file::toMono(stereo, 16000);
    EXPECT_EQ(mono.channels, 1);
    EXPECT_EQ(mono.sampleRate, 16000);
    EXPECT_EQ(mono.frameCount(), 8);
    const auto* v = reinterpret_cast<const qint16*>(mono.samples.constData());
    EXPECT_EQ(qFromLittleEndian(v[3]), 200);
    EXPECT_EQ(wav_file::silence(16000, 500).size(), 16000);
}

} // namespace
} // namespace st
