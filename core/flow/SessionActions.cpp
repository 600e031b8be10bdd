#include "core/flow/SessionActions.h"

#include "core/flow/AppController.h"
#include "core/narration/ChatSession.h"
#include "core/narration/SessionExporter.h"
#include "core/store/Database.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "core/store/SessionTrash.h"
#include "core/util/ExportPath.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace st {

SessionActions::SessionActions(AppController& controller, SessionStore& sessions,
                               SessionListModel& model, Database& database, QObject* parent)
    : QObject(parent), m_controller(controller), m_sessions(sessions), m_model(model),
      m_database(database), m_trash(new SessionTrash(sessions, model, SessionTrash::kUndoMs, this))
{
    connect(m_trash, &SessionTrash::trashed, this, &SessionActions::trashed);
    connect(m_trash, &SessionTrash::restored, this, &SessionActions::restored);
    connect(m_trash, &SessionTrash::deleted, this, &SessionActions::removed);
    connect(m_trash, &SessionTrash::failed, this, &SessionActions::removeFailed);
}

SessionActions::~SessionActions() = default;

std::optional<SessionRecord> SessionActions::session(qint64 sessionId) const
{
    return m_sessions.get(sessionId);
}

bool SessionActions::canChange(qint64 sessionId) const
{
    const ChatSession* chat = m_controller.chat();
    return !chat || chat->sessionId() != sessionId;
}

SessionActions::Outcome SessionActions::rename(qint64 sessionId, const QString& name)
{
    if (name.trimmed().isEmpty())
        return {false, {}}; // nothing to do: the name stays
    if (!m_sessions.get(sessionId))
        return {false, tr("That session could not be found; it may have been removed.")};
    if (!m_sessions.rename(sessionId, name))
        return {false, tr("The session could not be renamed (%1).").arg(m_sessions.lastError())};
    return {true, {}};
}

SessionActions::Outcome SessionActions::clearHistory(qint64 sessionId)
{
    if (!canChange(sessionId))
        return {false, tr("End the story first")};
    if (!m_sessions.clearHistory(sessionId))
        return {false, tr("The history could not be cleared (%1).").arg(m_sessions.lastError())};
    return {true, {}};
}

bool SessionActions::remove(qint64 sessionId)
{
    if (!canChange(sessionId))
        return false;
    const auto current = m_controller.currentSession();
    if (m_controller.flow().page() == Page::Session && current && current->id == sessionId)
        m_controller.exitToSettings();
    return m_trash->trash(sessionId);
}

bool SessionActions::undoRemove()
{
    return m_trash->undo();
}

bool SessionActions::finishRemoval()
{
    return m_trash->flush();
}

qint64 SessionActions::pendingRemoval() const
{
    return m_trash->pending();
}

SessionActions::Outcome SessionActions::forkAndContinue(qint64 sessionId, qint64 messageId)
{
    const auto original = m_sessions.get(sessionId);
    const auto fork =
        original ? m_sessions.fork(sessionId, messageId, tr("%1 (branch)").arg(original->name))
                 : std::nullopt;
    if (!fork)
        return {false, tr("A new session could not be made from this message (%1). The story "
                          "is unchanged.")
                           .arg(m_sessions.lastError())};
    return {m_controller.openSession(fork->id) && m_controller.continueSession(), {}};
}

QString SessionActions::exportBase(qint64 sessionId, const QString& folder) const
{
    const auto found = m_sessions.get(sessionId);
    return ExportPath::base(found ? found->name : QString(), folder);
}

SessionActions::Outcome SessionActions::exportTo(qint64 sessionId, const QString& path)
{
    const bool markdown =
        QFileInfo(path).suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
    const SessionExporter exporter(m_database.connection());
    const auto result = exporter.exportSession(
        sessionId, markdown ? SessionExporter::Format::Markdown : SessionExporter::Format::Json,
        path);
    if (!result.ok())
        return {false, result.error};
    const QString where = QDir::toNativeSeparators(result.path);
    return {true, markdown ? tr("Saved the transcript to %1.").arg(where)
                           : tr("Saved the session to %1. Import it on any computer with "
                                "Storyteller (Story ▸ Import session…).")
                                 .arg(where)};
}

SessionActions::ImportOutcome SessionActions::importFiles(const QStringList& paths)
{
    SessionImporter importer(m_database.connection());
    QStringList lines;
    qint64 last = 0;
    int count = 0;
    for (const QString& path : paths) {
        // Read and checked on a worker thread (a large file takes seconds): the window keeps
        // painting meanwhile; the database part stays on this thread.
        QFutureWatcher<SessionJson::ReadResult> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run(&SessionImporter::readFile, path));
        if (!watcher.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        const QString file = QFileInfo(path).fileName();
        const auto result = importer.insert(watcher.result(), file);
        if (!result.ok()) {
            lines << tr("%1 was not imported: %2").arg(file, result.error.message());
            continue;
        }
        ++count;
        last = result.sessionId;
        lines << (result.renamed ? tr("%1: “%2” was already here, so it came in as a copy.")
                                       .arg(file, result.name)
                                 : tr("%1: “%2”, %n message(s).", nullptr, result.messageCount)
                                       .arg(file, result.name));
    }
    if (count > 0)
        m_model.reload();
    if (count == 1 && paths.size() == 1 && !m_controller.chat()) // a story being told stays
        m_controller.openSession(last);
    return {count, lines.join(QLatin1Char('\n'))};
}

} // namespace st
