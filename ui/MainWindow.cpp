#include "ui/MainWindow.h"

#include "core/flow/AppController.h"
#include "core/flow/NarrationController.h"
#include "core/narration/ChatSession.h"
#include "core/settings/Settings.h"
#include "core/text/Languages.h"
#include "ui/ErrorBanner.h"
#include "ui/ImportDialog.h"
#include "ui/LanguageManager.h"
#include "ui/NarrationBar.h"
#include "ui/ProviderDialog.h"
#include "ui/SessionTransfer.h"
#include "ui/VoiceDialog.h"
#include "ui/pages/ChatPage.h"
#include "ui/pages/CheckPage.h"
#include "ui/pages/CreatePage.h"
#include "ui/pages/SessionPage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/search/SearchDialog.h"
#include "ui/sidebar/Sidebar.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace st {

MainWindow::MainWindow(AppController& controller, LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_controller(controller), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    // Parents first, children made inside them: a widget tree moved under a new parent is
    // restyled whole (the application's style sheet), which cost start-up tens of ms.
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(splitter);
    m_sidebar = new Sidebar(controller, splitter);
    m_transfer = new SessionTransfer(controller, this);
    connect(m_sidebar, &Sidebar::exportRequested, m_transfer, &SessionTransfer::exportSession);
    auto* right = new QWidget(splitter);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    splitter->setChildrenCollapsible(false);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 8, 12, 0);
    rightLayout->setSpacing(0);
    m_banner = new ErrorBanner(right);
    m_stack = new QStackedWidget(right);
    m_stack->setObjectName(QStringLiteral("pages"));
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_stack, 1);
    // The first page now; the others when first shown (they are most of the window).
    m_settingsPage = new SettingsPage(controller, m_stack);
    m_stack->addWidget(m_settingsPage);
    buildMenus();

    connect(m_settingsPage, &SettingsPage::providerRequested, this,
            &MainWindow::showProviderDialog);
    connect(m_settingsPage, &SettingsPage::storyLanguageChosen, m_sidebar, &Sidebar::setLanguage);
    connect(&controller.flow(), &AppFlow::pageChanged, this, &MainWindow::showPage);
    connect(&controller, &AppController::errorOccurred, m_banner, &ErrorBanner::showMessage);
    connect(&controller, &AppController::embeddingProgress, this, [this](int done, int total) {
        if (done >= total)
            statusBar()->showMessage(tr("The library is ready for search by meaning."), 4000);
        else
            statusBar()->showMessage(
                tr("Preparing the library for search by meaning: %1 of %2…").arg(done).arg(total));
    });
    connect(&controller, &AppController::chatStarted, this,
            [this](ChatSession* chat) { chatPage()->attach(chat); });
    connect(&controller, &AppController::chatEnded, this, [this] {
        if (m_chatPage)
            m_chatPage->detach();
    });
    connect(&controller, &AppController::sessionOpened, this,
            [this](const SessionRecord& session) { sessionPage()->showSession(session); });
    // A new or existing story chosen on Create: back on Check, it is asked for at once.
    connect(&controller, &AppController::scriptSaved, this,
            [this](qint64, const QString& title) { checkPage()->askFor(title); });
    // A story chosen in the library is told at once when a session waits for one.
    connect(m_sidebar, &Sidebar::scriptActivated, this, [this](qint64 id, const QString& title) {
        if (m_controller.flow().page() == Page::Check && !m_controller.tellScript(id))
            checkPage()->setQuery(title);
    });
    // Ctrl+K is "delete to the end of the line" in text fields; here it opens the search.
    qApp->installEventFilter(this);

    if (!restoreGeometry(controller.settings().windowGeometry()))
        resize(1100, 760);
    setMinimumSize(760, 520);
    retranslateUi();
    showPage(controller.flow().page());
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

