#include "core/create/BatchImporter.h"

#include "core/create/CreateLog.h"
#include "core/create/ImportFile.h"
#include "core/library/ScriptLibrary.h"
#include "core/llm/ModelClient.h"

#include <QFileInfo>

namespace st {
namespace {

QString knownKey(const QString& language, const QString& title)
{
    return language + u'\n' + title;
}

} // namespace

BatchImporter::BatchImporter(ScriptLibrary& library, ClientFactory clients,
                             const ScriptPipelineOptions& options, QObject* parent)
    : QObject(parent), m_library(library), m_clients(std::move(clients)), m_options(options)
{
    qRegisterMetaType<st::ImportOutcome>();
    qRegisterMetaType<st::ImportSummary>();
}

BatchImporter::~BatchImporter()
{
    if (m_pipeline) {
        m_pipeline->disconnect(this);
        m_pipeline->cancel();
        m_pipeline.reset();
    }
}

QString BatchImporter::needsModelMessage()
{
    return tr("Writing a script from a document needs a language model, and none is "
              "configured. Set up a model provider and import it again; ready scripts import "
              "without one.");
}

void BatchImporter::start(const QStringList& files, const QString& language)
{
    if (m_running)
        return;
    dropPipeline();
    m_running = true;
    ++m_generation;
    m_files = files;
    m_language = language;
    m_entries.clear();
    m_current = -1;
    m_summary = ImportSummary();
    m_clientAsked = false;
    m_client.reset();
    m_known.clear();
    m_knownBuilt = false;
    const quint64 generation = m_generation;
    // Every signal comes from the event loop, never from inside start().
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (m_running && generation == m_generation)
                readFiles();
        },
        Qt::QueuedConnection);
}

void BatchImporter::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    dropPipeline();
    qCInfo(lcCreate) << "import cancelled after" << m_summary.outcomes.size() << "of"
                     << m_summary.total;
    Q_EMIT cancelled(m_summary);
}

void BatchImporter::readFiles()
{
    for (const QString& file : std::as_const(m_files)) {
        const ImportFile::Result read = ImportFile::read(file, m_language);
        if (!read.ok()) {
            Entry entry;
            entry.file = file;
            entry.item.index = -1;
            entry.item.title = QFileInfo(file).fileName();
            entry.fileError = read.error;
            m_entries.append(entry);
            continue;
        }
        for (const ImportItem& item : read.items)
            m_entries.append(Entry{file, item, QString()});
    }
    m_summary.total = int(m_entries.size());
    qCDebug(lcCreate) << "importing" << m_summary.total << "entries from" << m_files.size()
                      << "files";
    Q_EMIT progress(0, m_summary.total);
    if (m_running)
        next();
}

void BatchImporter::scheduleNext()
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (m_running && generation == m_generation)
                next();
        },
        Qt::QueuedConnection);
}

void BatchImporter::next()
{
    dropPipeline();
    ++m_current;
    if (m_current >= m_entries.size()) {
        m_running = false;
        m_client.reset();
        qCInfo(lcCreate) << "import done:" << m_summary.succeeded() << "imported,"
                         << m_summary.failed() << "failed";
        Q_EMIT finished(m_summary);
        return;
    }
    const Entry& entry = m_entries.at(m_current);
    const quint64 generation = m_generation;
    Q_EMIT itemStarted(m_current, m_summary.total, entry.item.title);
    if (!m_running || generation != m_generation)
        return; // cancelled from a slot
    if (!entry.fileError.isEmpty() || !entry.item.ok()) {
        ImportOutcome outcome = outcomeFor(entry);
        outcome.message = entry.fileError.isEmpty() ? entry.item.error : entry.fileError;
        finishEntry(outcome);
    } else if (entry.item.kind == ImportItem::Kind::Script) {
        importScript(entry);
    } else {
        writeDocument(entry);
    }
}

ImportOutcome BatchImporter::outcomeFor(const Entry& entry) const
{
    ImportOutcome outcome;
    outcome.file = entry.file;
    outcome.index = entry.item.index;
    outcome.title = entry.item.title;
    return outcome;
}

