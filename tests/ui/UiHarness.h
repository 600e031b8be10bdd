#pragma once

#include "core/flow/AppController.h"
#include "core/flow/NarrationController.h"
#include "core/flow/Page.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "support/FakeAudioPlayer.h"
#include "support/FakeTtsProvider.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"

#include <QStackedWidget>
#include <QTest>
#include <memory>

namespace st {

/// The real app (database, settings, controller, main window) on a data folder, as
/// app/main.cpp wires it, for widget tests and screenshots. Narration streams at full
/// speed and is read aloud by fake voices into a fake player.
class UiHarness
{
public:
    /// \a uiLanguage is the interface language the app starts in (as a system's would be).
    explicit UiHarness(const QString& dataDir, int msPerWord = 0, AppServices services = {},
                       const QString& uiLanguage = QStringLiteral("en"));
    ~UiHarness();

    /// Services that point the app at the OpenAI-compatible server at \a serverBase (its
    /// /v1, model "test-model") through the environment, with \a network and \a secrets.
    static AppServices modelServices(const QUrl& serverBase, QNetworkAccessManager& network,
                                     SecretStore& secrets);

    bool isOpen() const { return m_window != nullptr; }
    /// Narration: a fake player (clips end at once unless told otherwise) and fake voices.
    NarrationController& narration() { return *m_narration; }
    FakeAudioPlayer& player() { return *m_player; }
    /// The configured voice the narration made last (nullptr before the first reading).
    FakeTtsProvider* voice() const { return m_voice; }
    SecretStore& secrets() { return *m_secrets; }
    /// Voices made from now on speak real WAVs of \a ms per sentence (0: "FAKE:" bytes).
    void setVoiceWavMs(int ms) { m_wavMs = ms; }
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
    /// From the first page: names the session \a name, asks for \a request and waits for
    /// the chat's first reply.
    bool startStory(const QString& name, const QString& request);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore* m_secrets = nullptr;
    std::unique_ptr<FakeAudioPlayer> m_player;
    std::unique_ptr<NarrationController> m_narration;
    FakeTtsProvider* m_voice = nullptr;
    int m_wavMs = 0;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace st
