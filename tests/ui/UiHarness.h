#pragma once

#include "core/flow/AppController.h"
#include "core/flow/Page.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QStackedWidget>
#include <QTest>
#include <memory>

namespace st {

/// The real app (database, settings, controller, main window) on a data folder, as
/// app/main.cpp wires it, for widget tests and screenshots. Narration streams at full
/// speed.
class UiHarness
{
public:
    explicit UiHarness(const QString& dataDir, int msPerWord = 0, AppServices services = {});
    ~UiHarness();

    /// Services that point the app at the OpenAI-compatible server at \a serverBase (its
    /// /v1, model "test-model") through the environment, with \a network and \a secrets.
    static AppServices modelServices(const QUrl& serverBase, QNetworkAccessManager& network,
                                     SecretStore& secrets);

    bool isOpen() const { return m_window != nullptr; }
    AppController& controller() { return *m_controller; }
    MainWindow& window() { return *m_window; }
    LanguageManager& languages() { return *m_languages; }
    Page page() const { return m_controller->flow().page(); }
    QWidget* currentPage() const;

    template <typename T> T* find(const char* objectName) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(objectName));
    }

    /// Clicks the button named \a objectName; false when there is none or it is disabled.
    bool click(const char* objectName);
    /// Types \a text into the widget named \a objectName (replacing what is there).
    bool type(const char* objectName, const QString& text);
    /// Waits until the narrator has finished its reply.
    bool waitUntilIdle(int timeoutMs = 10000);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace st
