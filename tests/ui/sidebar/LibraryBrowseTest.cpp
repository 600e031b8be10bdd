// Browsing the library (issue 18), through the real window: every story in the UI's
// story language with a summary, its languages and how far it was heard; a filter over
// titles, summaries and keywords; a click tells the story; an unknown request offers the
// three closest titles, and one click tells that one.
#include "UiHarness.h"
#include "core/library/ListeningHistory.h"
#include "core/library/ScriptListModel.h"
#include "core/narration/ChatSession.h"
#include "support/BundledLibraryFacts.h"
#include "support/TempDataDir.h"
#include "ui/sidebar/LibraryItemDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <gtest/gtest.h>

namespace st {
namespace {

QModelIndex rowTitled(QListView* list, const QString& title)
{
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        const QModelIndex index = list->model()->index(r, 0);
        if (index.data(ScriptListModel::TitleRole).toString() == title)
            return index;
    }
    return {};
}

TEST(LibraryBrowseTest, AKoreanListenerBrowsesFiltersAndPicksAStory)
{
    TempDataDir dir;
    UiHarness app(dir.path(), 0, {}, QStringLiteral("ko"));
    ASSERT_TRUE(app.isOpen());
    auto* list = app.find<QListView>("libraryList");
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->model()->rowCount(), testdata::kBundledStories);
    const QModelIndex sinan = rowTitled(list, QStringLiteral("신안선"));
    ASSERT_TRUE(sinan.isValid());
    EXPECT_FALSE(sinan.data(ScriptListModel::SummaryRole).toString().isEmpty());
    EXPECT_EQ(LibraryItemDelegate::details(sinan),
              QStringLiteral("EN · KO · JA · ES — ") + LibraryItemDelegate::heard(-1, 14));
    EXPECT_GE(list->itemDelegate()->sizeHint(QStyleOptionViewItem(), sinan).height(),
              list->fontMetrics().height() * 3); // title, summary, details

    // The filter looks in summaries and keywords too: 무역선 is in no title.
    app.find<QLineEdit>("libraryFilter")->setText(QStringLiteral("무역선")); // QTest types ASCII
    EXPECT_GE(list->model()->rowCount(), 1);
    EXPECT_LT(list->model()->rowCount(), testdata::kBundledStories);
    EXPECT_TRUE(rowTitled(list, QStringLiteral("신안선")).isValid());
    app.find<QLineEdit>("libraryFilter")->clear();
    ASSERT_EQ(list->model()->rowCount(), testdata::kBundledStories);

    // On the Check page a click tells the story.
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Evening")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_EQ(app.page(), Page::Check);
    const QModelIndex pick = rowTitled(list, QStringLiteral("신안선"));
    list->scrollTo(pick);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(pick).center());
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(app.controller().chat()->script().title, QStringLiteral("신안선"));
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("ok")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());
    EXPECT_EQ(rowTitled(list, QStringLiteral("신안선")).data(ScriptListModel::HeardRole).toInt(),
              1);
    EXPECT_EQ(LibraryItemDelegate::details(rowTitled(list, QStringLiteral("신안선"))),
              QStringLiteral("EN · KO · JA · ES — ") + LibraryItemDelegate::heard(1, 14));
}

TEST(LibraryBrowseTest, AnUnknownStoryOffersTheThreeClosestTitles)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Evening")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("a frozen ship lost in the arctic ice")));
    // Stricter than the default so that a good description is still "unknown" here.
    app.controller().settings().setUnknownThreshold(100);
    app.controller().settings().setMatchThreshold(100);
    ASSERT_TRUE(app.click("askButton"));
    auto* first = app.find<QPushButton>("closestStory0");
    ASSERT_NE(first, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return first->isVisible(); }, 5000));
    EXPECT_TRUE(app.find<QLabel>("closestLabel")->isVisible());
    QStringList offered;
    for (const char* name : {"closestStory0", "closestStory1", "closestStory2"}) {
        auto* button = app.find<QPushButton>(name);
        EXPECT_TRUE(button->isVisible()) << name;
        offered.append(button->text());
    }
    EXPECT_EQ(offered.first(), QStringLiteral("Franklin's Lost Expedition"))
        << offered.join(u',').toStdString();
    EXPECT_EQ(QSet<QString>(offered.begin(), offered.end()).size(), 3);
    ASSERT_TRUE(app.click("closestStory0"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
    EXPECT_EQ(app.controller().chat()->script().title,
              QStringLiteral("Franklin's Lost Expedition"));
}

} // namespace
} // namespace st
