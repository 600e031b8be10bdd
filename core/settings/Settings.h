#pragma once

#include <QObject>
#include <QSettings>
#include <QVariant>
#include <memory>

namespace st {

/// Typed settings over QSettings. Every key lives in one table (Settings.cpp) with its
/// default; callers use the typed getters and setters, never raw keys. Passed in, never a
/// singleton: tests construct one over a temporary INI file.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key
    {
        UiLanguage,
        StoryLanguage,
        UnknownThreshold,
        MatchThreshold,
        NarratorMsPerWord,
        SidebarLibraryExpanded,
        WindowGeometry,
        ProviderPreset,
        ProviderBaseUrl,
        ProviderModel,
        ProviderEmbeddingModel,
        ProviderTemperature,
        ProviderMaxTokens,
        ProviderContextBudget,
        ProviderConnectTimeoutMs,
        ProviderIdleTimeoutMs,
        TranslateInput,
        WebMaxPageBytes,
        WebConnectTimeoutMs,
        WebIdleTimeoutMs,
        CreateChunkTokens,
        CreateOverlapTokens,
        VoiceProvider,
        VoiceAutoNarrate,
        VoiceSpeed,
        VoiceNames,
        VoiceOpenAiBaseUrl,
        VoiceOpenAiModel,
        VoiceOpenAiInstructions,
        VoiceElevenLabsBaseUrl,
        VoiceElevenLabsModel,
        VoiceElevenLabsStability,
        VoiceElevenLabsSimilarity,
        VoiceElevenLabsStyle,
        VoiceElevenLabsSpeakerBoost,
    };
    Q_ENUM(Key)

    /// Uses the INI file at \a filePath.
    explicit Settings(const QString& filePath, QObject* parent = nullptr);
    ~Settings() override;

    QString filePath() const;

    QString uiLanguage() const;
    void setUiLanguage(const QString& code);
    /// The language chosen for stories; until one is, the interface's (which the app sets
    /// at start: the system's when it is one of the four), else English. changed(StoryLanguage) is
    /// emitted when a new interface language moves it.
    QString storyLanguage() const;
    void setStoryLanguage(const QString& code);
    /// Whether a story language was chosen (saved), rather than following the interface.
    bool storyLanguageChosen() const;
    int unknownThreshold() const;
    void setUnknownThreshold(int score);
    int matchThreshold() const;
    void setMatchThreshold(int score);
    int narratorMsPerWord() const;
    void setNarratorMsPerWord(int ms);
    bool sidebarLibraryExpanded() const;
    void setSidebarLibraryExpanded(bool expanded);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    void sync();

Q_SIGNALS:
    void changed(st::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace st
