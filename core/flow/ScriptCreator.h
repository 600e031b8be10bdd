#pragma once

#include "core/create/ScriptPipeline.h"
#include "core/script/ScriptParseResult.h"
#include "core/script/SourceDocument.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace st {

class ModelClient;
class PageReader;
class ScriptLibrary;
class Settings;
struct ExtractedPage;
struct WebError;

/// The Create page's work, without widgets: read a page (or take pasted text), write a
/// script from it with the model (ScriptPipeline), and hand back a draft for the user to
/// check, edit and save. A page the library already has a script from is offered instead
/// of writing a duplicate. Nothing is stored until the user saves.
class ScriptCreator : public QObject
{
    Q_OBJECT

public:
    enum class Stage
    {
        Idle,
        Reading,   // fetching and extracting the page
        Filtering, // current = part, total = parts
        Writing,   // current = sections written, total = 14
        Done,
        Failed,
        Cancelled,
    };
    Q_ENUM(Stage)

    /// A client for the configured model; nullptr when none is configured.
    using ClientFactory = std::function<std::unique_ptr<ModelClient>()>;

    ScriptCreator(ScriptLibrary& library, Settings& settings, QNetworkAccessManager& network,
                  ClientFactory clients, QObject* parent = nullptr);
    ~ScriptCreator() override;

    /// What the listener asked for on the Check page (guides the filter and the writer).
    void setRequest(const QString& request) { m_request = request; }
    QString request() const { return m_request; }

    /// Reads the page or file the user typed and writes a script from it in \a language.
    /// When the library already has a script from that page, emits duplicateFound()
    /// instead, unless \a allowDuplicate.
    void createFromAddress(const QString& address, const QString& language,
                           bool allowDuplicate = false);
    /// Writes a script from pasted text in \a language.
    void createFromText(const QString& text, const QString& language);
    void cancel();

    bool isBusy() const;
    Stage stage() const { return m_stage; }
    /// The address the current draft was read from (empty for pasted text).
    QUrl sourceUrl() const { return m_document.url.isEmpty() ? QUrl() : QUrl(m_document.url); }

    /// The message for "writing needs a model and none is configured".
    static QString needsModelMessage();

Q_SIGNALS:
    void stageChanged(st::ScriptCreator::Stage stage, int current, int total);
    /// 0–100 over the whole run; -1 while the page is being read (size unknown).
    void progress(int percent);
    /// The page was read: its title and how much text it has.
    void pageRead(const QString& title, int characters);
    /// The script as the model writes it.
    void writing(const QString& text);
    /// The finished draft: the model's text and what the parser made of it.
    void drafted(const QString& text, const st::ScriptParseResult& result);
    void failed(const QString& message);
    void cancelled();
    void duplicateFound(qint64 scriptId, const QString& title);

private:
    bool makeClient();
    void write(const SourceDocument& document);
    void onPageRead(const ExtractedPage& page, const QUrl& url);
    void onReadFailed(const WebError& error);
    void setStage(Stage stage, int current = 0, int total = 0);
    void fail(const QString& message);

    ScriptLibrary& m_library;
    Settings& m_settings;
    QNetworkAccessManager& m_network;
    ClientFactory m_clients;
    QString m_request;
    SourceDocument m_document;
    std::unique_ptr<PageReader> m_reader;
    std::unique_ptr<ModelClient> m_client;
    std::unique_ptr<ScriptPipeline> m_pipeline;
    Stage m_stage = Stage::Idle;
};

} // namespace st
