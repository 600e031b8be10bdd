#pragma once

#include "core/create/ImportItem.h"
#include "core/create/ImportOutcome.h"
#include "core/create/ImportSummary.h"
#include "core/create/ScriptPipeline.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>
#include <functional>
#include <memory>

namespace st {

class ModelClient;
class ScriptLibrary;

/// Imports files of documents and scripts (ImportFile) into the library, one entry at a
/// time: a ready script is added as it is (one identical to a script already in the library
/// is not added twice); a document becomes a script through ScriptPipeline first, which
/// needs a model. Every script is saved in its own ScriptLibrary::add() the moment it is
/// ready, so a cancel keeps what was finished and saves nothing of the entry in progress.
/// Every signal comes from the event loop (cancel()'s cancelled() excepted), never from
/// inside start().
class BatchImporter : public QObject
{
    Q_OBJECT

public:
    /// A client for the configured model; nullptr when none is configured.
    using ClientFactory = std::function<std::unique_ptr<ModelClient>()>;

    BatchImporter(ScriptLibrary& library, ClientFactory clients,
                  const ScriptPipelineOptions& options = {}, QObject* parent = nullptr);
    ~BatchImporter() override;

    /// Imports \a files in order. Documents without a language of their own are written in
    /// \a language (en, ko, ja, es). Ignored while a batch is running.
    void start(const QStringList& files, const QString& language);
    /// Stops at once: the entry in progress is dropped, cancelled() says what was done.
    void cancel();
    bool isRunning() const { return m_running; }
    /// What is done so far (the whole batch once finished).
    ImportSummary summary() const { return m_summary; }

    /// The message for a document when no model is configured.
    static QString needsModelMessage();

Q_SIGNALS:
    /// \a done of \a total entries finished (0 of total when the files are read).
    void progress(int done, int total);
    /// Entry \a index (0-based over the batch) of \a total begins.
    void itemStarted(int index, int total, const QString& title);
    /// 0–100 through the entry in progress (a document being written).
    void itemProgress(int percent);
    void itemFinished(const st::ImportOutcome& outcome);
    void finished(const st::ImportSummary& summary);
    void cancelled(const st::ImportSummary& summary);

private:
    struct Entry
    {
        QString file;
        ImportItem item;
        QString fileError; // the whole file was refused
    };

    void readFiles();
    void next();
    void scheduleNext();
    void importScript(const Entry& entry);
    void writeDocument(const Entry& entry);
    void onWritten(const ScriptParseResult& result);
    void finishEntry(ImportOutcome outcome);
    ImportOutcome outcomeFor(const Entry& entry) const;
    std::optional<qint64> identicalScript(const Script& script);
    void dropPipeline();

    ScriptLibrary& m_library;
    ClientFactory m_clients;
    ScriptPipelineOptions m_options;
    QStringList m_files;
    QString m_language;
    QVector<Entry> m_entries;
    int m_current = -1;
    bool m_running = false;
    quint64 m_generation = 0; // queued calls of an earlier batch do nothing
    ImportSummary m_summary;
    bool m_clientAsked = false;
    std::unique_ptr<ModelClient> m_client;
    std::unique_ptr<ScriptPipeline> m_pipeline;
    /// title + language → ids, for finding identical scripts (built on first need).
    QMultiHash<QString, qint64> m_known;
    bool m_knownBuilt = false;
};

} // namespace st
