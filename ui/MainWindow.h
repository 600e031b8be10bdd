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

    QWidget* pageWidget(Page page) const;
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
    void showProviderDialog();
    void importScripts();
    void openSearchResult(const SearchResult& result);

    AppController& m_controller;
    Sidebar* m_sidebar;
    ErrorBanner* m_banner;
    QStackedWidget* m_stack;
    SettingsPage* m_settingsPage;
    CheckPage* m_checkPage;
    CreatePage* m_createPage;
    ChatPage* m_chatPage;
    SessionPage* m_sessionPage;
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
