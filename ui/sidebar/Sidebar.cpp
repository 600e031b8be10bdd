#include "ui/sidebar/Sidebar.h"

#include "core/flow/AppController.h"
#include "core/flow/SessionActions.h"
#include "core/library/ScriptListModel.h"
#include "core/settings/Settings.h"
#include "core/store/SessionListModel.h"
#include "ui/sidebar/LibraryItemDelegate.h"
#include "ui/sidebar/SessionItemDelegate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace st {

Sidebar::Sidebar(AppController& controller, QWidget* parent)
    : QFrame(parent), m_controller(controller), m_libraryToggle(new QToolButton(this)),
      m_filter(new QLineEdit(this)), m_library(new QListView(this)),
      m_languageFilter(new QSortFilterProxyModel(this)),
      m_textFilter(new QSortFilterProxyModel(this)), m_sessionsHeader(new QLabel(this)),
      m_sessions(new QListView(this)), m_emptySessions(new QLabel(this)),
      m_undoBar(new QWidget(this)), m_undoLabel(new QLabel(m_undoBar)),
      m_undo(new QToolButton(m_undoBar))
{
    setObjectName(QStringLiteral("sidebar"));
    m_libraryToggle->setObjectName(QStringLiteral("libraryToggle"));
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_library->setObjectName(QStringLiteral("libraryList"));
    m_sessionsHeader->setObjectName(QStringLiteral("sessionsHeader"));
    m_sessions->setObjectName(QStringLiteral("sessionList"));
    m_emptySessions->setObjectName(QStringLiteral("noSessionsLabel"));
    setMinimumWidth(220);

    m_libraryToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_libraryToggle->setCheckable(true);
    m_libraryToggle->setAutoRaise(true);
    m_filter->setClearButtonEnabled(true);

    m_languageFilter->setSourceModel(controller.scriptModel());
    m_languageFilter->setFilterRole(ScriptListModel::LanguageRole);
    m_textFilter->setSourceModel(m_languageFilter);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textFilter->setFilterRole(ScriptListModel::SearchRole); // title, summary, keywords
    m_library->setModel(m_textFilter);
    m_library->setItemDelegate(new LibraryItemDelegate(m_library));
    m_library->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_library->setUniformItemSizes(true);
    m_library->setSpacing(2);

    m_sessions->setModel(controller.sessionModel());
    m_sessions->setItemDelegate(new SessionItemDelegate(m_sessions));
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_emptySessions->setWordWrap(true);
    m_emptySessions->setProperty("role", QStringLiteral("hint"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 12, 10, 12);
    layout->setSpacing(6);
    layout->addWidget(m_libraryToggle);
    layout->addWidget(m_filter);
    layout->addWidget(m_library, 3);
    layout->addSpacing(8);
    layout->addWidget(m_sessionsHeader);
    layout->addWidget(m_emptySessions);
    layout->addWidget(m_sessions, 2);

    connect(m_libraryToggle, &QToolButton::toggled, this, &Sidebar::setLibraryExpanded);
    connect(m_filter, &QLineEdit::textChanged, m_textFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_library, &QListView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT scriptActivated(index.data(ScriptListModel::IdRole).toLongLong(),
                               index.data(ScriptListModel::TitleRole).toString());
    });
    connect(m_library, &QListView::clicked, m_library, &QListView::activated);
    connect(m_sessions, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_controller.openSession(index.data(SessionListModel::IdRole).toLongLong());
    });
    m_sessions->installEventFilter(this);
    m_sessions->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sessions, &QWidget::customContextMenuRequested, this, &Sidebar::showSessionMenu);
    m_undoBar->setObjectName(QStringLiteral("undoDeleteBar"));
    m_undo->setObjectName(QStringLiteral("undoDeleteButton"));
    m_undoLabel->setWordWrap(true);
    auto* undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->hide();
    layout->addWidget(m_undoBar);
    SessionActions& actions = controller.sessionActions();
    connect(m_undo, &QToolButton::clicked, &actions, &SessionActions::undoRemove);
    connect(&actions, &SessionActions::trashed, this, [this](qint64, const QString& name) {
        m_trashedName = name;
        retranslateUi();
        m_undoBar->show();
    });
    for (auto signal : {&SessionActions::restored, &SessionActions::removed})
        connect(&actions, signal, m_undoBar, &QWidget::hide);
    connect(&actions, &SessionActions::removeFailed, this, [this](const QString& message) {
        m_undoBar->hide();
        QMessageBox::warning(this, tr("Delete session"), message);
    });
    auto updateEmpty = [this] {
        m_emptySessions->setVisible(m_controller.sessionModel()->rowCount() == 0);
    };
    connect(controller.sessionModel(), &QAbstractItemModel::modelReset, this, updateEmpty);
    updateEmpty();

    const bool expanded = controller.settings().sidebarLibraryExpanded();
    m_libraryToggle->setChecked(expanded);
    setLibraryExpanded(expanded);
    setLanguage(controller.storyLanguage());
    retranslateUi();
}

