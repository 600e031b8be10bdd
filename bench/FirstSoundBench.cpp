// How soon the local voice starts to speak a streamed reply: from the moment the reply's
// first sentence is complete (the delta that confirms its end arrives) to the player's
// started(). The reply (300 words of English story, about 1,560 characters) streams word by
// word through PacedReplyStream at a model's pace; the NarrationQueue reads it with
// EspeakTts (espeak-ng) on a MediaAudioPlayer (QMediaPlayer, requireDevice = false).
// Baseline, same run, same stream: from the same moment, wait for the whole reply, speak
// it in one EspeakTts request, play that, take started(). MediaAudioPlayer's started()
// means "buffered and playing" (or the position moved, whichever is first); the position's
// first move after play() is timed too, since on a PulseAudio sink it comes later.
// Rounds alternate the two ways; prints medians (and the range), the ratios baseline /
// pipeline, and espeak-ng's synthesis time for the first sentence and for the whole reply
// alone. Nothing is asserted.
// With "ja" first, the reply is Japanese (kanji, kana and numbers), so every sentence goes
// through the reading (SpeechReading: numbers, then MeCab) before espeak-ng; a third series,
// the same pipeline reading numbers only (no MeCab dictionary), is the same-run baseline
// for MeCab's cost, and the reading alone is timed per sentence.
//   first_sound_bench [ja] [ROUNDS [MS_PER_WORD…]]  (default: 5 rounds; 40, 35, 10 ms/word)
#include "bench/FirstSoundReplies.h"
#include "core/llm/PacedReplyStream.h"
#include "core/reading/SpeechReading.h"
#include "core/text/SentenceSplitter.h"
#include "core/tts/EspeakTts.h"
#include "core/tts/MediaAudioPlayer.h"
#include "core/tts/NarrationQueue.h"
#include "core/tts/SpeechText.h"

#include <QAudioDevice>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

using namespace st;

// What this run reads: the English chapter, or the Japanese one with "ja".
QString g_reply = firstSoundReply(QStringLiteral("en"));
QString g_language = QStringLiteral("en");

constexpr int kLimitMs = 120000;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// Runs \a loop until it is quit, or fails it after kLimitMs. 0 when quit normally.
int run(QEventLoop& loop)
{
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
    limit.start(kLimitMs);
    return loop.exec();
}

/// Lets the player and leftover processes settle between rounds (not measured).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// When things happened in one round, on the round's clock, in ns (-1: not yet).
struct Timeline
{
    QElapsedTimer clock;
    qint64 firstSentence = -1; // the delta that completes the reply's first sentence arrived
    qint64 streamed = -1;      // the whole reply had arrived
    qint64 play = -1;          // the first play() on the player
    qint64 started = -1;       // the player's first started()
    qint64 moved = -1;         // the first position > 0 after that play()
    qint64 now() const { return clock.nsecsElapsed(); }
};

/// One round's figures in ms (-1 when the round failed).
struct Round
{
    double toStartedMs = -1;     // first sentence complete → started()
    double toMovedMs = -1;       // first sentence complete → the position first moves
    double firstSentenceMs = -1; // the stream's start → first sentence complete
    double streamMs = -1;        // the stream's start → the whole reply (baseline only)
    double playToStartedMs = -1; // play() → started()
    double playToMovedMs = -1;   // play() → the position first moves
};

Round roundOf(const Timeline& t, bool ok)
{
    Round r;
    if (!ok || t.firstSentence < 0 || t.play < 0 || t.started < 0)
        return r;
    r.toStartedMs = ms(t.started - t.firstSentence);
    r.firstSentenceMs = ms(t.firstSentence);
    r.streamMs = t.streamed >= 0 ? ms(t.streamed) : -1;
    r.playToStartedMs = ms(t.started - t.play);
    if (t.moved >= 0) {
        r.toMovedMs = ms(t.moved - t.firstSentence);
        r.playToMovedMs = ms(t.moved - t.play);
    }
    return r;
}

