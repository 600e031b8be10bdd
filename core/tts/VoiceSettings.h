#pragma once

#include "core/tts/VoiceConfig.h"

#include <memory>

class QNetworkAccessManager;

namespace st {

class SecretStore;
class Settings;
class TtsProvider;

/// Reads and writes the narration voice's configuration: the settings file for all but the
/// key, the secret store for the key ("tts-openai", "tts-elevenlabs"). An OpenAI voice with
/// no key of its own uses the model provider's OpenAI key when there is one.
class VoiceSettings
{
public:
    VoiceSettings(Settings& settings, SecretStore& secrets);

    enum class KeyLookup
    {
        Read,
        Skip
    };
    VoiceConfig load(KeyLookup lookup = KeyLookup::Read) const;
    bool save(const VoiceConfig& config);
    static QString apiKeyName(const QString& provider);

    /// The voice \a config describes (the local voice for an unknown provider).
    static std::unique_ptr<TtsProvider> makeProvider(const VoiceConfig& config,
                                                     QNetworkAccessManager& network);
    /// "espeak", "openai", "elevenlabs".
    static QStringList providers();

private:
    Settings& m_settings;
    SecretStore& m_secrets;
};

} // namespace st
