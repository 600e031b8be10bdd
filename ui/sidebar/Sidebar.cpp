#include "ui/sidebar/Sidebar.h"

#include "core/flow/AppController.h"
#include "core/library/ScriptListModel.h"
#include "core/settings/Settings.h"
#include "core/store/SessionListModel.h"
#include "ui/sidebar/SessionItemDelegate.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace st {

Sidebar::Sidebar(AppController& controller, QWidget* parent)
    : QFrame(parent), m_controller(controller), m_libraryToggle(new QToolButton(this)),
      m_filter(new QLineEdit(this)), m_library(new QListView(this)),
      m_languageFilter(new QSortFilterProxyModel(this)),
      m_textFilter(new QSortFilterProxyModel(this)), m_sessionsHeader(new QLabel(this)),
      m_sessions(new QListView(this)), m_emptySessions(new QLabel(this))
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
    m_textFilter->setFilterRole(ScriptListModel::TitleRole);
    m_library->setModel(m_textFilter);
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
    layout->addWidget(m_library, 2);
    layout->addSpacing(8);
    layout->addWidget(m_sessionsHeader);
    layout->addWidget(m_emptySessions);
    layout->addWidget(m_sessions, 3);

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

void Sidebar::retranslateUi()
{
    m_libraryToggle->setText(tr("Library"));
    m_libraryToggle->setToolTip(tr("Show or hide the stories in the library"));
    m_filter->setPlaceholderText(tr("Filter titles"));
    m_sessionsHeader->setText(tr("Sessions"));
    m_sessions->setToolTip(tr("Click a session to continue it"));
    m_emptySessions->setText(tr("No sessions yet. Start one on the right."));
}

} // namespace st
