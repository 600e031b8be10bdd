#pragma once

#include "core/flow/Page.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QStackedWidget;

namespace st {

class AppController;
class ChatPage;
class CheckPage;
class CreatePage;
class ErrorBanner;
class LanguageManager;
class NarrationController;
class SearchDialog;
struct SearchResult;
class SessionPage;
class SettingsPage;
class SessionTransfer;
class Sidebar;

/// The window: sidebar on the left, the flow's current page on the right. Only binds
/// widgets to the controller; all decisions are made in core.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// \a languages, when given, is offered in the Language menu and on the first page.
    explicit MainWindow(AppController& controller, LanguageManager* languages = nullptr,
                        QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The widget of \a page, made when first asked for (only the first page is made with
    /// the window, so that it is painted sooner).
    QWidget* pageWidget(Page page);
    /// Reads the chat aloud with \a narration: controls on the chat page, the voice
    /// settings in the Story menu, its notices in the banner.
    void setNarration(NarrationController* narration);
    void showVoiceDialog();
    /// The search panel (Ctrl+F, Ctrl+K).
    void showSearch();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenus();
    void retranslateUi();
    void showPage(Page page);
    template <typename T> T* addPage(T*& page);
    CheckPage* checkPage();
    CreatePage* createPage();
    ChatPage* chatPage();
    SessionPage* sessionPage();
    void showProviderDialog();
    void importScripts();
    void openSearchResult(const SearchResult& result);

    AppController& m_controller;
    Sidebar* m_sidebar = nullptr;
    SessionTransfer* m_transfer = nullptr;
    ErrorBanner* m_banner = nullptr;
    QStackedWidget* m_stack = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    CheckPage* m_checkPage = nullptr;
    CreatePage* m_createPage = nullptr;
    ChatPage* m_chatPage = nullptr;
    SessionPage* m_sessionPage = nullptr;
    QMenu* m_storyMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    LanguageManager* m_languages = nullptr;
    QAction* m_newSession = nullptr;
    QAction* m_search = nullptr;
    QAction* m_importSession = nullptr;
    QAction* m_exportSession = nullptr;
    SearchDialog* m_searchDialog = nullptr;
    QAction* m_voice = nullptr;
    NarrationController* m_narration = nullptr;
    QAction* m_provider = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
};

} // namespace st
