// The read-aloud controls on the chat page, through the real widgets: the reply is read as
// it streams with its sentence shown and marked in the bubble; pause, resume, stop, play
// the last reply again (from the cache); the voice dialog saves a cloud voice and its key.
#include "UiHarness.h"
#include "core/narration/ChatSession.h"
#include "core/settings/Settings.h"
#include "core/tts/SpeechCache.h"
#include "core/tts/VoiceSettings.h"
#include "support/TempDataDir.h"
#include "ui/MessageDelegate.h"
#include "ui/MessageView.h"
#include "ui/VoiceDialog.h"
#include "ui/pages/ChatPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

namespace st {
namespace {

using State = NarrationQueue::State;

bool startStory(UiHarness& app)
{
    return app.type("sessionNameEdit", QStringLiteral("Evening")) && app.click("startButton") &&
           app.type("queryEdit", QStringLiteral("anything")) && app.click("askButton") &&
           QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 5000) && app.waitUntilIdle();
}

qint64 lastReplyId(UiHarness& app)
{
    const auto& messages = app.controller().chat()->model()->messages();
    return messages.isEmpty() ? 0 : messages.last().id;
}

TEST(NarrationTest, ReadsAloudWithItsControlsAndIndicator)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    app.player().autoFinish = false; // each clip sounds until the test ends it
    ASSERT_TRUE(startStory(app));

    auto* bar = app.find<QWidget>("narrationBar");
    ASSERT_TRUE(bar && bar->isVisible());
    auto* autoCheck = app.find<QCheckBox>("autoNarrateCheck");
    ASSERT_TRUE(autoCheck && autoCheck->isChecked());
    auto* reading = app.find<QLabel>("narrationReading");
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Playing; }, 5000));
    const QString sentence = app.narration().currentText();
    EXPECT_FALSE(sentence.isEmpty());
    // The whole sentence (the label elides what does not fit; the tooltip has it all).
    EXPECT_TRUE(reading->toolTip().contains(sentence)) << reading->toolTip().toStdString();
    EXPECT_FALSE(reading->text().isEmpty());
    auto* view = app.find<MessageView>("messageView");
    auto* delegate = qobject_cast<MessageDelegate*>(view->itemDelegate());
    ASSERT_TRUE(delegate);
    EXPECT_EQ(delegate->readingMessage(), lastReplyId(app));

    ASSERT_TRUE(app.click("narrationPlayButton")); // pause
    EXPECT_EQ(app.narration().state(), State::Paused);
    EXPECT_TRUE(reading->toolTip().contains(sentence));
    ASSERT_TRUE(app.click("narrationPlayButton")); // resume
    EXPECT_EQ(app.narration().state(), State::Playing);
    app.player().finishClip();
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.player().played.size() == 2; }, 5000));
    EXPECT_NE(app.narration().currentText(), sentence);

    ASSERT_TRUE(app.click("narrationStopButton"));
    EXPECT_EQ(app.narration().state(), State::Idle);
    EXPECT_TRUE(reading->text().isEmpty());
    EXPECT_EQ(delegate->readingMessage(), 0);

    // Play reads the last reply again from its start; what was spoken comes from the cache.
    app.player().autoFinish = true;
    app.player().played.clear();
    ASSERT_TRUE(app.click("narrationPlayButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Idle; }, 5000));
    EXPECT_GE(app.player().played.size(), 2);
    EXPECT_EQ(app.player().playedTexts().first(), sentence);
    int askedForFirst = 0;
    for (const TtsRequest& r : app.voice()->requests)
        askedForFirst += r.text == sentence ? 1 : 0;
    EXPECT_EQ(askedForFirst, 1); // synthesized once, replayed from the cache

    // Auto-narrate off: the next reply is not read; the choice is remembered.
    autoCheck->setChecked(false);
    EXPECT_FALSE(app.controller().settings().value(Settings::Key::VoiceAutoNarrate).toBool());
    app.player().played.clear();
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("They must have panicked.")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());
    QTest::qWait(50);
    EXPECT_TRUE(app.player().played.isEmpty());

    // The speed chosen is remembered and used for the next sentences.
    auto* speed = app.find<QComboBox>("narrationSpeedCombo");
    ASSERT_TRUE(speed);
    const int fast = speed->findData(1.5);
    ASSERT_GE(fast, 0);
    speed->setCurrentIndex(fast);
    Q_EMIT speed->activated(fast);
    EXPECT_DOUBLE_EQ(app.controller().settings().value(Settings::Key::VoiceSpeed).toDouble(), 1.5);
    ASSERT_TRUE(app.click("narrationPlayButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Idle; }, 5000));
    ASSERT_TRUE(app.voice());
    EXPECT_DOUBLE_EQ(app.voice()->requests.last().speed, 1.5);
}

TEST(NarrationTest, ReadAloudFromTheMessageMenuAndStopWithTheReply)
{
    TempDataDir dir;
    UiHarness app(dir.path(), 40); // the reply takes a while to write
    ASSERT_TRUE(app.isOpen());
    app.player().autoFinish = false;
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Evening")) &&
                app.click("startButton") && app.type("queryEdit", QStringLiteral("anything")) &&
                app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !app.player().played.isEmpty(); }, 10000));
    ASSERT_TRUE(app.controller().chat()->isBusy()); // the voice starts before the reply ends
    ASSERT_TRUE(app.click("stopButton"));           // stopping the reply stops the voice
    EXPECT_EQ(app.narration().state(), State::Idle);
    EXPECT_EQ(app.player().state(), AudioPlayer::State::Stopped);

    auto* view = app.find<MessageView>("messageView");
    Q_EMIT view->readAloudRequested(lastReplyId(app)); // "Read aloud" in the message's menu
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Playing; }, 5000));
    EXPECT_EQ(app.narration().messageId(), lastReplyId(app));
    Q_EMIT view->stopReadingRequested();
    EXPECT_EQ(app.narration().state(), State::Idle);
}

