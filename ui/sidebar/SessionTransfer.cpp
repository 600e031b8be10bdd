#include "ui/sidebar/SessionTransfer.h"

#include "core/flow/AppController.h"
#include "core/store/MessageStore.h"
#include "core/store/SessionImporter.h"
#include "core/store/SessionListModel.h"
#include "core/store/SessionStore.h"
#include "core/narration/SessionExporter.h"
#include "core/util/ExportPath.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace st {

SessionTransfer::SessionTransfer(AppController& controller, QWidget* parent)
    : QObject(parent), m_controller(controller), m_parent(parent)
{}

void SessionTransfer::exportSession(qint64 sessionId)
{
    const auto session = m_controller.sessions().get(sessionId);
    if (!session)
        return;
    const QString json = tr("Storyteller session, complete (*.json)");
    const QString markdown = tr("Markdown transcript (*.md)");
    QString filter = json;
    const QString base = ExportPath::base(
        session->name, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export session"), base + QStringLiteral(".json"),
                                     json + QStringLiteral(";;") + markdown, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // the filter chosen says which
        path += filter == markdown ? QStringLiteral(".md") : QStringLiteral(".json");
    bool ok = false;
    const QString message = exportTo(sessionId, path, &ok);
    if (ok)
        QMessageBox::information(m_parent, tr("Export session"), message);
    else
        QMessageBox::warning(m_parent, tr("Export session"), message);
}

QString SessionTransfer::exportTo(qint64 sessionId, const QString& path, bool* ok)
{
    const bool markdown =
        QFileInfo(path).suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0;
    const SessionExporter exporter(m_controller.messages().database());
    const auto result = exporter.exportSession(
        sessionId, markdown ? SessionExporter::Format::Markdown : SessionExporter::Format::Json,
        path);
    if (ok)
        *ok = result.ok();
    if (!result.ok())
        return result.error;
    return markdown ? tr("Saved the transcript to %1.").arg(QDir::toNativeSeparators(result.path))
                    : tr("Saved the session to %1. Import it on any computer with Storyteller "
                         "(Story ▸ Import session…).")
                          .arg(QDir::toNativeSeparators(result.path));
}

void SessionTransfer::importSessions()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_parent, tr("Import session"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Storyteller session (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    int imported = 0;
    const QString message = importFiles(paths, &imported);
    if (imported == int(paths.size()))
        QMessageBox::information(m_parent, tr("Import session"), message);
    else
        QMessageBox::warning(m_parent, tr("Import session"), message);
}

QString SessionTransfer::importFiles(const QStringList& paths, int* imported)
{
    SessionImporter importer(m_controller.messages().database());
    QStringList lines;
    qint64 last = 0;
    int count = 0;
    for (const QString& path : paths) {
        // Read and checked on a worker thread (a large file takes seconds): the window
        // keeps painting meanwhile; the database part stays on this thread.
        QApplication::setOverrideCursor(Qt::BusyCursor);
        QFutureWatcher<SessionJson::ReadResult> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(QtConcurrent::run(&SessionImporter::readFile, path));
        if (!watcher.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        QApplication::restoreOverrideCursor();
        const auto result = importer.insert(watcher.result(), QFileInfo(path).fileName());
        const QString file = QFileInfo(path).fileName();
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
    if (imported)
        *imported = count;
    if (count > 0)
        m_controller.sessionModel()->reload();
    if (count == 1 && paths.size() == 1 && !m_controller.chat()) // a story being told stays
        m_controller.openSession(last);
    return lines.join(QLatin1Char('\n'));
}

} // namespace st