/// Feeds \a stream's deltas to a splitter of its own and notes when the first sentence is
/// complete. Connect it before anything else listens to the stream.
void watchFirstSentence(PacedReplyStream& stream, QObject& context, SentenceSplitter& splitter,
                        Timeline& t)
{
    QObject::connect(&stream, &ReplyStream::delta, &context, [&](const QString& delta) {
        const qint64 now = t.now();
        if (t.firstSentence < 0 && !splitter.feed(delta).isEmpty())
            t.firstSentence = now;
    });
    QObject::connect(&stream, &ReplyStream::finished, &context, [&] { t.streamed = t.now(); });
}

/// Notes the player's first started() and first position move after play(); quits \a loop
/// when both are in (started() is "buffered and playing" and may come well before the
/// position moves, so both are worth knowing), or the clip ended; exits 2 on a failure.
void watchPlayer(AudioPlayer& player, QEventLoop& loop, Timeline& t)
{
    QObject::connect(&player, &AudioPlayer::started, &loop, [&] {
        if (t.started < 0)
            t.started = t.now();
        if (t.moved >= 0)
            loop.quit();
    });
    QObject::connect(&player, &AudioPlayer::positionChanged, &loop, [&](qint64 position) {
        if (position <= 0 || t.moved >= 0 || t.play < 0)
            return;
        t.moved = t.now();
        if (t.started >= 0)
            loop.quit();
    });
    QObject::connect(&player, &AudioPlayer::finished, &loop, [&] { loop.quit(); });
    QObject::connect(&player, &AudioPlayer::failed, &loop, [&](const TtsError& error) {
        std::fprintf(stderr, "playback failed: %s\n", qPrintable(error.message()));
        loop.exit(2);
    });
}

/// The app's way: sentences go to the voice as soon as each is complete.
Round pipelineRound(int msPerWord, EspeakTts& voice, MediaAudioPlayer& player)
{
    NarrationQueue queue(player);
    queue.setProvider(&voice);
    PacedReplyStream stream(g_reply, msPerWord);
    SentenceSplitter splitter(voice.maxInputChars());
    Timeline t;
    QEventLoop loop;
    watchFirstSentence(stream, loop, splitter, t); // before the queue hears the same delta
    QObject::connect(&stream, &ReplyStream::delta, &queue, &NarrationQueue::feed);
    QObject::connect(&stream, &ReplyStream::finished, &queue, &NarrationQueue::finish);
    // Emitted just before the queue calls play().
    QObject::connect(&queue, &NarrationQueue::sentenceStarted, &loop, [&] {
        if (t.play < 0)
            t.play = t.now();
    });
    QObject::connect(&queue, &NarrationQueue::failed, &loop, [&](const TtsError& error) {
        std::fprintf(stderr, "narration failed: %s\n", qPrintable(error.message()));
        loop.exit(2);
    });
    watchPlayer(player, loop, t);
    NarrationQueue::Voice v;
    v.language = g_language;
    queue.begin(1, v);
    t.clock.start();
    stream.start();
    const int rc = run(loop);
    stream.cancel();
    queue.stop();
    return roundOf(t, rc == 0);
}

/// The naive way: the whole reply, then one request for all of it, then play.
Round baselineRound(int msPerWord, EspeakTts& voice, MediaAudioPlayer& player)
{
    PacedReplyStream stream(g_reply, msPerWord);
    SentenceSplitter splitter(voice.maxInputChars());
    Timeline t;
    QEventLoop loop;
    watchFirstSentence(stream, loop, splitter, t);
    QObject::connect(&stream, &ReplyStream::finished, &loop, [&] {
        TtsRequest request;
        request.language = g_language;
        request.text = SpeechText::forSpeech(stream.text());
        TtsJob* job = voice.synthesize(request);
        QObject::connect(job, &TtsJob::finished, &loop, [&, job](const TtsAudio& audio) {
            job->deleteLater();
            t.play = t.now();
            player.play(audio);
        });
        QObject::connect(job, &TtsJob::failed, &loop, [&, job](const TtsError& error) {
            job->deleteLater();
            std::fprintf(stderr, "synthesis failed: %s\n", qPrintable(error.message()));
            loop.exit(2);
        });
    });
    watchPlayer(player, loop, t);
    t.clock.start();
    stream.start();
    const int rc = run(loop);
    stream.cancel();
    player.stop();
    return roundOf(t, rc == 0);
}

