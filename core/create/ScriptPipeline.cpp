#include "core/create/ScriptPipeline.h"

#include "core/create/CreateLog.h"
#include "core/create/ScriptWriter.h"
#include "core/create/SourceFilter.h"
#include "core/llm/ModelClient.h"
#include "core/llm/PromptTemplate.h"
#include "core/llm/TokenEstimator.h"
#include "core/settings/Settings.h"

#include <QRegularExpression>
#include <QSet>

namespace st {
namespace {

constexpr int kFilterShare = 70; // percent of the progress bar for the filter pass
constexpr int kMaxExtraRounds = 2;

/// Sections the writer has started so far ("# prologue 1 : …" lines).
int sectionsWritten(const QString& text)
{
    static const QRegularExpression header(
        QStringLiteral(
            "^\\s*#*\\s*\\**\\s*(prologue|exposition|development|climax|denouement|epilogue)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = header.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return std::min(count, kScriptSectionCount);
}

/// The kept parts joined, without lines an earlier part already kept (chunks overlap).
QString joinKept(const QStringList& kept)
{
    QSet<QString> seen;
    QStringList lines;
    for (const QString& part : kept) {
        for (const QString& line : part.split(u'\n')) {
            const QString key = line.simplified();
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            lines.append(line.trimmed());
        }
        lines.append(QString()); // a blank line between parts
    }
    return lines.join(u'\n').trimmed();
}

} // namespace

ScriptPipelineOptions ScriptPipelineOptions::fromSettings(const Settings& settings)
{
    ScriptPipelineOptions options;
    options.chunkTokens = settings.value(Settings::Key::CreateChunkTokens).toInt();
    options.overlapTokens = settings.value(Settings::Key::CreateOverlapTokens).toInt();
    options.contextBudget = settings.value(Settings::Key::ProviderContextBudget).toInt();
    return options;
}

ScriptPipeline::ScriptPipeline(ModelClient& client, const ScriptPipelineOptions& options,
                               QObject* parent)
    : QObject(parent), m_client(client), m_options(options)
{
    qRegisterMetaType<st::ScriptParseResult>();
}

ScriptPipeline::~ScriptPipeline()
{
    dropStream();
}

bool ScriptPipeline::isRunning() const
{
    return m_step == Step::Splitting || m_step == Step::Filtering || m_step == Step::Writing;
}

void ScriptPipeline::start(const SourceDocument& document)
{
    if (isRunning())
        return;
    m_document = document;
    m_chunks.clear();
    m_kept.clear();
    m_summary.clear();
    m_filtered.clear();
    m_next = 0;
    m_round = 0;
    m_step = Step::Splitting;
    // Every signal comes from the event loop, never from inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_step != Step::Splitting)
                return;
            setStep(Step::Splitting, 0, 0);
            if (m_document.text.trimmed().isEmpty()) {
                fail(ScriptWriter::emptySourceMessage());
                return;
            }
            m_chunks =
                TextChunker(m_options.chunkTokens, m_options.overlapTokens).split(m_document.text);
            qCDebug(lcCreate) << "source split into" << m_chunks.size() << "chunks";
            if (m_chunks.size() == 1) { // the writer reads it whole: no filter pass needed
                m_filtered = m_document.text.trimmed();
                startWriting();
            } else {
                filterNext();
            }
        },
        Qt::QueuedConnection);
}

void ScriptPipeline::cancel()
{
    if (!isRunning())
        return;
    dropStream();
    m_step = Step::Cancelled;
    Q_EMIT stepChanged(Step::Cancelled, 0, 0);
    Q_EMIT cancelled();
}

void ScriptPipeline::filterNext()
{
    const int count = int(m_chunks.size());
    if (m_next >= count) {
        m_filtered = joinKept(m_kept);
        if (m_filtered.isEmpty()) {
            fail(tr(
                "Nothing in the source was about the story. Try a page about the event itself, or "
                "paste the part of the text that tells it."));
            return;
        }
        if (TokenEstimator::estimate(m_filtered) > writerInputLimit()) {
            if (m_round < kMaxExtraRounds) { // still too long for the writer: filter what was kept
                ++m_round;
                m_chunks =
                    TextChunker(m_options.chunkTokens, m_options.overlapTokens).split(m_filtered);
                m_kept.clear();
                m_next = 0;
                filterNext();
                return;
            }
            m_filtered = TextChunker(writerInputLimit(), 0).split(m_filtered).constFirst().text;
            qCWarning(lcCreate) << "filtered source cut to the writer's budget";
        }
        startWriting();
        return;
    }
    SourceFilter::Input input;
    input.topic = m_document.request.trimmed().isEmpty() ? m_document.title : m_document.request;
    input.documentTitle = m_document.title;
    input.summary = m_summary;
    input.chunk = m_chunks.at(m_next).text;
    input.number = m_next + 1;
    input.count = count;
    setStep(Step::Filtering, m_next + 1, count);
    ReplyStream* stream = run(SourceFilter::request(input));
    connect(stream, &ReplyStream::finished, this, [this, stream, input] {
        const SourceFilter::Result result = SourceFilter::parse(stream->text(), input);
        dropStream();
        if (!result.understood)
            qCWarning(lcCreate) << "filter answer for part" << input.number
                                << "not in the asked form; kept whole";
        if (!result.relevant.isEmpty())
            m_kept.append(result.relevant);
        m_summary = result.summary;
        ++m_next;
        if (m_round == 0)
            Q_EMIT progress(kFilterShare * m_next / int(m_chunks.size()));
        filterNext();
    });
}

void ScriptPipeline::startWriting()
{
    setStep(Step::Writing, 0, kScriptSectionCount);
    const bool filtered = m_chunks.size() > 1;
    const int base = filtered ? kFilterShare : 0;
    Q_EMIT progress(base);
    ReplyStream* stream = run(ScriptWriter::request(m_document, m_filtered));
    auto written = std::make_shared<int>(0);
    connect(stream, &ReplyStream::delta, this, [this, stream, base, written] {
        const QString text = stream->text();
        Q_EMIT writing(text);
        const int sections = sectionsWritten(text);
        if (sections != *written) {
            *written = sections;
            setStep(Step::Writing, sections, kScriptSectionCount);
            Q_EMIT progress(base + (100 - base) * std::max(0, sections - 1) / kScriptSectionCount);
        }
    });
    connect(stream, &ReplyStream::finished, this, [this, stream] {
        const QString text = stream->text();
        dropStream();
        if (ScriptWriter::saysNoStory(text)) {
            fail(ScriptWriter::parse(text, m_document).error);
            return;
        }
        const ScriptParseResult result = ScriptWriter::parse(text, m_document);
        m_step = Step::Done;
        Q_EMIT progress(100);
        Q_EMIT stepChanged(Step::Done, kScriptSectionCount, kScriptSectionCount);
        Q_EMIT finished(result, text);
    });
}

ReplyStream* ScriptPipeline::run(const ChatRequest& request)
{
    dropStream();
    m_stream = m_client.chat(request);
    ReplyStream* stream = m_stream.get();
    connect(stream, &ReplyStream::failed, this, [this](const QString& message) {
        dropStream();
        fail(message);
    });
    stream->start();
    return stream;
}

void ScriptPipeline::dropStream()
{
    if (!m_stream)
        return;
    ReplyStream* stream = m_stream.release();
    stream->disconnect(this);
    if (stream->isRunning())
        stream->cancel();
    stream->deleteLater();
}

int ScriptPipeline::writerInputLimit() const
{
    static const int promptTokens =
        TokenEstimator::estimate(PromptTemplate(QStringLiteral("write_script")).text()) + 200;
    return std::max(500, m_options.contextBudget - ScriptWriter::kMaxTokens - promptTokens);
}

void ScriptPipeline::setStep(Step step, int current, int total)
{
    m_step = step;
    Q_EMIT stepChanged(step, current, total);
}

void ScriptPipeline::fail(const QString& message)
{
    m_step = Step::Failed;
    Q_EMIT stepChanged(Step::Failed, 0, 0);
    Q_EMIT failed(message);
}

} // namespace st