void MainWindow::showSearch()
{
    if (!m_searchDialog) {
        m_searchDialog = new SearchDialog(
            [this](const QString& query, int limit) {
                return m_controller.searchSessions(query, limit);
            },
            this);
        connect(m_searchDialog, &SearchDialog::resultChosen, this, &MainWindow::openSearchResult);
    }
    m_searchDialog->showPanel();
}

void MainWindow::openSearchResult(const SearchResult& result)
{
    if (!m_controller.openSession(result.sessionId))
        return;
    if (result.messageId > 0 && m_controller.flow().page() == Page::Session)
        sessionPage()->revealMessage(result.messageId);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* widget = qobject_cast<QWidget*>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget &&
            widget->window() == this)
            return true; // not taken by the field: the shortcut goes to the search action
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::importScripts()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import scripts"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    ImportDialog dialog(m_controller, this);
    dialog.start(files);
    dialog.exec();
}

QWidget* MainWindow::pageWidget(Page page)
{
    switch (page) {
    case Page::Settings:
        return m_settingsPage;
    case Page::Check:
        return checkPage();
    case Page::Create:
        return createPage();
    case Page::Chat:
        return chatPage();
    case Page::Session:
        return sessionPage();
    }
    return nullptr;
}

template <typename T> T* MainWindow::addPage(T*& page)
{
    if (!page) {
        page = new T(m_controller, m_stack);
        m_stack->addWidget(page);
    }
    return page;
}

CheckPage* MainWindow::checkPage()
{
    return addPage(m_checkPage);
}

CreatePage* MainWindow::createPage()
{
    if (m_createPage)
        return m_createPage;
    addPage(m_createPage);
    connect(m_createPage, &CreatePage::importRequested, this, &MainWindow::importScripts);
    connect(m_createPage, &CreatePage::existingStoryChosen, this, [this](const QString& title) {
        if (m_controller.discardCreate())
            checkPage()->askFor(title);
    });
    return m_createPage;
}

ChatPage* MainWindow::chatPage()
{
    if (m_chatPage)
        return m_chatPage;
    addPage(m_chatPage);
    connect(m_chatPage->narrationBar(), &NarrationBar::voiceSettingsRequested, this,
            &MainWindow::showVoiceDialog);
    m_chatPage->setNarration(m_narration);
    return m_chatPage;
}

SessionPage* MainWindow::sessionPage()
{
    return addPage(m_sessionPage);
}

void MainWindow::showPage(Page page)
{
    m_banner->hide();
    m_sidebar->setLanguage(m_controller.storyLanguage());
    switch (page) {
    case Page::Settings:
        m_settingsPage->prepare();
        break;
    case Page::Check:
        checkPage()->prepare();
        break;
    case Page::Create:
        createPage()->prepare();
        break;
    case Page::Chat:
    case Page::Session:
        break;
    }
    m_stack->setCurrentWidget(pageWidget(page));
}

void MainWindow::setNarration(NarrationController* narration)
{
    m_narration = narration;
    if (m_chatPage)
        m_chatPage->setNarration(narration);
    m_voice->setVisible(narration != nullptr);
    if (!narration)
        return;
    connect(narration, &NarrationController::notice, m_banner, &ErrorBanner::showMessage);
}

void MainWindow::showVoiceDialog()
{
    if (!m_narration)
        return;
    VoiceDialog dialog(m_narration->voiceConfig(), m_controller.network(), m_narration,
                       m_controller.storyLanguage(), this);
    if (dialog.exec() == QDialog::Accepted && !m_narration->saveVoiceConfig(dialog.config()))
        m_banner->showMessage(tr("The voice settings were saved, but the API key could not be "
                                 "stored. Check that the data folder is writable, then enter "
                                 "the key again."));
    if (m_narration && m_chatPage)
        m_chatPage->setNarration(m_narration); // auto-narrate and speed as saved
}

void MainWindow::showProviderDialog()
{
    ProviderDialog dialog(m_controller, this);
    if (dialog.exec() == QDialog::Accepted)
        m_settingsPage->refreshStatus();
}

