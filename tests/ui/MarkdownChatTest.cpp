// A model that writes Markdown, through the real app against the fake server: its reply
// streams into the chat in small pieces and the chat shows it formatted (a heading, bold,
// a list), while the listener's answer stays as typed. With STORYTELLER_SCREENSHOTS=DIR the
// chat page is saved as DIR/markdown-reply.png.
#include "UiHarness.h"
#include "core/settings/SecretStore.h"
#include "core/store/MessageListModel.h"
#include "support/FakeLlmServer.h"
#include "support/TempDataDir.h"
#include "ui/MessageView.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kPath = QStringLiteral("/v1/chat/completions");

const QString kChapter = QStringLiteral(
    "## Found adrift\n\n"
    "On 4 December 1872 the crew of the *Dei Gratia* sighted a brigantine drifting east of "
    "the Azores. Her captain, David Morehouse, knew her: the **Mary Celeste**, which had "
    "left New York a month before.\n\n"
    "What the boarding party found:\n\n"
    "- the sails set, some of them torn\n"
    "- six months of food and water\n"
    "- **no one at all**\n\n"
    "What do you think happened to the crew?");

/// \a text in pieces of \a size characters, as a model streams it.
QStringList pieces(const QString& text, int size)
{
    QStringList out;
    for (qsizetype at = 0; at < text.size(); at += size)
        out << text.mid(at, size);
    return out;
}

TEST(MarkdownChatTest, AModelsMarkdownReplyIsFormattedInTheChat)
{
    FakeLlmServer server;
    ASSERT_TRUE(server.listen());
    server.enqueue(kPath, FakeResponse::openAiStream({QStringLiteral("Score: 100")}, 300, 3));
    server.enqueue(
        kPath, FakeResponse::openAiStream(
                   pieces(QStringLiteral("Have you heard of the **Mary Celeste**?"), 5), 400, 8));
    server.enqueue(kPath, FakeResponse::openAiStream(pieces(kChapter, 4), 900, 120).slow(2));

    TempDataDir dir;
    QNetworkAccessManager network;
    SecretStore secrets(dir.path(), SecretStore::Backend::FileOnly);
    UiHarness app(dir.path(), 0, UiHarness::modelServices(server.baseUrl(), network, secrets));
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("The ghost ship")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("the ghost ship of 1872")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 10000));
    ASSERT_TRUE(app.waitUntilIdle());
    ASSERT_TRUE(app.type("messageInput", QStringLiteral("No, *never*. Tell me!")));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    ASSERT_TRUE(app.waitUntilIdle());

    auto* view = app.find<MessageView>("messageView");
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->model()->rowCount(), 3);
    const QModelIndex reply = view->model()->index(2, 0);
    ASSERT_EQ(reply.data(MessageListModel::ContentRole).toString(), kChapter);
    const QTextDocument& doc = view->textDocument(reply);
    const QString shown = doc.toPlainText();
    EXPECT_FALSE(shown.contains(u'*')) << shown.toStdString();
    EXPECT_FALSE(shown.contains(u'#')) << shown.toStdString();
    EXPECT_EQ(doc.firstBlock().text(), QStringLiteral("Found adrift"));
    EXPECT_EQ(doc.firstBlock().blockFormat().headingLevel(), 2);
    int bold = 0;
    int listed = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        listed += block.textList() != nullptr;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().fontWeight() >= QFont::Bold &&
                it.fragment().text() == QStringLiteral("Mary Celeste"))
                ++bold;
    }
    EXPECT_EQ(bold, 1);
    EXPECT_EQ(listed, 3);
    EXPECT_EQ(view->textDocument(view->model()->index(1, 0)).toPlainText(),
              QStringLiteral("No, *never*. Tell me!"));
    EXPECT_FALSE(view->textDocument(view->model()->index(0, 0)).toPlainText().contains(u'*'));

    const QString shots = qEnvironmentVariable("STORYTELLER_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QTest::qWait(150);
        EXPECT_TRUE(
            app.window().grab().save(QDir(shots).filePath(QStringLiteral("markdown-reply.png"))));
    }
}

} // namespace
} // namespace st
