#pragma once

#include "core/llm/OpenAiClient.h"
#include "support/FakeLlmServer.h"

#include <QNetworkAccessManager>
#include <gtest/gtest.h>
#include <memory>

namespace st {

/// A fixture with a FakeLlmServer as the model: SetUp() starts the server and makes client,
/// an OpenAiClient of fakemodel::config(server) that gives up on a reply idle for 5 s.
class FakeModelTest : public ::testing::Test
{
protected:
    void SetUp() override;

    FakeLlmServer server;
    QNetworkAccessManager network;
    std::unique_ptr<OpenAiClient> client;
};

} // namespace st
