#pragma once

#include "core/llm/ProviderConfig.h"

#include <functional>

namespace st {

class SecretStore;
class Settings;

/// Reads and writes the model provider's configuration: the settings file for everything
/// but the key, the secret store for the key, and environment variables on top for
/// scripting (STORYTELLER_PROVIDER=openai|ollama, STORYTELLER_BASE_URL,
/// STORYTELLER_API_KEY, STORYTELLER_MODEL, STORYTELLER_EMBEDDING_MODEL).
class ProviderSettings
{
public:
    using Environment = std::function<QString(const char*)>;

    ProviderSettings(Settings& settings, SecretStore& secrets, Environment env = {});

    enum class KeyLookup
    {
        Read,
        Skip
    };
    /// The configuration; with KeyLookup::Skip the secret store is not asked (for showing where
    /// the narrator comes from, which needs no key and must not wait on a keychain).
    ProviderConfig load(KeyLookup lookup = KeyLookup::Read) const;
    /// Saves \a config (the key to the secret store). Values overridden by the environment
    /// are saved too but stay overridden while the variable is set.
    bool save(const ProviderConfig& config);
    static QString apiKeyName(const QString& presetId);

private:
    Settings& m_settings;
    SecretStore& m_secrets;
    Environment m_env;
};

} // namespace st