/// espeak-ng alone on \a text: synthesize() → finished(), in ms (-1 on failure).
double synthesisMs(EspeakTts& voice, const QString& text)
{
    TtsRequest request;
    request.language = g_language;
    request.text = SpeechText::forSpeech(text);
    QElapsedTimer clock;
    clock.start();
    TtsJob* job = voice.synthesize(request);
    double result = -1;
    QEventLoop loop;
    QObject::connect(job, &TtsJob::finished, &loop, [&] {
        result = ms(clock.nsecsElapsed());
        loop.quit();
    });
    QObject::connect(job, &TtsJob::failed, &loop, [&] { loop.quit(); });
    run(loop);
    delete job;
    return result;
}

struct Stats
{
    double median = -1;
    double min = -1;
    double max = -1;
};

Stats stats(std::vector<double> values)
{
    values.erase(std::remove(values.begin(), values.end(), -1.0), values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values.front(), values.back()};
}

/// Each round's figures, one vector per field.
struct Series
{
    std::vector<double> toStarted, toMoved, firstSentence, stream, playToStarted, playToMoved;

    void add(const Round& r)
    {
        toStarted.push_back(r.toStartedMs);
        toMoved.push_back(r.toMovedMs);
        firstSentence.push_back(r.firstSentenceMs);
        stream.push_back(r.streamMs);
        playToStarted.push_back(r.playToStartedMs);
        playToMoved.push_back(r.playToMovedMs);
    }
};

QString cell(const Stats& s)
{
    return QStringLiteral("%1 ms (%2-%3)")
        .arg(s.median, 0, 'f', 0)
        .arg(s.min, 0, 'f', 0)
        .arg(s.max, 0, 'f', 0);
}

void printRow(const char* name, const Series& series)
{
    std::printf("  %-36s %-24s %s\n", name, qPrintable(cell(stats(series.toStarted))),
                qPrintable(cell(stats(series.toMoved))));
}

/// The ratio of the medians, 0 when either is missing.
double ratio(const std::vector<double>& baseline, const std::vector<double>& pipeline)
{
    const double b = stats(baseline).median;
    const double p = stats(pipeline).median;
    return b > 0 && p > 0 ? b / p : 0.0;
}

QString firstSentence()
{
    SentenceSplitter splitter;
    const QStringList sentences = splitter.feed(g_reply) + splitter.finish();
    return sentences.value(0);
}