void BatchImporter::importScript(const Entry& entry)
{
    ImportOutcome outcome = outcomeFor(entry);
    const Script& script = entry.item.script;
    QStringList notes = entry.item.notes;
    if (const auto existing = identicalScript(script)) {
        outcome.ok = true;
        outcome.scriptId = *existing;
        notes.prepend(tr("Already in the library; not added again."));
    } else if (const auto id = m_library.add(script)) {
        outcome.ok = true;
        outcome.scriptId = *id;
        m_known.insert(knownKey(script.language, script.title), *id);
    } else {
        notes = QStringList{tr("The script could not be saved: %1").arg(m_library.lastError())};
    }
    outcome.message = notes.join(u' ');
    finishEntry(outcome);
}

void BatchImporter::writeDocument(const Entry& entry)
{
    if (!m_clientAsked) {
        m_clientAsked = true;
        m_client = m_clients ? m_clients() : nullptr;
        if (!m_client)
            qCInfo(lcCreate) << "no model configured: documents cannot be written";
    }
    if (!m_client) {
        ImportOutcome outcome = outcomeFor(entry);
        outcome.message = needsModelMessage();
        finishEntry(outcome);
        return;
    }
    m_pipeline = std::make_unique<ScriptPipeline>(*m_client, m_options);
    connect(m_pipeline.get(), &ScriptPipeline::progress, this, &BatchImporter::itemProgress);
    connect(m_pipeline.get(), &ScriptPipeline::finished, this,
            [this](const ScriptParseResult& result, const QString&) { onWritten(result); });
    connect(m_pipeline.get(), &ScriptPipeline::failed, this, [this](const QString& message) {
        ImportOutcome outcome = outcomeFor(m_entries.at(m_current));
        outcome.message = message;
        finishEntry(outcome);
    });
    Q_EMIT itemProgress(0);
    m_pipeline->start(entry.item.document);
}

void BatchImporter::onWritten(const ScriptParseResult& result)
{
    const Entry& entry = m_entries.at(m_current);
    ImportOutcome outcome = outcomeFor(entry);
    if (!result.ok()) {
        outcome.message = result.error;
        finishEntry(outcome);
        return;
    }
    if (entry.item.document.title.isEmpty())
        outcome.title = result.script.title;
    if (const auto id = m_library.add(result.script)) {
        outcome.ok = true;
        outcome.scriptId = *id;
        outcome.message = (entry.item.notes + result.problems).join(u' ');
    } else {
        outcome.message = tr("The script could not be saved: %1").arg(m_library.lastError());
    }
    finishEntry(outcome);
}

void BatchImporter::finishEntry(ImportOutcome outcome)
{
    if (outcome.ok)
        qCDebug(lcCreate) << "imported" << outcome.title << "as" << outcome.scriptId;
    else
        qCDebug(lcCreate) << "not imported:" << outcome.title << outcome.message;
    m_summary.outcomes.append(outcome);
    const quint64 generation = m_generation;
    Q_EMIT itemFinished(outcome);
    if (!m_running || generation != m_generation)
        return;
    Q_EMIT progress(int(m_summary.outcomes.size()), m_summary.total);
    if (m_running && generation == m_generation)
        scheduleNext(); // the next entry in its own turn of the event loop
}

std::optional<qint64> BatchImporter::identicalScript(const Script& script)
{
    if (!m_knownBuilt) {
        m_knownBuilt = true;
        for (const ScriptInfo& info : m_library.list())
            m_known.insert(knownKey(info.language, info.title), info.id);
    }
    for (const qint64 id : m_known.values(knownKey(script.language, script.title))) {
        const auto stored = m_library.script(id);
        if (stored && *stored == script)
            return id;
    }
    return std::nullopt;
}

void BatchImporter::dropPipeline()
{
    if (!m_pipeline)
        return;
    ScriptPipeline* pipeline = m_pipeline.release();
    pipeline->disconnect(this);
    pipeline->cancel();
    pipeline->deleteLater(); // it may be the one emitting the signal being handled
}

} // namespace st
