#pragma once

#include "core/store/MessageRecord.h"
#include "core/store/SessionRecord.h"
#include "core/tts/AudioEncodeError.h"
#include "core/tts/AudioFormat.h"
#include "core/tts/AudioMetadata.h"
#include "core/tts/ChapterMarks.h"
#include "core/tts/ClipDecoder.h"
#include "core/tts/ExportAssembler.h"
#include "core/tts/ExportClips.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/SpokenSentences.h"
#include "core/tts/TtsError.h"
#include "core/tts/VoiceConfig.h"
#include "core/tts/WavWriter.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QVector>
#include <memory>

namespace st {

class TtsJob;
class TtsProvider;

/// Exports a session as one audio file and its transcript: `<base>.wav` holds every
/// sentence the narrator said (the session's assistant messages in order, split into
/// sentences exactly as narration splits them: SpokenSentences), 16-bit mono at the sample
/// rate most of the clips have (22,050 Hz when none says), with kSentenceGapMs of silence
/// between sentences and kMessageGapMs between messages; `<base>.md` is the
/// SessionTranscript (every message, narrator and listener, under chapter headings).
///
/// The format (setFormat()) is WAV by default, with a cue sheet `<base>.cue` beside it; MP3
/// and Opus are that WAV, written to a temporary folder, encoded by AudioEncoder (lame,
/// opusenc) and put at `<base>.mp3` / `<base>.opus`. Every format carries the chapters
/// (ChapterMarks: the opening, then each chapter told, titled from the script): an MP3 in
/// the Id3Tag put before lame's audio, an Opus file in its Vorbis comments, a WAV in the cue
/// sheet. Title, story, language (and for MP3 and Opus the app's icon as the cover) go with
/// them (AudioMetadata).
///
/// Each sentence's audio comes from the SpeechCache when the clip stored for that sentence
/// number was made for the same text (by any voice); otherwise the provider speaks it (the
/// fallback when the provider fails, as in narration) and the clip is stored, so a second
/// export synthesizes nothing. MP3 clips are decoded by ClipDecoder (QAudioDecoder).
///
/// Asynchronous: start() returns at once; progress() follows each step and the export ends
/// with exactly one of finished() or failed() (both from the event loop, never inside
/// start()), or with nothing after cancel(). Every file is written with QSaveFile and they
/// are put in place together (ExportedFiles), so a failed or cancelled export leaves no file
/// behind and never a half-written one.
class SessionAudioExporter : public QObject
{
    Q_OBJECT
public:
    /// Reads sessions, messages and clips through \a db (a connection of this thread).
    explicit SessionAudioExporter(QSqlDatabase db, QObject* parent = nullptr);
    ~SessionAudioExporter() override;

    /// The voice for sentences never narrated (not owned; must outlive the export).
    void setProvider(TtsProvider* provider);
    /// Reads when the provider fails, e.g. an EspeakTts (not owned; nullptr: none).
    void setFallback(TtsProvider* fallback);
    /// The provider's voice for the session's language and the speed (default: the
    /// provider's default voice, speed 1.0).
    void setVoice(const VoiceConfig& config);
    /// Whether existing files beside the audio (the transcript NAME.md, a WAV's cue sheet
    /// NAME.cue) may be replaced: the user agreed to replace the audio file in a save
    /// dialog, not the files beside it. Off by default: the export then fails, saying which
    /// file is in the way.
    void setReplaceTranscript(bool replace) { m_replaceTranscript = replace; }
    /// The audio's format (default WAV), for the next start().
    void setFormat(AudioFormat format) { m_format = format; }
    AudioFormat format() const { return m_format; }
    /// The program that encodes \a format (default: lame, opusenc, from PATH).
    void setEncoderProgram(AudioFormat format, const QString& program);
    /// Why the last export could not encode its audio (Kind::None when it could or did not
    /// get that far).
    AudioEncodeError encodeError() const { return m_encodeError; }
    /// The transcript's path for \a sessionName and \a outputPath (as start() names it).
    static QString transcriptPath(const QString& sessionName, const QString& outputPath);
    /// The files written beside the audio for \a sessionName, \a outputPath and \a format:
    /// the transcript, and for WAV the cue sheet.
    static QStringList besidePaths(const QString& sessionName, const QString& outputPath,
                                   AudioFormat format);