int wordCount(const QString& text)
{
    return int(PacedReplyStream::pieces(text).size());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int arg = 1;
    if (argc > 1 && QByteArray(argv[1]) == "ja") {
        g_reply = firstSoundReply(QStringLiteral("ja"));
        g_language = QStringLiteral("ja");
        ++arg;
    }
    const int rounds = argc > arg ? std::max(1, std::atoi(argv[arg])) : 5;
    std::vector<int> paces;
    for (int i = arg + 1; i < argc; ++i)
        paces.push_back(std::max(0, std::atoi(argv[i])));
    if (paces.empty())
        paces = {40, 35, 10};

    EspeakTts voice;
    if (voice.program().isEmpty()) {
        std::fprintf(stderr, "espeak-ng is not installed\n");
        return 1;
    }
    const QString speech = SpeechText::forSpeech(g_reply);
    if (speech.size() > voice.maxInputChars()) {
        std::fprintf(stderr, "the reply (%d characters) is longer than one espeak request\n",
                     int(speech.size()));
        return 1;
    }
    SentenceSplitter counter;
    const QStringList all = counter.feed(g_reply) + counter.finish();
    const int sentences = int(all.size());
    const QString first = firstSentence();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    std::printf("first_sound_bench: a %d-word reply (%d characters, %d sentences; the first "
                "has %d words), local voice espeak-ng; medians (min-max) of %d rounds\n",
                wordCount(g_reply), int(speech.size()), sentences, wordCount(first), rounds);
    // Japanese: the reading's own cost, and a voice that reads numbers only (no MeCab).
    QTemporaryDir noDictionary;
    EspeakTts numbersOnly;
    numbersOnly.setDictionary(noDictionary.path());
    if (g_language == QLatin1String("ja")) {
        QElapsedTimer open;
        open.start();
        SpeechReading reading;
        const QString tag = reading.tag(); // opens MeCab
        const double openMs = ms(open.nsecsElapsed());
        constexpr int kRepeats = 200;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < kRepeats; ++i) {
            for (const QString& sentence : all)
                reading.read(SpeechText::forSpeech(sentence), g_language);
        }
        const double perSentenceUs = double(clock.nsecsElapsed()) / 1e3 / kRepeats / sentences;
        std::printf("reading (%s): MeCab opened in %.1f ms (once per voice); %.0f us per "
                    "sentence (mean of %d sentences x %d)\n",
                    qPrintable(tag), openMs, perSentenceUs, sentences, kRepeats);
    }
    std::printf("audio output: %s\n",
                device.isNull() ? "none listed (GStreamer plays to a sink of its choosing)"
                                : qPrintable(device.description()));

    MediaAudioPlayer pipelinePlayer(false);
    MediaAudioPlayer baselinePlayer(false);
    const bool japanese = g_language == QLatin1String("ja");
    // Warm up both paths once (GStreamer's plugins, espeak-ng's voice data in the page cache).
    pipelineRound(0, voice, pipelinePlayer);
    baselineRound(0, voice, baselinePlayer);
    if (japanese)
        pipelineRound(0, numbersOnly, pipelinePlayer);
    settle(300);

    std::vector<double> firstSynth;
    std::vector<double> wholeSynth;
    for (const int pace : paces) {
        Series pipeline, baseline, withoutMecab;
        for (int i = 0; i < rounds; ++i) {
            if (japanese) {
                withoutMecab.add(pipelineRound(pace, numbersOnly, pipelinePlayer));
                settle(300);
            }
            // Alternate which goes first, so a drift in the machine's load favours neither.
            if (i % 2 == 0) {
                pipeline.add(pipelineRound(pace, voice, pipelinePlayer));
                settle(300);
                baseline.add(baselineRound(pace, voice, baselinePlayer));
            } else {
                baseline.add(baselineRound(pace, voice, baselinePlayer));
                settle(300);
                pipeline.add(pipelineRound(pace, voice, pipelinePlayer));
            }
            settle(300);
            firstSynth.push_back(synthesisMs(voice, first));
            wholeSynth.push_back(synthesisMs(voice, g_reply));
        }
        std::printf("\npace %d ms/word (%.0f words/s%s): the first sentence is complete %.0f ms "
                    "into the reply, the whole reply after %.0f ms\n",
                    pace, pace > 0 ? 1000.0 / pace : 0.0,
                    pace == 40   ? ", a fast local model"
                    : pace == 35 ? ", the offline narrator's default"
                    : pace == 10 ? ", a fast cloud model"
                                 : "",
                    stats(pipeline.firstSentence).median, stats(baseline.stream).median);
        std::printf("  %-36s %-24s %s\n", "from the first sentence complete to", "started()",
                    "the position first moving");
        printRow("pipeline (NarrationQueue)", pipeline);
        printRow("baseline (whole reply at once)", baseline);
        if (japanese)
            printRow("pipeline, numbers only (no MeCab)", withoutMecab);
        const double byStarted = ratio(baseline.toStarted, pipeline.toStarted);
        const double byMoved = ratio(baseline.toMoved, pipeline.toMoved);
        std::printf("  %-36s %-24s %.1fx\n", "ratio baseline / pipeline",
                    qPrintable(QString::number(byStarted, 'f', 1) + QLatin1Char('x')), byMoved);
        std::printf("  play() -> started() / position moving: pipeline %.0f / %.0f ms, baseline "
                    "%.0f / %.0f ms\n",
                    stats(pipeline.playToStarted).median, stats(pipeline.playToMoved).median,
                    stats(baseline.playToStarted).median, stats(baseline.playToMoved).median);
    }
    const Stats fs = stats(firstSynth), ws = stats(wholeSynth);
    std::printf("\nespeak-ng alone: first sentence %.0f ms (%.0f-%.0f), whole reply %.0f ms "
                "(%.0f-%.0f), ratio %.1fx\n",
                fs.median, fs.min, fs.max, ws.median, ws.min, ws.max,
                fs.median > 0 ? ws.median / fs.median : 0.0);
    return 0;
}
