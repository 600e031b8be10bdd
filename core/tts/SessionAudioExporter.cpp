#include "core/tts/SessionAudioExporter.h"

#include "core/narration/SessionTranscript.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/TtsJob.h"
#include "core/tts/TtsLog.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/WavFile.h"
#include "core/util/ExportPath.h"

#include <QDir>
#include <QFileInfo>

namespace st {
namespace {

/// The start of \a text, for naming a sentence in a message.
QString excerpt(const QString& text)
{
    return text.size() <= 40 ? text : text.left(39).trimmed() + u'…';
}

} // namespace

SessionAudioExporter::SessionAudioExporter(QSqlDatabase db, QObject* parent)
    : QObject(parent), m_db(db), m_clips(db)
{
    connect(&m_decoder, &ClipDecoder::decoded, this, &SessionAudioExporter::onDecoded);
    connect(&m_decoder, &ClipDecoder::failed, this, [this](const QString& reason) {
        if (m_phase != Phase::Writing || m_next >= m_items.size())
            return;
        const Item& item = m_items[m_next];
        fail(tr("The audio stored for %1 cannot be decoded as %2 (%3).")
                 .arg(where(item), clipFor(item).value_or(TtsAudio()).format, reason));
    });
    connect(&m_assembler, &ExportAssembler::encoded, this, [this] {
        if (m_phase == Phase::Encoding)
            step();
    });
    connect(&m_assembler, &ExportAssembler::finished, this,
            [this](const QString& audio, const QString& markdown) {
                if (m_phase == Phase::Encoding)
                    done(audio, markdown);
            });
    connect(&m_assembler, &ExportAssembler::failed, this, [this](const QString& message) {
        if (m_phase != Phase::Encoding)
            return;
        m_encodeError = m_assembler.encodeError();
        fail(message);
    });
}

SessionAudioExporter::~SessionAudioExporter()
{
    cancel();
}

void SessionAudioExporter::setProvider(TtsProvider* provider)
{
    m_provider = provider;
}

void SessionAudioExporter::setFallback(TtsProvider* fallback)
{
    m_fallback = fallback;
}

void SessionAudioExporter::setEncoderProgram(AudioFormat format, const QString& program)
{
    m_assembler.setEncoderProgram(format, program);
}

void SessionAudioExporter::setVoice(const VoiceConfig& config)
{
    m_voice = config;
    m_voice.apiKey.clear(); // not needed here
}

bool SessionAudioExporter::start(qint64 sessionId, const QString& outputPath)
{
    if (isRunning())
        return false;
    reset();
    m_synthesized = 0;
    m_encodeError = {};
    m_phase = Phase::Gathering;
    if (!prepare(sessionId, outputPath))
        return true; // failed() is on its way
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation) {
                Q_EMIT progress(0, totalSteps());
                gatherNext();
            }
        },
        Qt::QueuedConnection);
    return true;
}

bool SessionAudioExporter::prepare(qint64 sessionId, const QString& outputPath)
{
    const auto session = SessionStore(m_db).get(sessionId);
    if (!session) {
        failLater(tr("There is no session with id %1.").arg(sessionId));
        return false;
    }
    m_session = *session;
    m_encodeError = m_assembler.check(m_format);
    if (m_encodeError.isError()) { // before any voice is asked for anything
        failLater(m_encodeError.message());
        return false;
    }
    MessageStore store(m_db);
    m_messages = store.list(sessionId);
    if (m_messages.isEmpty() && !store.lastError().isEmpty()) {
        failLater(tr("The messages of “%1” could not be read: %2")
                      .arg(m_session.name, store.lastError()));
        return false;
    }
    const int maxChars = SpokenSentences::maxCharsFor(m_provider, m_fallback);
    int number = 0;
    for (const MessageRecord& m : m_messages) {
        if (m.role != MessageRecord::Role::Assistant)
            continue;
        const QVector<SpokenSentence> sentences = SpokenSentences::of(m.content, maxChars);
        if (sentences.isEmpty())
            continue;
        ++number;
        for (int i = 0; i < sentences.size(); ++i)
            m_items.append({m.id, number, i, sentences[i], i == 0});
    }
    if (m_items.isEmpty()) {
        failLater(tr("“%1” has nothing to export: the narrator has not said anything in it "
                     "yet.")
                      .arg(m_session.name));
        return false;
    }
    m_base = ExportPath::base(m_session.name, outputPath);
    const QString folder = QFileInfo(m_base).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        failLater(tr("Cannot write the export to %1: that folder does not exist.").arg(folder));
        return false;
    }
    for (const QString& beside : besidePaths(m_session.name, outputPath, m_format)) {
        if (!m_replaceTranscript && QFileInfo::exists(beside)) {
            failLater(tr("%1 is already there, beside the audio; it is not replaced without "
                         "asking. Choose another name, or move that file away.")
                          .arg(beside));
            return false;
        }
    }
    if (!m_assembler.prepare(m_format, m_base)) {
        failLater(m_assembler.errorString());
        return false;
    }
    m_marks = ChapterMarks(m_session, m_messages);
    m_active = m_provider ? m_provider : m_fallback;
    return true;
}

