#pragma once

#include "core/llm/ProviderSettings.h"

class QNetworkAccessManager;

namespace st {

class SecretStore;

/// What AppController uses but does not own; anything left null it makes itself.
struct AppServices
{
    QNetworkAccessManager* network = nullptr;
    SecretStore* secrets = nullptr;
    ProviderSettings::Environment environment = {};
};

} // namespace st