    /// Starts exporting session \a sessionId. \a outputPath: the files' path without its
    /// extension (a ".wav", ".mp3", ".opus", ".cue" or ".md" given is dropped), or an existing
    /// folder (then the files are named after the session: ExportPath::base()), or empty: the
    /// current folder. False (and nothing happens) only when an export is already running; every
    /// other problem comes as failed().
    bool start(qint64 sessionId, const QString& outputPath);
    /// Stops the export under way: synthesis and decoding stopped, nothing written, no
    /// signal follows.
    void cancel();
    bool isRunning() const { return m_phase != Phase::Idle; }

    /// Sentences the voice had to make in the last export (the rest came from the cache).
    int synthesizedCount() const { return m_synthesized; }
    /// The sample rate of the last export's WAV.
    int sampleRate() const { return m_rate; }

    static constexpr int kSentenceGapMs = 250;
    static constexpr int kMessageGapMs = 800;
    static constexpr int kDefaultSampleRate = 22050;

Q_SIGNALS:
    /// \a done of \a total steps (each sentence counts twice: its audio found or made, then
    /// written; MP3 and Opus have one more: encoding).
    void progress(int done, int total);
    /// \a audioPath: the .wav, .mp3 or .opus.
    void finished(const QString& audioPath, const QString& markdownPath);
    /// The export stopped; \a message says why, for the user. Nothing was written.
    void failed(const QString& message);
    /// The provider failed with \a error; the fallback voice speaks the rest.
    void fellBack(const st::TtsError& error);

private:
    enum class Phase
    {
        Idle,
        Gathering, // finding or synthesizing each sentence's audio
        Writing,   // decoding the clips into the WAV
        Encoding,  // the files put in place (lame or opusenc first for MP3 and Opus)
    };
    struct Item
    {
        qint64 messageId = 0;
        int messageNumber = 0; // 1-based among the narrator's messages
        int sentence = 0;
        SpokenSentence spoken;
        bool firstOfMessage = false;
    };

    bool prepare(qint64 sessionId, const QString& outputPath);
    void gatherNext();
    void synthesize(int index);
    void onSynthesized(int index, const TtsAudio& audio);
    void onSynthesisFailed(int index, const TtsError& error);
    void beginWriting();
    void writeNext();
    void onDecoded(const QByteArray& samples);
    void complete();
    void done(const QString& audioPath, const QString& markdownPath);
    AudioMetadata metadata() const;
    int totalSteps() const;
    std::optional<TtsAudio> clipFor(const Item& item);
    TtsRequest requestFor(const Item& item) const;
    bool write(const QByteArray& samples);
    void step();
    void fail(const QString& message);
    void failLater(const QString& message);
    void reset();
    QString where(const Item& item) const;

    QSqlDatabase m_db;
    ExportClips m_clips;
    ClipDecoder m_decoder;
    TtsProvider* m_provider = nullptr;
    TtsProvider* m_fallback = nullptr;
    TtsProvider* m_active = nullptr;
    VoiceConfig m_voice; // without its key

    Phase m_phase = Phase::Idle;
    quint64 m_generation = 0; // bumped by cancel() and reset(): late callbacks are ignored
    SessionRecord m_session;
    QVector<MessageRecord> m_messages;
    QVector<Item> m_items;
    int m_next = 0;
    int m_done = 0;
    QPointer<TtsJob> m_job;
    int m_synthesized = 0;
    int m_rate = kDefaultSampleRate;
    QString m_base;
    bool m_replaceTranscript = false;
    AudioFormat m_format = AudioFormat::Wav;
    ExportAssembler m_assembler; // the files put in place from the WAV written
    AudioEncodeError m_encodeError;
    ChapterMarks m_marks;
    qint64 m_totalMs = 0;
    std::unique_ptr<WavWriter> m_wav;
};

} // namespace st