QString SessionAudioExporter::transcriptPath(const QString& sessionName, const QString& outputPath)
{
    return ExportPath::base(sessionName, outputPath) + QStringLiteral(".md");
}

QStringList SessionAudioExporter::besidePaths(const QString& sessionName, const QString& outputPath,
                                              AudioFormat format)
{
    QStringList paths{transcriptPath(sessionName, outputPath)};
    if (format == AudioFormat::Wav)
        paths.append(ExportPath::base(sessionName, outputPath) + QStringLiteral(".cue"));
    return paths;
}

QString SessionAudioExporter::where(const Item& item) const
{
    return tr("sentence %1 of the narrator's message %2 (“%3”)")
        .arg(item.sentence + 1)
        .arg(item.messageNumber)
        .arg(excerpt(item.spoken.text));
}

std::optional<TtsAudio> SessionAudioExporter::clipFor(const Item& item)
{
    return m_clips.find(item.messageId, item.sentence, item.spoken.speech);
}

void SessionAudioExporter::gatherNext()
{
    while (m_phase == Phase::Gathering && m_next < m_items.size()) {
        const std::optional<TtsAudio> audio = clipFor(m_items[m_next]);
        if (!audio) {
            synthesize(m_next);
            return;
        }
        m_clips.countRate(*audio);
        ++m_next;
        step();
    }
    if (m_phase == Phase::Gathering)
        beginWriting();
}

TtsRequest SessionAudioExporter::requestFor(const Item& item) const
{
    TtsRequest request;
    request.text = item.spoken.speech;
    request.language = m_session.language;
    request.voice = m_active == m_provider ? m_voice.voiceFor(m_session.language) : QString();
    request.speed = m_voice.speed;
    return request;
}

void SessionAudioExporter::synthesize(int index)
{
    if (!m_active) {
        fail(tr("No voice is set up to speak %1, which was never narrated.")
                 .arg(where(m_items[index])));
        return;
    }
    ++m_synthesized;
    TtsJob* job = m_active->synthesize(requestFor(m_items[index]));
    m_job = job;
    const quint64 generation = m_generation;
    connect(job, &TtsJob::finished, this, [this, job, index, generation](const TtsAudio& audio) {
        job->deleteLater();
        if (generation == m_generation && job == m_job)
            onSynthesized(index, audio);
    });
    connect(job, &TtsJob::failed, this, [this, job, index, generation](const TtsError& error) {
        job->deleteLater();
        if (generation == m_generation && job == m_job)
            onSynthesisFailed(index, error);
    });
}

void SessionAudioExporter::onSynthesized(int index, const TtsAudio& audio)
{
    m_job = nullptr;
    const Item& item = m_items[index];
    const QString key = SpeechCache::voiceKey(m_active->cacheTag(), requestFor(item));
    if (!m_clips.keep(item.messageId, item.sentence, key, item.spoken.speech, m_active->id(),
                      audio))
        qCWarning(lcTts) << "an exported sentence could not be cached:" << m_clips.lastError();
    m_clips.countRate(audio);
    ++m_next;
    step();
    gatherNext();
}

void SessionAudioExporter::onSynthesisFailed(int index, const TtsError& error)
{
    m_job = nullptr;
    if (error.kind == TtsError::Kind::Cancelled)
        return;
    qCWarning(lcTts) << "export: voice" << error.providerId
                     << "failed:" << TtsError::kindName(error.kind);
    if (m_fallback && m_active != m_fallback && error.suggestsLocalVoice()) {
        m_active = m_fallback;
        Q_EMIT fellBack(error);
        if (m_phase == Phase::Gathering)
            synthesize(index);
        return;
    }
    fail(tr("Could not speak %1: %2").arg(where(m_items[index]), error.message()));
}

