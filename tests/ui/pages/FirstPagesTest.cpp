// The first pages as a new user meets them: the story language and the library follow the
// interface language until a story language is chosen, and a near match can be accepted
// with "Yes, tell that one" or Enter on the unchanged request.
#include "UiHarness.h"
#include "core/narration/ChatSession.h"
#include "support/BundledLibraryFacts.h"
#include "support/TempDataDir.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <gtest/gtest.h>

namespace st {
namespace {

QStringList libraryTitles(UiHarness& app)
{
    QStringList titles;
    const QAbstractItemModel* model = app.find<QListView>("libraryList")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->index(row, 0).data().toString());
    titles.sort();
    return titles;
}

QString storyLanguage(UiHarness& app)
{
    return app.find<QComboBox>("storyLanguageCombo")->currentData().toString();
}

TEST(FirstPagesTest, AKoreanDesktopIsOfferedKoreanStories)
{
    TempDataDir dir;
    UiHarness app(dir.path(), 0, {}, QStringLiteral("ko"));
    ASSERT_TRUE(app.isOpen());
    EXPECT_EQ(storyLanguage(app), QStringLiteral("ko"));
    const QStringList titles = libraryTitles(app);
    ASSERT_EQ(titles.size(), testdata::kBundledStories);
    EXPECT_TRUE(titles.contains(QStringLiteral("메리 셀레스트호")))
        << titles.join(u',').toStdString();

    // Started without touching the combo: the story is told in Korean.
    ASSERT_TRUE(app.click("startButton"));
    app.find<QLineEdit>("queryEdit")
        ->setText(QStringLiteral("메리 셀레스트호")); // QTest types ASCII
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    EXPECT_EQ(app.controller().chat()->session().language, QStringLiteral("ko"));
}

TEST(FirstPagesTest, TheStoryLanguageFollowsTheInterfaceUntilChosen)
{
    TempDataDir dir;
    UiHarness app(dir.path(), 0, {}, QStringLiteral("en"));
    ASSERT_TRUE(app.isOpen());
    EXPECT_EQ(storyLanguage(app), QStringLiteral("en"));
    EXPECT_TRUE(libraryTitles(app).contains(QStringLiteral("The Mary Celeste")));

    app.languages().setLanguage(QStringLiteral("ja"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(storyLanguage(app), QStringLiteral("ja"));
    EXPECT_EQ(app.controller().storyLanguage(), QStringLiteral("ja"));
    EXPECT_TRUE(libraryTitles(app).contains(QStringLiteral("メアリー・セレスト号")))
        << libraryTitles(app).join(u',').toStdString();

    // A language picked in the combo stays when the interface changes again.
    auto* combo = app.find<QComboBox>("storyLanguageCombo");
    const int spanish = combo->findData(QStringLiteral("es"));
    ASSERT_GE(spanish, 0);
    combo->setCurrentIndex(spanish);
    Q_EMIT combo->activated(spanish);
    app.languages().setLanguage(QStringLiteral("ko"));
    QCoreApplication::sendPostedEvents();
    EXPECT_EQ(storyLanguage(app), QStringLiteral("es"));
    EXPECT_TRUE(libraryTitles(app).contains(QStringLiteral("El Mary Celeste")))
        << libraryTitles(app).join(u',').toStdString();
}

class NearMatchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(app.isOpen());
        ASSERT_TRUE(app.click("startButton"));
        ASSERT_EQ(app.page(), Page::Check);
        ask(kNearRequest);
    }

    void ask(const QString& request)
    {
        auto* result = app.find<QLabel>("checkResult");
        result->clear();
        ASSERT_TRUE(app.type("queryEdit", request));
        ASSERT_TRUE(app.click("askButton"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !result->text().isEmpty(); }, 5000));
    }

    const QString kNearRequest =
        QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar");
    TempDataDir dir;
    UiHarness app{dir.path()};
};

TEST_F(NearMatchTest, YesTellsThatOne)
{
    EXPECT_EQ(app.page(), Page::Check);
    EXPECT_TRUE(app.find<QLabel>("checkResult")->text().contains(QStringLiteral("Mary Celeste")));
    ASSERT_TRUE(app.find<QPushButton>("acceptSuggestionButton")->isVisible());
    ASSERT_TRUE(app.click("acceptSuggestionButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    EXPECT_EQ(app.controller().chat()->script().title, QStringLiteral("The Mary Celeste"));
}

TEST_F(NearMatchTest, EnterOnTheUnchangedRequestAccepts)
{
    QTest::keyClick(app.find<QLineEdit>("queryEdit"), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    EXPECT_EQ(app.controller().chat()->script().title, QStringLiteral("The Mary Celeste"));
}

TEST_F(NearMatchTest, EnterOnANewRequestAsksAgain)
{
    auto* query = app.find<QLineEdit>("queryEdit");
    query->setText(QStringLiteral("quantum chromodynamics lattice"));
    auto* result = app.find<QLabel>("checkResult");
    QTest::keyClick(query, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !result->text().isEmpty() && !result->text().contains(u'“'); }, 5000))
        << result->text().toStdString();
    EXPECT_EQ(app.page(), Page::Check);
    EXPECT_FALSE(app.find<QPushButton>("acceptSuggestionButton")->isVisible());
    EXPECT_FALSE(app.controller().acceptSuggestion());
}

TEST_F(NearMatchTest, AnUnknownStoryOffersNoYes)
{
    ask(QStringLiteral("quantum chromodynamics lattice"));
    EXPECT_FALSE(app.find<QPushButton>("acceptSuggestionButton")->isVisible());
    EXPECT_TRUE(app.find<QWidget>("unknownOptions")->isVisible());
}

} // namespace
} // namespace st
