#include "core/settings/Settings.h"

#include "support/QtPrinters.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <set>

namespace st {
namespace {

class SettingsTest : public ::testing::Test
{
protected:
    TempDataDir dir;
};

TEST_F(SettingsTest, Defaults)
{
    Settings settings(dir.settingsPath());
    EXPECT_EQ(settings.filePath(), dir.settingsPath());
    EXPECT_TRUE(settings.uiLanguage().isEmpty());
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("en"));
    EXPECT_EQ(settings.unknownThreshold(), 80);
    EXPECT_EQ(settings.matchThreshold(), 95);
    EXPECT_EQ(settings.narratorMsPerWord(), 35);
    EXPECT_TRUE(settings.sidebarLibraryExpanded());
    EXPECT_TRUE(settings.windowGeometry().isEmpty());
    EXPECT_TRUE(settings.value(Settings::Key::ProviderModel).toString().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.settingsPath())); // reading writes nothing
}

TEST_F(SettingsTest, KeysAreUniqueAndHaveDefaults)
{
    std::set<std::string> names;
    for (auto key : {Settings::Key::UiLanguage, Settings::Key::StoryLanguage,
                     Settings::Key::UnknownThreshold, Settings::Key::MatchThreshold,
                     Settings::Key::NarratorMsPerWord, Settings::Key::SidebarLibraryExpanded,
                     Settings::Key::WindowGeometry, Settings::Key::ProviderModel}) {
        const QString name = Settings::keyName(key);
        EXPECT_FALSE(name.isEmpty());
        EXPECT_TRUE(names.insert(name.toStdString()).second) << name.toStdString();
    }
    EXPECT_EQ(Settings::defaultValue(Settings::Key::MatchThreshold).toInt(), 95);
}

TEST_F(SettingsTest, SetThenGet)
{
    Settings settings(dir.settingsPath());
    settings.setUiLanguage(QStringLiteral("ko"));
    settings.setStoryLanguage(QStringLiteral("ja"));
    settings.setUnknownThreshold(70);
    settings.setMatchThreshold(90);
    settings.setNarratorMsPerWord(0);
    settings.setSidebarLibraryExpanded(false);
    settings.setWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
    settings.setValue(Settings::Key::ProviderModel, QStringLiteral("밤의 이야기"));
    EXPECT_EQ(settings.uiLanguage(), QStringLiteral("ko"));
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("ja"));
    EXPECT_EQ(settings.unknownThreshold(), 70);
    EXPECT_EQ(settings.matchThreshold(), 90);
    EXPECT_EQ(settings.narratorMsPerWord(), 0);
    EXPECT_FALSE(settings.sidebarLibraryExpanded());
    EXPECT_EQ(settings.windowGeometry(), QByteArray("\x01\x02\x00\xff", 4));
    EXPECT_EQ(settings.value(Settings::Key::ProviderModel).toString(),
              QStringLiteral("밤의 이야기"));
    EXPECT_EQ(settings.value(Settings::Key::StoryLanguage).toString(), QStringLiteral("ja"));
}

TEST_F(SettingsTest, ChangedIsEmittedOncePerRealChange)
{
    Settings settings(dir.settingsPath());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setStoryLanguage(QStringLiteral("ko"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::StoryLanguage);
    settings.setStoryLanguage(QStringLiteral("ko"));
    EXPECT_EQ(spy.count(), 1);
    settings.setUnknownThreshold(75);
    settings.setUnknownThreshold(75);
    EXPECT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(1).at(0).value<Settings::Key>(), Settings::Key::UnknownThreshold);
    // Setting a value to what it already is (its default) is no change.
    settings.setMatchThreshold(95);
    settings.setSidebarLibraryExpanded(true);
    EXPECT_EQ(spy.count(), 2);
    // A clamped value equal to the current one is no change either.
    settings.setUnknownThreshold(100);
    settings.setUnknownThreshold(250);
    EXPECT_EQ(spy.count(), 3);
}

TEST_F(SettingsTest, StoryLanguageFollowsTheInterfaceUntilOneIsChosen)
{
    Settings settings(dir.settingsPath());
    QSignalSpy spy(&settings, &Settings::changed);
    EXPECT_FALSE(settings.storyLanguageChosen());
    settings.setUiLanguage(QStringLiteral("ko"));
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("ko"));
    EXPECT_FALSE(settings.storyLanguageChosen());
    ASSERT_EQ(spy.count(), 2);
    EXPECT_EQ(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::UiLanguage);
    EXPECT_EQ(spy.at(1).at(0).value<Settings::Key>(), Settings::Key::StoryLanguage);

    // Choosing English under a Korean interface is a change, and a choice that sticks.
    settings.setStoryLanguage(QStringLiteral("en"));
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("en"));
    EXPECT_TRUE(settings.storyLanguageChosen());
    ASSERT_EQ(spy.count(), 3);
    EXPECT_EQ(spy.at(2).at(0).value<Settings::Key>(), Settings::Key::StoryLanguage);
    settings.setUiLanguage(QStringLiteral("ja"));
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("en"));
    ASSERT_EQ(spy.count(), 4);
    EXPECT_EQ(spy.at(3).at(0).value<Settings::Key>(), Settings::Key::UiLanguage);
    settings.setStoryLanguage(QStringLiteral("en"));
    EXPECT_EQ(spy.count(), 4);
}

