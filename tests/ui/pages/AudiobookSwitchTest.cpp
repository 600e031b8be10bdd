// "Listen without answering" on the chat page, through the real widgets: the switch turns
// the audiobook mode on and the next chapter follows by itself; a message turns it off and
// is answered; Ctrl+Shift+L and the media keys (Next, Stop) reach the mode. The mode's
// waits are held by the test, so nothing waits real time.
#include "UiHarness.h"
#include "core/flow/AudiobookMode.h"
#include "core/narration/ChatSession.h"
#include "support/TempDataDir.h"

#include <QPushButton>
#include <QTimer>
#include <gtest/gtest.h>

namespace st {
namespace {

class AudiobookSwitchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(app.isOpen());
        mode().setSchedule([this](int ms, std::function<void()> action) {
            if (ms > 0)
                held.append(std::move(action));
            else
                QTimer::singleShot(0, &app.window(), std::move(action));
        });
        ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Evening")));
        ASSERT_TRUE(app.click("startButton"));
        ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
        ASSERT_TRUE(app.click("askButton"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000));
        ASSERT_TRUE(app.waitUntilIdle());
    }

    AudiobookMode& mode() { return app.controller().audiobook(); }
    ChatSession* chat() { return app.controller().chat(); }
    /// Ends the held waits: the next chapter starts.
    void runHeld()
    {
        for (const auto& action : std::exchange(held, {}))
            action();
    }
    bool chapterTold(int chapter)
    {
        return QTest::qWaitFor([&] { return chat()->chapter() == chapter && !chat()->isBusy(); },
                               10000);
    }

    TempDataDir dir;
    UiHarness app{dir.path()};
    QVector<std::function<void()>> held;
};

TEST_F(AudiobookSwitchTest, TheSwitchTellsOnAndAMessageTurnsItOff)
{
    auto* listen = app.find<QPushButton>("listenWithoutAnsweringButton");
    ASSERT_TRUE(listen && listen->isVisible() && listen->isCheckable());
    EXPECT_FALSE(listen->isChecked());

    listen->click();
    EXPECT_TRUE(mode().isOn());
    EXPECT_TRUE(listen->isChecked());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !held.isEmpty(); }, 10000)); // read, then a pause
    runHeld();
    ASSERT_TRUE(chapterTold(1)); // no answer was given
    ASSERT_TRUE(QTest::qWaitFor([&] { return !held.isEmpty(); }, 10000));

    // A message: back to conversation at once, and it is answered.
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("I think they were scared.")));
    ASSERT_TRUE(app.click("sendButton"));
    EXPECT_FALSE(mode().isOn());
    EXPECT_FALSE(listen->isChecked());
    ASSERT_TRUE(chapterTold(2));
    runHeld();
    QTest::qWait(50);
    EXPECT_EQ(chat()->chapter(), 2); // nothing follows by itself
}

TEST_F(AudiobookSwitchTest, KeysTurnItOnSkipAndStop)
{
    auto* input = app.find<QWidget>("messageInput");
    ASSERT_TRUE(input);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(mode().isOn());
    EXPECT_TRUE(app.find<QPushButton>("listenWithoutAnsweringButton")->isChecked());

    QTest::keyClick(input, Qt::Key_MediaNext); // the next chapter now
    ASSERT_TRUE(chapterTold(1));
    EXPECT_TRUE(mode().isOn());

    QTest::keyClick(input, Qt::Key_MediaStop);
    EXPECT_FALSE(mode().isOn());
    runHeld();
    QTest::qWait(50);
    EXPECT_EQ(chat()->chapter(), 1);

    // The next-chapter button works in a conversation too.
    ASSERT_TRUE(app.click("nextChapterButton"));
    ASSERT_TRUE(chapterTold(2));
}

} // namespace
} // namespace st