void Sidebar::showSessionMenu(const QPoint& pos)
{
    const QModelIndex index = m_sessions->indexAt(pos);
    if (!index.isValid())
        return;
    const qint64 id = index.data(SessionListModel::IdRole).toLongLong();
    const bool telling = !m_controller.sessionActions().canChange(id);
    QMenu menu(this);
    QAction* rename = menu.addAction(tr("Rename…"));
    QAction* exportAction = menu.addAction(tr("Export…"));
    menu.addSeparator();
    QAction* clear = menu.addAction(tr("Clear history…"));
    QAction* remove = menu.addAction(tr("Delete…"));
    for (QAction* action : {clear, remove}) {
        action->setEnabled(!telling);
        if (telling)
            action->setToolTip(tr("End the story first"));
    }
    QAction* chosen = menu.exec(m_sessions->viewport()->mapToGlobal(pos));
    if (chosen == rename)
        renameSession(id);
    else if (chosen == exportAction)
        Q_EMIT exportRequested(id);
    else if (chosen == clear)
        clearSession(id);
    else if (chosen == remove)
        deleteSession(id);
}

void Sidebar::renameSession(qint64 id)
{
    SessionActions& actions = m_controller.sessionActions();
    const auto session = actions.session(id);
    if (!session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename session"), tr("Name:"),
                                               QLineEdit::Normal, session->name, &ok);
    if (!ok)
        return;
    const auto outcome = actions.rename(id, name);
    if (!outcome.ok && !outcome.message.isEmpty())
        QMessageBox::warning(this, tr("Rename session"), outcome.message);
}

void Sidebar::clearSession(qint64 id)
{
    SessionActions& actions = m_controller.sessionActions();
    const auto session = actions.session(id);
    if (!session ||
        QMessageBox::question(this, tr("Clear history"),
                              tr("Clear every message of “%1”? Its name, language and story "
                                 "stay; the story starts again from its beginning. This cannot "
                                 "be undone.")
                                  .arg(session->name)) != QMessageBox::Yes)
        return;
    const auto outcome = actions.clearHistory(id);
    if (!outcome.ok)
        QMessageBox::warning(this, tr("Clear history"), outcome.message);
}

void Sidebar::deleteSession(qint64 id)
{
    SessionActions& actions = m_controller.sessionActions();
    const auto session = actions.session(id);
    if (!session ||
        QMessageBox::question(this, tr("Delete session"),
                              tr("Delete “%1” with all its messages and audio? You can undo "
                                 "this for a few seconds.")
                                  .arg(session->name)) != QMessageBox::Yes)
        return;
    actions.remove(id);
}

void Sidebar::setLanguage(const QString& language)
{
    m_languageFilter->setFilterRegularExpression(QRegularExpression(
        QStringLiteral("^") + QRegularExpression::escape(language) + QStringLiteral("$")));
}

void Sidebar::setLibraryExpanded(bool expanded)
{
    m_libraryToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_filter->setVisible(expanded);
    m_library->setVisible(expanded);
    m_controller.settings().setSidebarLibraryExpanded(expanded);
}

void Sidebar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

bool Sidebar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_sessions && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndex current = m_sessions->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()) {
            m_controller.openSession(current.data(SessionListModel::IdRole).toLongLong());
            return true;
        }
        // The Menu key and Shift+F10: the session's menu, at its row.
        const bool shiftF10 =
            key == Qt::Key_F10 && static_cast<QKeyEvent*>(event)->modifiers() == Qt::ShiftModifier;
        if ((key == Qt::Key_Menu || shiftF10) && current.isValid()) {
            showSessionMenu(m_sessions->visualRect(current).center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Sidebar::retranslateUi()
{
    m_libraryToggle->setText(tr("Library"));
    m_libraryToggle->setToolTip(tr("Show or hide the stories in the library"));
    m_filter->setPlaceholderText(tr("Filter stories"));
    m_library->setToolTip(tr("Start a session, then click a story to hear it"));
    m_sessionsHeader->setText(tr("Sessions"));
    m_emptySessions->setText(tr("No sessions yet. Start one on the right."));
    m_undoLabel->setText(tr("“%1” deleted.").arg(m_trashedName));
    m_undo->setText(tr("Undo"));
    m_sessions->setToolTip(tr("Click a session (or press Enter) to continue it; right-click "
                              "(or the Menu key) to rename, clear or delete it"));
    // What a screen reader says for them (their placeholder and tooltip are not names).
    m_filter->setAccessibleName(tr("Filter stories"));
    m_library->setAccessibleName(tr("Stories in the library"));
    m_library->setAccessibleDescription(m_library->toolTip());
    m_sessions->setAccessibleName(tr("Sessions"));
    m_sessions->setAccessibleDescription(m_sessions->toolTip());
}

} // namespace st