TEST_F(SettingsTest, AStoryLanguageOutsideTheFourIsNotAChoice)
{
    Settings settings(dir.settingsPath());
    settings.setUiLanguage(QStringLiteral("es"));
    settings.setValue(Settings::Key::StoryLanguage, QStringLiteral("klingon"));
    EXPECT_FALSE(settings.storyLanguageChosen());
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("es"));
    settings.setUiLanguage(QStringLiteral("xx"));
    EXPECT_EQ(settings.storyLanguage(), QStringLiteral("en"));
}

TEST_F(SettingsTest, ValuesPersistToTheIniFile)
{
    {
        Settings settings(dir.settingsPath());
        settings.setStoryLanguage(QStringLiteral("es"));
        settings.setUnknownThreshold(60);
        settings.setMatchThreshold(85);
        settings.setNarratorMsPerWord(12);
        settings.setSidebarLibraryExpanded(false);
        settings.setWindowGeometry(QByteArray("geometry\0bytes", 14));
        settings.setValue(Settings::Key::ProviderModel, QStringLiteral("Noche de historias"));
        settings.sync();
    }
    const QByteArray ini = dir.readFile(QStringLiteral("storyteller.ini"));
    EXPECT_TRUE(ini.contains("language=es")) << ini.toStdString();
    EXPECT_TRUE(ini.contains("unknownThreshold=60")) << ini.toStdString();

    Settings reread(dir.settingsPath());
    EXPECT_EQ(reread.storyLanguage(), QStringLiteral("es"));
    EXPECT_EQ(reread.unknownThreshold(), 60);
    EXPECT_EQ(reread.matchThreshold(), 85);
    EXPECT_EQ(reread.narratorMsPerWord(), 12);
    EXPECT_FALSE(reread.sidebarLibraryExpanded());
    EXPECT_EQ(reread.windowGeometry(), QByteArray("geometry\0bytes", 14));
    EXPECT_EQ(reread.value(Settings::Key::ProviderModel).toString(),
              QStringLiteral("Noche de historias"));

    // Values read back from the file compare equal to the same values set again.
    QSignalSpy spy(&reread, &Settings::changed);
    reread.setUnknownThreshold(60);
    reread.setNarratorMsPerWord(12);
    reread.setSidebarLibraryExpanded(false);
    reread.setStoryLanguage(QStringLiteral("es"));
    EXPECT_EQ(spy.count(), 0);
    reread.setMatchThreshold(90);
    EXPECT_EQ(spy.count(), 1);
}

TEST_F(SettingsTest, ThresholdsAndPaceAreClamped)
{
    Settings settings(dir.settingsPath());
    settings.setUnknownThreshold(150);
    EXPECT_EQ(settings.unknownThreshold(), 100);
    settings.setUnknownThreshold(-5);
    EXPECT_EQ(settings.unknownThreshold(), 0);
    settings.setMatchThreshold(1000);
    EXPECT_EQ(settings.matchThreshold(), 100);
    // The match threshold never falls below the unknown threshold.
    settings.setUnknownThreshold(90);
    settings.setMatchThreshold(50);
    EXPECT_EQ(settings.matchThreshold(), 90);
    settings.setNarratorMsPerWord(-1);
    EXPECT_EQ(settings.narratorMsPerWord(), 0);
    settings.setNarratorMsPerWord(999999);
    EXPECT_EQ(settings.narratorMsPerWord(), 2000);
}

TEST_F(SettingsTest, HandEditedOutOfRangeValuesAreClampedWhenRead)
{
    ASSERT_TRUE(dir.writeFile(QStringLiteral("storyteller.ini"),
                              "[evaluator]\nunknownThreshold=400\nmatchThreshold=-20\n"
                              "[narrator]\nmsPerWord=-7\n"));
    Settings settings(dir.settingsPath());
    EXPECT_EQ(settings.unknownThreshold(), 100);
    EXPECT_EQ(settings.matchThreshold(), 100);
    EXPECT_EQ(settings.narratorMsPerWord(), 0);
}

} // namespace
} // namespace st
