#include "support/FakeModelAppTest.h"

#include <QNetworkProxy>

namespace st {

void FakeModelAppTest::SetUp()
{
    ASSERT_TRUE(db.open().ok());
    ASSERT_TRUE(server.listen());
    network.setProxy(QNetworkProxy::NoProxy);
    settings = std::make_unique<Settings>(dir.settingsPath());
}

void FakeModelAppTest::makeController(ProviderSettings::Environment environment, Clock clock)
{
    AppServices services;
    services.network = &network;
    services.secrets = &secrets;
    services.narratorMsPerWord = 0;
    services.environment = std::move(environment);
    controller = std::make_unique<AppController>(
        db, *settings, std::move(clock), [](int) { return 0; }, services);
    controller->initialize();
}

} // namespace st
