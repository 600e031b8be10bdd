#pragma once

#include "core/flow/AppController.h"
#include "core/llm/ProviderSettings.h"
#include "core/settings/SecretStore.h"
#include "core/settings/Settings.h"
#include "core/store/Database.h"
#include "core/util/Clock.h"
#include "support/FakeLlmServer.h"
#include "support/TempDataDir.h"

#include <QNetworkAccessManager>
#include <gtest/gtest.h>
#include <memory>

namespace st {

/// A fixture for an AppController on a fresh data folder whose model may be a FakeLlmServer:
/// SetUp() opens the folder's database, starts the server, sets the network to use no proxy
/// and makes the settings; makeController() makes the controller.
class FakeModelAppTest : public ::testing::Test
{
protected:
    void SetUp() override;

    /// An initialized controller with \a environment as AppServices::environment (e.g.
    /// fakemodel::environment(server)), this fixture's network and secrets, \a clock, the
    /// random function that always gives 0 and the offline narrator without pauses.
    void makeController(ProviderSettings::Environment environment, Clock clock = systemClock());

    TempDataDir dir;
    Database db{dir.databasePath()};
    FakeLlmServer server;
    QNetworkAccessManager network;
    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    std::unique_ptr<Settings> settings;
    std::unique_ptr<AppController> controller;
};

} // namespace st
