#include "ui/SessionTransfer.h"

#include "core/flow/AppController.h"
#include "core/flow/SessionActions.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace st {

SessionTransfer::SessionTransfer(AppController& controller, QWidget* parent)
    : QObject(parent), m_controller(controller), m_parent(parent)
{}

void SessionTransfer::exportSession(qint64 sessionId)
{
    SessionActions& actions = m_controller.sessionActions();
    if (!actions.session(sessionId))
        return;
    const QString json = tr("Storyteller session, complete (*.json)");
    const QString markdown = tr("Markdown transcript (*.md)");
    QString filter = json;
    const QString base = actions.exportBase(
        sessionId, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export session"), base + QStringLiteral(".json"),
                                     json + QStringLiteral(";;") + markdown, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // the filter chosen says which
        path += filter == markdown ? QStringLiteral(".md") : QStringLiteral(".json");
    const auto outcome = actions.exportTo(sessionId, path);
    if (outcome.ok)
        QMessageBox::information(m_parent, tr("Export session"), outcome.message);
    else
        QMessageBox::warning(m_parent, tr("Export session"), outcome.message);
}

void SessionTransfer::importSessions()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_parent, tr("Import session"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Storyteller session (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const auto outcome = m_controller.sessionActions().importFiles(paths);
    QApplication::restoreOverrideCursor();
    if (outcome.imported == int(paths.size()))
        QMessageBox::information(m_parent, tr("Import session"), outcome.message);
    else
        QMessageBox::warning(m_parent, tr("Import session"), outcome.message);
}

} // namespace st