TEST(NarrationTest, ExportsTheSessionsAudioAndTranscript)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    app.setVoiceWavMs(40);
    ASSERT_TRUE(startStory(app));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Idle; }, 5000));
    auto* exportButton = app.find<QPushButton>("exportAudioButton");
    ASSERT_TRUE(exportButton && exportButton->isVisible());
    auto* page = app.find<ChatPage>("chatPage");
    page->exportAudioTo(dir.filePath(QStringLiteral("evening")));
    auto* status = app.find<QLabel>("chatStatus");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return status->text().contains(QStringLiteral(".md")); }, 10000))
        << status->text().toStdString();
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("evening.wav"))));
    const QByteArray md = dir.readFile(QStringLiteral("evening.md"));
    EXPECT_TRUE(md.contains(app.controller().chat()->script().title.toUtf8()));
    ASSERT_TRUE(app.voice());                     // the export's own voice...
    EXPECT_TRUE(app.voice()->requests.isEmpty()); // ...had nothing to say: all from the cache
}

// Issue 20: the page exports in the format the save dialog chose (here given directly).
TEST(NarrationTest, ExportsTheSessionAsMp3WithChapters)
{
    if (QStandardPaths::findExecutable(QStringLiteral("lame")).isEmpty())
        GTEST_SKIP() << "lame is not installed (Debian: lame)";
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    app.setVoiceWavMs(40);
    ASSERT_TRUE(startStory(app));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.narration().state() == State::Idle; }, 5000));
    auto* page = app.find<ChatPage>("chatPage");
    page->exportAudioTo(dir.filePath(QStringLiteral("evening.mp3")), AudioFormat::Mp3);
    auto* status = app.find<QLabel>("chatStatus");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return status->text().contains(QStringLiteral(".md")); }, 20000))
        << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(QStringLiteral("evening.mp3")))
        << status->text().toStdString();
    const QByteArray mp3 = dir.readFile(QStringLiteral("evening.mp3"));
    EXPECT_TRUE(mp3.startsWith("ID3"));
    EXPECT_TRUE(mp3.contains("CHAP"));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("evening.wav"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("evening.cue"))));
}

TEST(NarrationTest, VoiceDialogSavesACloudVoiceAndItsKey)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    QTimer::singleShot(0, [&] {
        auto* dialog = app.window().findChild<VoiceDialog*>(QStringLiteral("voiceDialog"));
        ASSERT_TRUE(dialog);
        auto* provider = dialog->findChild<QComboBox*>(QStringLiteral("voiceProviderCombo"));
        auto* key = dialog->findChild<QLineEdit*>(QStringLiteral("voiceApiKeyEdit"));
        EXPECT_FALSE(key->isVisible()); // the local voice needs no key
        const int eleven = provider->findData(QStringLiteral("elevenlabs"));
        provider->setCurrentIndex(eleven);
        Q_EMIT provider->activated(eleven);
        EXPECT_TRUE(key->isVisible());
        key->setText(QStringLiteral("xi-key-from-dialog"));
        auto* tryButton = dialog->findChild<QPushButton*>(QStringLiteral("voiceTryButton"));
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("voiceTryResult"));
        ASSERT_TRUE(tryButton && tryButton->isVisible());
        tryButton->click();
        EXPECT_TRUE(QTest::qWaitFor([&] { return tryButton->isEnabled(); }, 5000));
        EXPECT_FALSE(result->text().isEmpty());
        ASSERT_TRUE(app.voice());
        EXPECT_EQ(app.voice()->id(), QStringLiteral("elevenlabs")); // the fields' voice, unsaved
        dialog->findChild<QLineEdit*>(QStringLiteral("voiceEdit_ko"))
            ->setText(QStringLiteral("ko-voice"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    app.window().showVoiceDialog();
    const VoiceConfig saved = VoiceSettings(app.controller().settings(), app.secrets()).load();
    EXPECT_EQ(saved.provider, QStringLiteral("elevenlabs"));
    EXPECT_EQ(saved.apiKey, QStringLiteral("xi-key-from-dialog"));
    EXPECT_EQ(saved.voiceFor(QStringLiteral("ko")), QStringLiteral("ko-voice"));
}

} // namespace
} // namespace st
