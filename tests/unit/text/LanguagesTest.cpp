#include "core/text/Languages.h"

#include <gtest/gtest.h>

using namespace st;

TEST(LanguagesTest, CodesInMenuOrder)
{
    EXPECT_EQ(Languages::codes(), (QStringList{QStringLiteral("en"), QStringLiteral("ko"),
                                               QStringLiteral("ja"), QStringLiteral("es")}));
    EXPECT_TRUE(Languages::isSupported(QStringLiteral("ja")));
    EXPECT_FALSE(Languages::isSupported(QStringLiteral("fr")));
    EXPECT_FALSE(Languages::isSupported(QString()));
}

TEST(LanguagesTest, NativeNamesAndUnknownCodesAsTheyAre)
{
    EXPECT_EQ(Languages::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(Languages::nativeName(QStringLiteral("ko")), QStringLiteral("한국어"));
    EXPECT_EQ(Languages::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    EXPECT_EQ(Languages::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
    EXPECT_EQ(Languages::nativeName(QStringLiteral("fr")), QStringLiteral("fr"));
}

TEST(LanguagesTest, PromptNamesAreEnglishWithTheNativeName)
{
    EXPECT_EQ(Languages::promptName(QStringLiteral("en")), QStringLiteral("English"));
    EXPECT_EQ(Languages::promptName(QStringLiteral("ko")), QStringLiteral("Korean (한국어)"));
    EXPECT_EQ(Languages::promptName(QStringLiteral("ja")), QStringLiteral("Japanese (日本語)"));
    EXPECT_EQ(Languages::promptName(QStringLiteral("es")), QStringLiteral("Spanish (español)"));
    EXPECT_EQ(Languages::promptName(QStringLiteral("fr")), QStringLiteral("English"));
}
