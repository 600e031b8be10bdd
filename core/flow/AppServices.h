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
    int narratorMsPerWord = -1; // the offline narrator's pace; -1: from the settings
};

} // namespace st