void MainWindow::buildMenus()
{
    m_storyMenu = menuBar()->addMenu(QString());
    m_newSession = m_storyMenu->addAction(QString());
    m_newSession->setObjectName(QStringLiteral("newSessionAction"));
    m_newSession->setShortcut(QKeySequence::New);
    connect(m_newSession, &QAction::triggered, this, [this] {
        switch (m_controller.flow().page()) {
        case Page::Chat:
            m_controller.endChat();
            break;
        case Page::Create:
            m_controller.discardCreate();
            m_controller.exitToSettings();
            break;
        default:
            m_controller.exitToSettings();
            break;
        }
    });
    m_search = m_storyMenu->addAction(QString());
    m_search->setObjectName(QStringLiteral("searchAction"));
    m_search->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_search, &QAction::triggered, this, &MainWindow::showSearch);
    m_importSession = m_storyMenu->addAction(QString());
    m_importSession->setObjectName(QStringLiteral("importSessionAction"));
    connect(m_importSession, &QAction::triggered, this, [this] { m_transfer->importSessions(); });
    m_exportSession = m_storyMenu->addAction(QString());
    m_exportSession->setObjectName(QStringLiteral("exportSessionAction"));
    connect(m_exportSession, &QAction::triggered, this, [this] {
        if (const auto session = m_controller.currentSession())
            m_transfer->exportSession(session->id);
    });
    connect(m_storyMenu, &QMenu::aboutToShow, this, [this] {
        const auto session = m_controller.currentSession();
        m_exportSession->setEnabled(session && session->messageCount > 0);
    });
    m_storyMenu->addSeparator();
    m_provider = m_storyMenu->addAction(QString());
    m_provider->setObjectName(QStringLiteral("providerAction"));
    connect(m_provider, &QAction::triggered, this, &MainWindow::showProviderDialog);
    m_voice = m_storyMenu->addAction(QString());
    m_voice->setObjectName(QStringLiteral("voiceAction"));
    m_voice->setVisible(false);
    connect(m_voice, &QAction::triggered, this, &MainWindow::showVoiceDialog);
    m_storyMenu->addSeparator();
    m_quit = m_storyMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    if (m_languages) {
        m_languageMenu = menuBar()->addMenu(QString());
        m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
        auto* group = new QActionGroup(this);
        for (const QString& code : Languages::codes()) {
            QAction* action = m_languageMenu->addAction(Languages::nativeName(code));
            action->setObjectName(QStringLiteral("language_") + code);
            action->setCheckable(true);
            action->setChecked(code == m_languages->current());
            group->addAction(action);
            connect(action, &QAction::triggered, this,
                    [this, code] { m_languages->setLanguage(code); });
        }
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString& code) {
            for (QAction* a : m_languageMenu->actions())
                a->setChecked(a->objectName() == QStringLiteral("language_") + code);
        });
        m_settingsPage->setLanguageManager(m_languages);
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString());
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Storyteller"),
                           tr("<h3>Storyteller %1</h3><p>True stories, told as a conversation.</p>")
                               .arg(QStringLiteral(STORYTELLER_VERSION)));
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller.flow().page() == Page::Chat)
        m_controller.endChat(); // saves the session
    m_controller.settings().setWindowGeometry(saveGeometry());
    m_controller.settings().sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Storyteller"));
    m_storyMenu->setTitle(tr("&Story"));
    m_newSession->setText(tr("&New session"));
    m_search->setText(tr("&Search sessions…"));
    m_importSession->setText(tr("&Import session…"));
    m_exportSession->setText(tr("&Export this session…"));
    m_provider->setText(tr("&Model provider…"));
    m_voice->setText(tr("Narration &voice…"));
    m_quit->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenu)
        m_languageMenu->setTitle(tr("&Language"));
    m_about->setText(tr("&About Storyteller"));
}

} // namespace st