void SessionAudioExporter::beginWriting()
{
    m_phase = Phase::Writing;
    m_rate = m_clips.commonRate(kDefaultSampleRate);
    m_wav = std::make_unique<WavWriter>(m_assembler.wavPath(), m_rate);
    if (!m_wav->open()) {
        fail(tr("Cannot write %1: %2.").arg(m_wav->path(), m_wav->errorString()));
        return;
    }
    m_next = 0;
    writeNext();
}

void SessionAudioExporter::writeNext()
{
    if (m_phase != Phase::Writing)
        return; // cancelled from a progress() slot
    if (m_next >= m_items.size()) {
        complete();
        return;
    }
    const Item& item = m_items[m_next];
    const std::optional<TtsAudio> audio = clipFor(item);
    if (!audio) { // gone from the cache since it was found: someone narrated it again
        fail(tr("The audio of %1 changed during the export; export again.").arg(where(item)));
        return;
    }
    m_decoder.decode(*audio, m_rate);
}

void SessionAudioExporter::onDecoded(const QByteArray& samples)
{
    if (m_phase != Phase::Writing)
        return;
    if (m_next > 0) {
        const int gap = m_items[m_next].firstOfMessage ? kMessageGapMs : kSentenceGapMs;
        if (!write(wav_file::silence(m_rate, gap)))
            return;
    }
    if (m_items[m_next].firstOfMessage)
        m_marks.enter(m_items[m_next].messageId, m_wav->dataBytes() / 2 * 1000 / m_rate);
    if (!write(samples))
        return;
    ++m_next;
    step();
    writeNext();
}

bool SessionAudioExporter::write(const QByteArray& samples)
{
    if (m_wav->append(samples))
        return true;
    fail(tr("Cannot write %1: %2.").arg(m_wav->path(), m_wav->errorString()));
    return false;
}

AudioMetadata SessionAudioExporter::metadata() const
{
    AudioMetadata meta;
    meta.title = m_session.name.simplified();
    meta.album = m_session.scriptTitle.simplified();
    meta.language = m_session.language;
    meta.chapters = m_marks.chapters(m_totalMs);
    if (m_format != AudioFormat::Wav)
        meta.cover = AudioMetadata::appCover();
    return meta;
}

void SessionAudioExporter::complete()
{
    m_totalMs = m_wav->dataBytes() / 2 * 1000 / m_rate;
    m_phase = Phase::Encoding;
    m_assembler.finish(std::move(m_wav), SessionTranscript::markdown(m_session, m_messages),
                       metadata());
}

void SessionAudioExporter::done(const QString& audioPath, const QString& markdownPath)
{
    qCInfo(lcTts) << "exported session" << m_session.id << "to" << audioPath << m_rate << "Hz,"
                  << m_marks.chapters(m_totalMs).size() << "chapters," << m_synthesized
                  << "sentences synthesized";
    reset();
    Q_EMIT finished(audioPath, markdownPath);
}

int SessionAudioExporter::totalSteps() const
{
    return 2 * int(m_items.size()) + (m_format == AudioFormat::Wav ? 0 : 1);
}

void SessionAudioExporter::step()
{
    ++m_done;
    Q_EMIT progress(m_done, totalSteps());
}

void SessionAudioExporter::fail(const QString& message)
{
    qCWarning(lcTts) << "export failed:" << message;
    reset();
    Q_EMIT failed(message);
}

void SessionAudioExporter::failLater(const QString& message)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, message] {
            if (generation == m_generation)
                fail(message);
        },
        Qt::QueuedConnection);
}

void SessionAudioExporter::cancel()
{
    if (isRunning())
        qCInfo(lcTts) << "export cancelled";
    reset();
}

void SessionAudioExporter::reset()
{
    ++m_generation;
    if (TtsJob* job = m_job) {
        m_job = nullptr;
        job->cancel(); // its failed(Cancelled) is ignored; the handler deletes it
    }
    m_decoder.cancel();
    m_assembler.cancel(); // the encoder stopped, its temporary files removed
    m_wav.reset();        // not committed: nothing written
    m_marks = ChapterMarks();
    m_phase = Phase::Idle;
    m_items.clear();
    m_messages.clear();
    m_next = 0;
    m_done = 0;
    m_clips.clear();
}

} // namespace st
