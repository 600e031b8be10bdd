#include "core/tts/SessionAudioExporter.h"

#include "core/narration/SessionTranscript.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionStore.h"
#include "core/tts/TtsJob.h"
#include "core/tts/TtsLog.h"
#include "core/tts/TtsProvider.h"
#include "core/tts/WavFile.h"
#include "core/util/ExportPath.h"

#include <QFileInfo>
#include <QSaveFile>

namespace st {
namespace {

QString clipKey(qint64 messageId, int sentence)
{
    return QString::number(messageId) + u'/' + QString::number(sentence);
}

/// The start of \a text, for naming a sentence in a message.
QString excerpt(const QString& text)
{
    return text.size() <= 40 ? text : text.left(39).trimmed() + u'…';
}

} // namespace

SessionAudioExporter::SessionAudioExporter(QSqlDatabase db, QObject* parent)
    : QObject(parent), m_db(db), m_cache(db)
{
    connect(&m_decoder, &ClipDecoder::decoded, this, &SessionAudioExporter::onDecoded);
    connect(&m_decoder, &ClipDecoder::failed, this, [this](const QString& reason) {
        if (m_phase != Phase::Writing || m_next >= m_items.size())
            return;
        const Item& item = m_items[m_next];
        fail(tr("The audio stored for %1 cannot be decoded as %2 (%3).")
                 .arg(where(item), clipFor(item).value_or(TtsAudio()).format, reason));
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
    m_phase = Phase::Gathering;
    if (!prepare(sessionId, outputPath))
        return true; // failed() is on its way
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation) {
                Q_EMIT progress(0, 2 * int(m_items.size()));
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
    const QString transcript = m_base + QStringLiteral(".md");
    if (!m_replaceTranscript && QFileInfo::exists(transcript)) {
        failLater(tr("%1 is already there, beside the audio; it is not replaced without "
                     "asking. Choose another name, or move that file away.")
                      .arg(transcript));
        return false;
    }
    m_active = m_provider ? m_provider : m_fallback;
    return true;
}

QString SessionAudioExporter::transcriptPath(const QString& sessionName, const QString& outputPath)
{
    return ExportPath::base(sessionName, outputPath) + QStringLiteral(".md");
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
    const auto unstored = m_unstored.constFind(clipKey(item.messageId, item.sentence));
    if (unstored != m_unstored.cend())
        return *unstored;
    if (m_clipsMessage != item.messageId) {
        m_clips = m_cache.clips(item.messageId);
        m_clipsMessage = item.messageId;
    }
    for (const SpeechCache::Clip& clip : std::as_const(m_clips)) {
        if (clip.sentence == item.sentence)
            return clip.text == item.spoken.speech ? std::optional<TtsAudio>(clip.audio)
                                                   : std::nullopt;
    }
    return std::nullopt;
}

void SessionAudioExporter::gatherNext()
{
    while (m_phase == Phase::Gathering && m_next < m_items.size()) {
        const std::optional<TtsAudio> audio = clipFor(m_items[m_next]);
        if (!audio) {
            synthesize(m_next);
            return;
        }
        if (const int rate = audio->sampleRate())
            ++m_rateVotes[rate];
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
    if (audio.isEmpty() || !m_cache.store(item.messageId, item.sentence, key, item.spoken.speech,
                                          m_active->id(), audio)) {
        if (!audio.isEmpty())
            qCWarning(lcTts) << "an exported sentence could not be cached:" << m_cache.lastError();
        m_unstored.insert(clipKey(item.messageId, item.sentence), audio);
    }
    m_clipsMessage = 0; // read the message's clips again, with this one
    if (const int rate = audio.sampleRate())
        ++m_rateVotes[rate];
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
    m_rate = kDefaultSampleRate;
    int votes = 0;
    for (auto it = m_rateVotes.cbegin(); it != m_rateVotes.cend(); ++it) {
        if (it.value() > votes || (it.value() == votes && it.key() > m_rate)) {
            m_rate = it.key();
            votes = it.value();
        }
    }
    m_wav = std::make_unique<WavWriter>(m_base + QStringLiteral(".wav"), m_rate);
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

void SessionAudioExporter::complete()
{
    const QString wavPath = m_wav->path();
    const QString mdPath = m_base + QStringLiteral(".md");
    QSaveFile markdown(mdPath);
    if (!markdown.open(QIODevice::WriteOnly) ||
        markdown.write(SessionTranscript::markdown(m_session, m_messages).toUtf8()) < 0) {
        fail(tr("Cannot write %1: %2.").arg(mdPath, markdown.errorString()));
        return;
    }
    if (!m_wav->commit()) {
        fail(tr("Cannot write %1: %2.").arg(wavPath, m_wav->errorString()));
        return;
    }
    if (!markdown.commit()) {
        QFile::remove(wavPath); // both or neither
        fail(tr("Cannot write %1: %2.").arg(mdPath, markdown.errorString()));
        return;
    }
    qCInfo(lcTts) << "exported session" << m_session.id << "to" << wavPath << m_rate << "Hz,"
                  << m_synthesized << "sentences synthesized";
    reset();
    Q_EMIT finished(wavPath, mdPath);
}

void SessionAudioExporter::step()
{
    ++m_done;
    Q_EMIT progress(m_done, 2 * int(m_items.size()));
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
    m_wav.reset(); // not committed: nothing written
    m_phase = Phase::Idle;
    m_items.clear();
    m_messages.clear();
    m_next = 0;
    m_done = 0;
    m_rateVotes.clear();
    m_unstored.clear();
    m_clips.clear();
    m_clipsMessage = 0;
}

} // namespace st
