// ClipDecoder: WAV and raw pcm converted at once, MP3 (real lame output) through
// QAudioDecoder / GStreamer, at the rate asked for; garbage fails; cancel() is silent.
#include "core/tts/ClipDecoder.h"

#include "core/tts/WavFile.h"
#include "unit/tts/TtsTestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace st {
namespace {

struct Result
{
    bool ended = false;
    QByteArray samples;
    QString error;
};

Result decode(const TtsAudio& audio, int rate)
{
    ClipDecoder decoder;
    QSignalSpy decoded(&decoder, &ClipDecoder::decoded);
    QSignalSpy failed(&decoder, &ClipDecoder::failed);
    decoder.decode(audio, rate);
    EXPECT_TRUE(decoder.isBusy());
    EXPECT_EQ(decoded.count() + failed.count(), 0) << "never inside decode()";
    Result r;
    r.ended = QTest::qWaitFor([&] { return decoded.count() + failed.count() > 0; }, 20000);
    QTest::qWait(20);
    EXPECT_EQ(decoded.count() + failed.count(), 1);
    EXPECT_FALSE(decoder.isBusy());
    if (!decoded.isEmpty())
        r.samples = decoded.at(0).at(0).toByteArray();
    if (!failed.isEmpty())
        r.error = failed.at(0).at(0).toString();
    return r;
}

qint64 ms(const QByteArray& samples, int rate)
{
    return samples.size() / 2 * 1000 / rate;
}

TEST(ClipDecoderTest, WavIsResampledToMono)
{
    const QByteArray wav = ttstest::espeakWav();
    if (wav.isEmpty())
        GTEST_SKIP() << "espeak-ng is not installed";
    const qint64 length = wav_file::decode(wav)->durationMs();
    const Result same = decode({wav, QStringLiteral("wav")}, 22050);
    ASSERT_TRUE(same.ended);
    EXPECT_EQ(same.samples, wav_file::decode(wav)->samples);
    const Result up = decode({wav, QStringLiteral("wav")}, 44100);
    EXPECT_NEAR(double(ms(up.samples, 44100)), double(length), 1.0);
}

TEST(ClipDecoderTest, RawPcmIsTakenAsItIs)
{
    const QByteArray pcm(2400 * 2, '\x01');
    const Result r = decode({pcm, TtsAudio::pcmFormat(24000)}, 24000);
    EXPECT_EQ(r.samples, pcm);
    EXPECT_EQ(ms(decode({pcm, TtsAudio::pcmFormat(24000)}, 12000).samples, 12000), 100);
}

TEST(ClipDecoderTest, Mp3IsDecodedAtTheRateAsked)
{
    const QByteArray mp3 = ttstest::lameMp3();
    if (mp3.isEmpty())
        GTEST_SKIP() << "lame is not installed";
    const qint64 length = wav_file::decode(ttstest::espeakWav())->durationMs();
    for (const int rate : {22050, 24000, 44100}) {
        const Result r = decode({mp3, QStringLiteral("mp3")}, rate);
        ASSERT_TRUE(r.ended);
        EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
        // The encoder's delay and padding add a few tens of ms.
        EXPECT_NEAR(double(ms(r.samples, rate)), double(length), 120.0) << rate;
    }
}

TEST(ClipDecoderTest, NotAudioFails)
{
    const Result r = decode({QByteArray("FAKE:hello"), QStringLiteral("mp3")}, 22050);
    ASSERT_TRUE(r.ended);
    EXPECT_FALSE(r.error.isEmpty());
    EXPECT_TRUE(r.samples.isEmpty());
}

TEST(ClipDecoderTest, EmptyAudioIsNoSamples)
{
    const Result r = decode({QByteArray(), QStringLiteral("wav")}, 22050);
    EXPECT_TRUE(r.error.isEmpty());
    EXPECT_TRUE(r.samples.isEmpty());
}

TEST(ClipDecoderTest, CancelIsSilent)
{
    const QByteArray mp3 = ttstest::lameMp3();
    ClipDecoder decoder;
    QSignalSpy decoded(&decoder, &ClipDecoder::decoded);
    QSignalSpy failed(&decoder, &ClipDecoder::failed);
    decoder.decode({mp3.isEmpty() ? QByteArray("x") : mp3, QStringLiteral("mp3")}, 22050);
    decoder.cancel();
    EXPECT_FALSE(decoder.isBusy());
    QTest::qWait(500);
    EXPECT_EQ(decoded.count() + failed.count(), 0);
}

} // namespace
} // namespace st
