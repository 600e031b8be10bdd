// TtsAudio's format sniffing and durations on real espeak-ng / lame output, and TtsError's
// messages.
#include "core/tts/TtsAudio.h"

#include "core/tts/TtsError.h"
#include "unit/tts/TtsTestSupport.h"

#include <QSet>
#include <QtEndian>
#include <gtest/gtest.h>

namespace st {
namespace {

using namespace ttstest;

TEST(TtsAudioTest, EspeakWavIsSniffedMeasuredAndFixed)
{
    const QByteArray wav = espeakWav();
    if (wav.isEmpty())
        GTEST_SKIP() << "espeak-ng is not installed";
    EXPECT_TRUE(TtsAudio::looksLikeWav(wav));
    EXPECT_FALSE(TtsAudio::looksLikeMp3(wav));
    // 22,050 Hz 16-bit mono: 44,100 bytes a second after the 44-byte header.
    EXPECT_EQ(TtsAudio::wavDurationMs(wav), qint64(wav.size() - 44) * 1000 / 44100);
    const QByteArray fixed = TtsAudio::fixWavSizes(wav);
    EXPECT_EQ(fixed.size(), wav.size());
    EXPECT_EQ(qFromLittleEndian<quint32>(fixed.constData() + 4), quint32(wav.size() - 8));
    EXPECT_EQ(qFromLittleEndian<quint32>(fixed.constData() + 40), quint32(wav.size() - 44));
    EXPECT_EQ(fixed.mid(44), wav.mid(44));
    EXPECT_EQ((TtsAudio{wav, QStringLiteral("wav"), -1}).sampleRate(), 22050);
}

TEST(TtsAudioTest, LameMp3IsSniffedAndMeasured)
{
    const QByteArray mp3 = lameMp3();
    if (mp3.isEmpty())
        GTEST_SKIP() << "lame is not installed";
    EXPECT_TRUE(TtsAudio::looksLikeMp3(mp3));
    EXPECT_FALSE(TtsAudio::looksLikeWav(mp3));
    const qint64 wavMs = TtsAudio::wavDurationMs(espeakWav());
    EXPECT_NEAR(double(TtsAudio::mp3DurationMs(mp3)), double(wavMs), 300.0);
    // lame keeps espeak-ng's 22,050 Hz: an MPEG-2 layer III stream.
    EXPECT_EQ(TtsAudio::mp3SampleRate(mp3), 22050);
    EXPECT_EQ((TtsAudio{mp3, QStringLiteral("mp3"), -1}).sampleRate(), 22050);
}

TEST(TtsAudioTest, Mp3SampleRateFromTheFrameHeader)
{
    const auto frame = [](char b1, char b2) -> QByteArray {
        return QByteArray("\xff") + b1 + b2 + '\0';
    };
    EXPECT_EQ(TtsAudio::mp3SampleRate(frame('\xfb', '\x90')), 44100); // MPEG 1
    EXPECT_EQ(TtsAudio::mp3SampleRate(frame('\xfb', '\x94')), 48000);
    EXPECT_EQ(TtsAudio::mp3SampleRate(frame('\xf3', '\x94')), 24000); // MPEG 2
    EXPECT_EQ(TtsAudio::mp3SampleRate(frame('\xe3', '\x98')), 8000);  // MPEG 2.5
    EXPECT_EQ(TtsAudio::mp3SampleRate(QByteArray("FAKE:text")), 0);
}

TEST(TtsAudioTest, NotAudio)
{
    for (const QByteArray& bytes :
         {QByteArray(), QByteArray("{\"error\":{}}"), QByteArray("<html>"), QByteArray("RIFF")}) {
        EXPECT_FALSE(TtsAudio::looksLikeWav(bytes)) << bytes.constData();
        EXPECT_FALSE(TtsAudio::looksLikeMp3(bytes)) << bytes.constData();
        EXPECT_EQ(TtsAudio::wavDurationMs(bytes), -1);
        EXPECT_EQ(TtsAudio::fixWavSizes(bytes), bytes);
        EXPECT_EQ((TtsAudio{bytes, QStringLiteral("wav"), -1}).sampleRate(), 0);
    }
}

TEST(TtsAudioTest, PcmFormat)
{
    TtsAudio audio;
    audio.format = TtsAudio::pcmFormat(24000);
    EXPECT_EQ(audio.format, QStringLiteral("pcm_s16le@24000"));
    EXPECT_EQ(audio.pcmSampleRate(), 24000);
    EXPECT_EQ(audio.sampleRate(), 24000);
    EXPECT_EQ(TtsAudio::pcmDurationMs(48000, 24000), 1000);
    audio.format = QStringLiteral("mp3");
    EXPECT_EQ(audio.pcmSampleRate(), 0);
}

TEST(TtsErrorTest, EveryKindHasANameAndAMessage)
{
    using Kind = TtsError::Kind;
    QSet<QString> names;
    for (Kind kind : {Kind::EngineMissing, Kind::EngineFailed, Kind::Auth, Kind::Quota,
                      Kind::RateLimited, Kind::Server, Kind::Rejected, Kind::Network, Kind::Timeout,
                      Kind::BadAudio, Kind::InputTooLong, Kind::Cancelled}) {
        const TtsError error = TtsError::make(kind, QStringLiteral("openai"));
        EXPECT_TRUE(error.isError());
        EXPECT_FALSE(error.message().isEmpty());
        names.insert(TtsError::kindName(kind));
    }
    EXPECT_EQ(names.size(), 12);
    EXPECT_TRUE(TtsError().message().isEmpty());
    EXPECT_FALSE(TtsError::make(Kind::Auth, QStringLiteral("espeak")).suggestsLocalVoice());
    EXPECT_TRUE(TtsError::make(Kind::Server, QStringLiteral("openai"), QStringLiteral("boom"))
                    .message()
                    .contains(QStringLiteral("boom")));
}

} // namespace
} // namespace st
