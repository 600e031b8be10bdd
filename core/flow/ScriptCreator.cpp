#include "core/flow/ScriptCreator.h"

#include "core/create/ScriptWriter.h"
#include "core/flow/FlowLog.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"
#include "core/settings/Settings.h"
#include "core/web/PageReader.h"

#include <QDir>

namespace st {

ScriptCreator::ScriptCreator(ScriptLibrary& library, Settings& settings,
                             QNetworkAccessManager& network, ClientFactory clients, QObject* parent)
    : QObject(parent), m_library(library), m_settings(settings), m_network(network),
      m_clients(std::move(clients))
{}

ScriptCreator::~ScriptCreator()
{
    if (m_pipeline)
        m_pipeline->disconnect(this);
    if (m_reader)
        m_reader->disconnect(this);
}

QString ScriptCreator::needsModelMessage()
{
    return tr("Writing a script needs a language model, and none is configured. Set one up under "
              "Story ▸ Model provider…, or paste a ready-made script instead.");
}

bool ScriptCreator::isBusy() const
{
    return m_stage == Stage::Reading || m_stage == Stage::Filtering || m_stage == Stage::Writing;
}

void ScriptCreator::createFromAddress(const QString& address, const QString& language,
                                      bool allowDuplicate)
{
    if (isBusy())
        return;
    const QUrl url = PageReader::urlFromUserInput(address, QDir::currentPath());
    m_document = SourceDocument();
    m_document.language = language;
    m_document.request = m_request;
    if (url.isEmpty()) {
        fail(tr(
            "Type the address of a web page, such as https://en.wikipedia.org/wiki/Mary_Celeste, "
            "or paste the story's text instead."));
        return;
    }
    if (!url.isLocalFile() && !allowDuplicate) {
        if (const auto existing = m_library.findBySourceUrl(url.toString(), language)) {
            Q_EMIT duplicateFound(existing->id, existing->title);
            return;
        }
    }
    m_document.url = url.isLocalFile() ? QString() : url.toString();
    m_document.kind = url.isLocalFile() ? QStringLiteral("file") : QStringLiteral("url");
    if (!makeClient())
        return; // no model: say so before a pointless download
    m_reader =
        std::make_unique<PageReader>(m_network, PageFetcher::Limits::fromSettings(m_settings));
    connect(m_reader.get(), &PageReader::finished, this, &ScriptCreator::onPageRead);
    connect(m_reader.get(), &PageReader::failed, this, &ScriptCreator::onReadFailed);
    setStage(Stage::Reading);
    Q_EMIT progress(-1);
    m_reader->read(url);
}

void ScriptCreator::createFromText(const QString& text, const QString& language)
{
    if (isBusy())
        return;
    m_document = SourceDocument();
    m_document.language = language;
    m_document.request = m_request;
    m_document.kind = QStringLiteral("text");
    if (!makeClient())
        return;
    const PageReadResult read = PageReader::fromPlainText(text);
    if (!read.ok()) {
        fail(ScriptWriter::emptySourceMessage());
        return;
    }
    m_document.title = read.page.title;
    m_document.text = text.trimmed();
    write(m_document);
}

void ScriptCreator::onPageRead(const ExtractedPage& page, const QUrl& url)
{
    if (m_reader)
        m_reader.release()->deleteLater();
    if (m_stage != Stage::Reading)
        return;
    m_document.title = page.title;
    m_document.text = page.text;
    if (!url.isLocalFile() && !url.isEmpty() && m_document.url.isEmpty())
        m_document.url = url.toString();
    Q_EMIT pageRead(page.title, int(page.text.size()));
    write(m_document);
}

void ScriptCreator::onReadFailed(const WebError& error)
{
    if (m_reader)
        m_reader.release()->deleteLater();
    if (error.kind == WebError::Kind::Cancelled || m_stage != Stage::Reading)
        return;
    fail(error.message());
}

void ScriptCreator::write(const SourceDocument& document)
{
    if (!m_client && !makeClient())
        return;
    const ScriptPipelineOptions options = ScriptPipelineOptions::fromSettings(m_settings);
    m_pipeline = std::make_unique<ScriptPipeline>(*m_client, options);
    connect(m_pipeline.get(), &ScriptPipeline::stepChanged, this,
            [this](ScriptPipeline::Step step, int current, int total) {
                if (step == ScriptPipeline::Step::Filtering)
                    setStage(Stage::Filtering, current, total);
                else if (step == ScriptPipeline::Step::Writing)
                    setStage(Stage::Writing, current, total);
            });
    connect(m_pipeline.get(), &ScriptPipeline::progress, this, &ScriptCreator::progress);
    connect(m_pipeline.get(), &ScriptPipeline::writing, this, &ScriptCreator::writing);
    connect(m_pipeline.get(), &ScriptPipeline::finished, this,
            [this](const ScriptParseResult& result, const QString& text) {
                setStage(Stage::Done);
                Q_EMIT drafted(text, result);
            });
    connect(m_pipeline.get(), &ScriptPipeline::failed, this, &ScriptCreator::fail);
    setStage(Stage::Filtering, 0, 0);
    m_pipeline->start(document);
}

bool ScriptCreator::makeClient()
{
    m_pipeline.reset();
    m_client = m_clients ? m_clients() : nullptr;
    if (!m_client)
        fail(needsModelMessage());
    return m_client != nullptr;
}

void ScriptCreator::cancel()
{
    if (!isBusy())
        return;
    if (m_reader) {
        m_reader->disconnect(this);
        m_reader->cancel();
        m_reader.release()->deleteLater();
    }
    if (m_pipeline) {
        m_pipeline->disconnect(this);
        m_pipeline->cancel();
    }
    setStage(Stage::Cancelled);
    Q_EMIT cancelled();
}

void ScriptCreator::setStage(Stage stage, int current, int total)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage, current, total);
}

void ScriptCreator::fail(const QString& message)
{
    qCInfo(lcFlow) << "script creation failed:" << message;
    setStage(Stage::Failed);
    Q_EMIT failed(message);
}

} // namespace st
