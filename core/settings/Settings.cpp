#include "core/settings/Settings.h"

#include <QtGlobal>
#include <array>

namespace st {
namespace {

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const std::array<KeyInfo, 35>& keyTable()
{
    static const std::array<KeyInfo, 35> table{{
        {Settings::Key::UiLanguage, "ui/language", QString()},
        {Settings::Key::StoryLanguage, "story/language", QStringLiteral("en")},
        {Settings::Key::UnknownThreshold, "evaluator/unknownThreshold", 80},
        {Settings::Key::MatchThreshold, "evaluator/matchThreshold", 95},
        {Settings::Key::NarratorMsPerWord, "narrator/msPerWord", 35},
        {Settings::Key::SidebarLibraryExpanded, "ui/sidebarLibraryExpanded", true},
        {Settings::Key::WindowGeometry, "ui/windowGeometry", QByteArray()},
        {Settings::Key::ProviderPreset, "provider/preset", QStringLiteral("offline")},
        {Settings::Key::ProviderBaseUrl, "provider/baseUrl", QString()},
        {Settings::Key::ProviderModel, "provider/model", QString()},
        {Settings::Key::ProviderEmbeddingModel, "provider/embeddingModel", QString()},
        {Settings::Key::ProviderTemperature, "provider/temperature", 0.8},
        {Settings::Key::ProviderMaxTokens, "provider/maxTokens", 1024},
        {Settings::Key::ProviderContextBudget, "provider/contextBudget", 8192},
        {Settings::Key::ProviderConnectTimeoutMs, "provider/connectTimeoutMs", 15000},
        {Settings::Key::ProviderIdleTimeoutMs, "provider/idleTimeoutMs", 60000},
        {Settings::Key::TranslateInput, "story/translateInput", true},
        {Settings::Key::WebMaxPageBytes, "web/maxPageBytes", 5 * 1024 * 1024},
        {Settings::Key::WebConnectTimeoutMs, "web/connectTimeoutMs", 15000},
        {Settings::Key::WebIdleTimeoutMs, "web/idleTimeoutMs", 30000},
        {Settings::Key::CreateChunkTokens, "create/chunkTokens", 1000},
        {Settings::Key::CreateOverlapTokens, "create/overlapTokens", 100},
        {Settings::Key::VoiceProvider, "voice/provider", QStringLiteral("espeak")},
        {Settings::Key::VoiceAutoNarrate, "voice/autoNarrate", true},
        {Settings::Key::VoiceSpeed, "voice/speed", 1.0},
        {Settings::Key::VoiceNames, "voice/voices", QVariantMap()},
        {Settings::Key::VoiceOpenAiBaseUrl, "voice/openai/baseUrl",
         QStringLiteral("https://api.openai.com/v1")},
        {Settings::Key::VoiceOpenAiModel, "voice/openai/model", QStringLiteral("gpt-4o-mini-tts")},
        {Settings::Key::VoiceOpenAiInstructions, "voice/openai/instructions",
         QStringLiteral("Speak warmly and calmly, like a storyteller reading aloud.")},
        {Settings::Key::VoiceElevenLabsBaseUrl, "voice/elevenlabs/baseUrl",
         QStringLiteral("https://api.elevenlabs.io")},
        {Settings::Key::VoiceElevenLabsModel, "voice/elevenlabs/model",
         QStringLiteral("eleven_multilingual_v2")},
        {Settings::Key::VoiceElevenLabsStability, "voice/elevenlabs/stability", 0.5},
        {Settings::Key::VoiceElevenLabsSimilarity, "voice/elevenlabs/similarityBoost", 0.75},
        {Settings::Key::VoiceElevenLabsStyle, "voice/elevenlabs/style", 0.0},
        {Settings::Key::VoiceElevenLabsSpeakerBoost, "voice/elevenlabs/speakerBoost", true},
    }};
    return table;
}

// The languages Storyteller speaks (its interface and its stories).
bool isAppLanguage(const QString& code)
{
    return code == QLatin1String("en") || code == QLatin1String("ko") ||
           code == QLatin1String("ja") || code == QLatin1String("es");
}

const KeyInfo& info(Settings::Key key)
{
    for (const KeyInfo& entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (key == Key::StoryLanguage) {
        setStoryLanguage(value.toString());
        return;
    }
    // Compared with the value in effect, so setting a key to its default is no change.
    const bool same = this->value(key) == value;
    if (same && m_settings->contains(keyName(key)))
        return;
    // The story language follows the interface's until one is chosen.
    const QString storyBefore = key == Key::UiLanguage ? storyLanguage() : QString();
    m_settings->setValue(keyName(key), value);
    if (!same)
        Q_EMIT changed(key);
    if (key == Key::UiLanguage && storyLanguage() != storyBefore)
        Q_EMIT changed(Key::StoryLanguage);
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::uiLanguage() const
{
    return value(Key::UiLanguage).toString();
}
void Settings::setUiLanguage(const QString& code)
{
    setValue(Key::UiLanguage, code);
}

QString Settings::storyLanguage() const
{
    const QString chosen = m_settings->value(keyName(Key::StoryLanguage)).toString();
    if (isAppLanguage(chosen))
        return chosen;
    const QString ui = uiLanguage();
    return isAppLanguage(ui) ? ui : defaultValue(Key::StoryLanguage).toString();
}

bool Settings::storyLanguageChosen() const
{
    return isAppLanguage(m_settings->value(keyName(Key::StoryLanguage)).toString());
}
void Settings::setStoryLanguage(const QString& code)
{
    // Compared with the language in effect, which may be the interface's.
    const QString before = storyLanguage();
    if (storyLanguageChosen() && before == code)
        return;
    m_settings->setValue(keyName(Key::StoryLanguage), code);
    if (storyLanguage() != before)
        Q_EMIT changed(Key::StoryLanguage);
}

int Settings::unknownThreshold() const
{
    return qBound(0, value(Key::UnknownThreshold).toInt(), 100);
}
void Settings::setUnknownThreshold(int score)
{
    setValue(Key::UnknownThreshold, qBound(0, score, 100));
}

int Settings::matchThreshold() const
{
    return qBound(unknownThreshold(), value(Key::MatchThreshold).toInt(), 100);
}
void Settings::setMatchThreshold(int score)
{
    setValue(Key::MatchThreshold, qBound(0, score, 100));
}

int Settings::narratorMsPerWord() const
{
    return qBound(0, value(Key::NarratorMsPerWord).toInt(), 2000);
}
void Settings::setNarratorMsPerWord(int ms)
{
    setValue(Key::NarratorMsPerWord, qBound(0, ms, 2000));
}

bool Settings::sidebarLibraryExpanded() const
{
    return value(Key::SidebarLibraryExpanded).toBool();
}
void Settings::setSidebarLibraryExpanded(bool expanded)
{
    setValue(Key::SidebarLibraryExpanded, expanded);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

} // namespace st
