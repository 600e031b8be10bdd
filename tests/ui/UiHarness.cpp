#include "UiHarness.h"

#include "core/flow/AudiobookMode.h"
#include "core/narration/ChatSession.h"
#include "support/FakeModel.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace st {

UiHarness::UiHarness(const QString& dataDir, int msPerWord, AppServices services,
                     const QString& uiLanguage)
{
    m_database =
        std::make_unique<Database>(QDir(dataDir).filePath(QStringLiteral("storyteller.db")));
    if (!m_database->open().ok())
        return;
    m_settings = std::make_unique<Settings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    m_settings->setNarratorMsPerWord(msPerWord);
    m_secrets = services.secrets;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<SecretStore>(dataDir, SecretStore::Backend::FileOnly);
        m_secrets = services.secrets = m_ownSecrets.get();
    }
    m_controller = std::make_unique<AppController>(*m_database, *m_settings, systemClock(),
                                                   std::function<int(int)>(), std::move(services));
    m_controller->initialize();
    m_player = std::make_unique<FakeAudioPlayer>();
    NarrationController::Deps deps{*m_settings, *m_secrets, m_controller->network(), *m_player,
                                   m_database->connection()};
    deps.makeProvider = [this](const VoiceConfig& config) {
        auto voice = std::make_unique<FakeTtsProvider>(config.provider);
        voice->wavMs = m_wavMs;
        m_voice = voice.get();
        return voice;
    };
    deps.makeLocal = [this] {
        auto voice = std::make_unique<FakeTtsProvider>(QStringLiteral("espeak"));
        voice->wavMs = m_wavMs;
        return voice;
    };
    m_narration = std::make_unique<NarrationController>(deps);
    m_narration->follow(*m_controller);
    m_controller->audiobook().setNarration(m_narration.get());
    m_languages = std::make_unique<LanguageManager>(*m_settings);
    m_languages->setLanguage(uiLanguage);
    m_window = std::make_unique<MainWindow>(*m_controller, m_languages.get());
    m_window->setNarration(m_narration.get());
    m_window->resize(1100, 760);
    m_window->show();
    QCoreApplication::processEvents();
}

UiHarness::~UiHarness()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_narration.reset();
    m_languages.reset();
    m_controller.reset();
    m_settings.reset();
    m_database.reset();
}

QWidget* UiHarness::currentPage() const
{
    auto* stack = find<QStackedWidget>("pages");
    return stack ? stack->currentWidget() : nullptr;
}

bool UiHarness::click(const char* objectName)
{
    auto* button = find<QAbstractButton>(objectName);
    if (!button || !button->isEnabled() || !button->isVisible())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
    return true;
}

bool UiHarness::type(const char* objectName, const QString& text)
{
    if (auto* line = find<QLineEdit>(objectName)) {
        line->clear();
        QTest::keyClicks(line, text);
        return true;
    }
    if (auto* edit = find<QPlainTextEdit>(objectName)) {
        edit->clear();
        edit->setFocus();
        QTest::keyClicks(edit, text);
        return true;
    }
    return false;
}

bool UiHarness::startStory(const QString& name, const QString& request)
{
    return type("sessionNameEdit", name) && click("startButton") && type("queryEdit", request) &&
           click("askButton") && QTest::qWaitFor([this] { return page() == Page::Chat; }, 5000) &&
           waitUntilIdle();
}

bool UiHarness::waitUntilIdle(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            ChatSession* chat = m_controller->chat();
            return chat && !chat->isBusy();
        },
        timeoutMs);
}

AppServices UiHarness::modelServices(const QUrl& serverBase, QNetworkAccessManager& network,
                                     SecretStore& secrets)
{
    AppServices services;
    services.network = &network;
    services.secrets = &secrets;
    services.environment =
        fakemodel::environment(QUrl(serverBase.toString() + QStringLiteral("/v1")));
    return services;
}

} // namespace st
