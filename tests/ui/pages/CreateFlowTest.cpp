// Create, through the real widgets, against a fake model server and a fake web server:
// Check (unknown story) → Create → an address → the steps → the script in the editable
// preview → Save → Check finds it at ≥ 95 and the story starts. Also: a page already in
// the library is offered instead of a duplicate; Cancel saves nothing; no model, no writing.
#include "UiHarness.h"
#include "core/flow/ScriptCreator.h"
#include "core/library/ScriptLibrary.h"
#include "core/narration/ChatSession.h"
#include "core/settings/SecretStore.h"
#include "support/FakeLlmServer.h"
#include "support/FakeWebServer.h"
#include "support/StoryTestData.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

namespace st {
namespace {

const QString kChat = QStringLiteral("/v1/chat/completions");

const QByteArray kArticle = R"(<!doctype html><html lang="en"><head>
<title>The dancing plague of 1518 | Example History</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
<article><h1>The dancing plague of 1518</h1>
<p>In July 1518 a woman known as Frau Troffea stepped into a narrow street in Strasbourg and began to dance. She did not stop for days, and no one could say why.</p>
<p>Within a week dozens of people had joined her. By August, chroniclers wrote, hundreds were dancing in the streets, some until they collapsed from exhaustion.</p>
<p>The city council, advised by physicians who blamed "hot blood", built a wooden stage and hired musicians, believing the dancers had to dance the sickness out of them.</p>
<p>When that only drew more dancers, the council banned music and public dancing and sent the afflicted to a shrine of Saint Vitus in the hills, where the outbreak slowly ended.</p>
</article>
<footer>Copyright Example History. <a href="/privacy">Privacy</a></footer>
</body></html>)";

FakeResponse say(const QString& text)
{
    return FakeResponse::openAiStream({text}, 100, 5);
}

FakeResponse writerAnswer(int msPerPiece = 0)
{
    const QString markdown =
        QStringLiteral("# Summary: In 1518 people in Strasbourg danced for weeks.\n"
                       "# Keywords: Strasbourg, 1518, Frau Troffea, dancing plague\n") +
        testdata::wellFormedMarkdown();
    QStringList pieces;
    for (qsizetype i = 0; i < markdown.size(); i += 60)
        pieces.append(markdown.mid(i, 60));
    FakeResponse response = FakeResponse::openAiStream(pieces, 500, 400);
    if (msPerPiece > 0)
        response.slow(msPerPiece);
    return response;
}

/// With STORYTELLER_SCREENSHOTS=DIR (tools/screenshots.sh), saves the window as DIR/NAME.png.
void screenshot(UiHarness& app, const char* name)
{
    const QString dir = qEnvironmentVariable("STORYTELLER_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    app.window().grab().save(
        QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png")));
}

QString lastStep(UiHarness& app)
{
    auto* steps = app.find<QListWidget>("createSteps");
    return steps->count() ? steps->item(steps->count() - 1)->text() : QString();
}

class CreateFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(llm.listen());
        ASSERT_TRUE(web.listen());
        web.route(QStringLiteral("/dancing"), FakeWebServer::Response::html(kArticle));
        llm.setDefaultResponse(kChat, say(QStringLiteral("Score: 10")));
        app = std::make_unique<UiHarness>(
            dir.path(), 0, UiHarness::modelServices(llm.baseUrl(), network, secrets));
        ASSERT_TRUE(app->isOpen());
        ASSERT_TRUE(app->type("sessionNameEdit", QStringLiteral("New stories")));
        ASSERT_TRUE(app->click("startButton"));
    }

    /// Asks for an unknown story and follows Create.
    void openCreate()
    {
        ASSERT_TRUE(app->type("queryEdit", QStringLiteral("the dancing plague of 1518")));
        ASSERT_TRUE(app->click("askButton"));
        auto* create = app->find<QPushButton>("createButton");
        ASSERT_TRUE(QTest::qWaitFor([&] { return create->isVisible(); }, 10000));
        ASSERT_TRUE(app->click("createButton"));
        ASSERT_EQ(app->page(), Page::Create);
    }

    TempDataDir dir;
    FakeLlmServer llm;
    FakeWebServer web;
    QNetworkAccessManager network;
    SecretStore secrets{dir.path(), SecretStore::Backend::FileOnly};
    std::unique_ptr<UiHarness> app;
};

TEST_F(CreateFlowTest, UnknownStoryToCreateToPreviewToSaveThenCheckFindsIt)
{
    openCreate();
    const int scriptsBefore = app->controller().library().count();
    EXPECT_FALSE(app->find<QWidget>("modelNotice")->isVisible());
    EXPECT_EQ(app->controller().creator().request(), QStringLiteral("the dancing plague of 1518"));

    llm.enqueue(kChat, writerAnswer(5));
    ASSERT_TRUE(app->type("createUrlEdit", web.url(QStringLiteral("/dancing")).toString()));
    ASSERT_TRUE(app->click("writeFromUrlButton"));
    EXPECT_TRUE(app->find<QWidget>("createProgress")->isVisible());
    EXPECT_TRUE(app->find<QWidget>("cancelCreateButton")->isVisible());
    auto* save = app->find<QPushButton>("saveScriptButton");
    auto* editor = app->find<QPlainTextEdit>("scriptEdit");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return editor->toPlainText().contains(QStringLiteral("exposition")); }, 15000));
    screenshot(*app, "create-writing");
    ASSERT_TRUE(QTest::qWaitFor([&] { return save->isEnabled(); }, 15000))
        << lastStep(*app).toStdString();
    screenshot(*app, "create-preview");

    // The steps as they happened, and the page's text (not its menus) went to the writer.
    auto* steps = app->find<QListWidget>("createSteps");
    QStringList seen;
    for (int i = 0; i < steps->count(); ++i)
        seen.append(steps->item(i)->text());
    const QString all = seen.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Read “The dancing plague of 1518”")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("Writing the script: section 14 of 14")))
        << all.toStdString();
    EXPECT_EQ(app->find<QProgressBar>("createProgress")->value(), 100);
    const FakeRequest writer = llm.requests(kChat).last();
    const QString body = QString::fromUtf8(writer.body);
    EXPECT_TRUE(body.contains(QStringLiteral("Frau Troffea stepped into a narrow street")));
    EXPECT_TRUE(body.contains(QStringLiteral("the dancing plague of 1518")));
    EXPECT_FALSE(body.contains(QStringLiteral("About us")));

    // The preview: parsed, 14 sections, from this page; the text is editable.
    EXPECT_FALSE(editor->isReadOnly());
    EXPECT_TRUE(editor->toPlainText().startsWith(QStringLiteral("# Source: ") +
                                                 web.url(QStringLiteral("/dancing")).toString()));
    EXPECT_TRUE(app->find<QLabel>("parseReport")->text().contains(QStringLiteral("14 of 14")))
        << app->find<QLabel>("parseReport")->text().toStdString();
    QString edited = editor->toPlainText();
    edited.replace(QStringLiteral("# Title: The Dancing Plague"),
                   QStringLiteral("# Title: The Strasbourg Dancers"));
    editor->setPlainText(edited);

    llm.setDefaultResponse(kChat, say(QStringLiteral("Score: 100")));
    QSignalSpy checks(&app->controller(), &AppController::checkFinished);
    ASSERT_TRUE(app->click("saveScriptButton"));
    EXPECT_EQ(app->controller().library().count(), scriptsBefore + 1);
    const auto saved = app->controller().library().findBySourceUrl(
        web.url(QStringLiteral("/dancing")).toString(), QStringLiteral("en"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, QStringLiteral("The Strasbourg Dancers"));
    const auto script = app->controller().library().script(saved->id);
    ASSERT_TRUE(script);
    EXPECT_EQ(script->tellableChapters().size(), 14);
    EXPECT_EQ(script->summary, QStringLiteral("In 1518 people in Strasbourg danced for weeks."));

    // Back on Check, the new story is asked for and found (score ≥ 95): the story starts.
    ASSERT_TRUE(QTest::qWaitFor([&] { return app->page() == Page::Chat; }, 10000))
        << app->find<QLabel>("checkResult")->text().toStdString();
    ASSERT_EQ(checks.size(), 1);
    const auto evaluation = checks.first().at(0).value<Evaluation>();
    EXPECT_GE(evaluation.score, 95);
    EXPECT_EQ(evaluation.scriptId, saved->id);
    ASSERT_NE(app->controller().chat(), nullptr);
    EXPECT_EQ(app->controller().chat()->script().title, QStringLiteral("The Strasbourg Dancers"));
    EXPECT_EQ(app->find<QLineEdit>("queryEdit")->text(), QStringLiteral("The Strasbourg Dancers"));
}

TEST_F(CreateFlowTest, APageAlreadyInTheLibraryIsOfferedInstead)
{
    Script existing = testdata::numberedScript(5);
    existing.title = QStringLiteral("The Dancing Plague");
    existing.source.kind = QStringLiteral("url");
    existing.source.url = web.url(QStringLiteral("/dancing")).toString();
    ASSERT_TRUE(app->controller().library().add(existing));
    openCreate();
    const int requestsBefore = int(llm.requests(kChat).size());

    ASSERT_TRUE(app->type("createUrlEdit", web.url(QStringLiteral("/dancing/")).toString()));
    ASSERT_TRUE(app->click("writeFromUrlButton"));
    auto* notice = app->find<QWidget>("duplicateNotice");
    ASSERT_TRUE(notice->isVisible());
    screenshot(*app, "create-duplicate");
    EXPECT_TRUE(
        notice->findChild<QLabel*>()->text().contains(QStringLiteral("The Dancing Plague")));
    EXPECT_TRUE(web.requests().isEmpty()) << "the page is not even fetched";
    EXPECT_EQ(int(llm.requests(kChat).size()), requestsBefore);

    llm.setDefaultResponse(kChat, say(QStringLiteral("Score: 100")));
    ASSERT_TRUE(app->click("useExistingButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app->page() == Page::Chat; }, 10000));
    EXPECT_EQ(app->controller().chat()->script().title, QStringLiteral("The Dancing Plague"));
}

TEST_F(CreateFlowTest, CancelWhileWritingSavesNothingAndKeepsThePage)
{
    openCreate();
    const int scriptsBefore = app->controller().library().count();
    llm.enqueue(kChat, writerAnswer(60));
    ASSERT_TRUE(app->type("createUrlEdit", web.url(QStringLiteral("/dancing")).toString()));
    ASSERT_TRUE(app->click("writeFromUrlButton"));
    auto* editor = app->find<QPlainTextEdit>("scriptEdit");
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return editor->toPlainText().contains(QStringLiteral("prologue")); }, 10000));
    ASSERT_TRUE(app->click("cancelCreateButton"));
    EXPECT_EQ(app->controller().creator().stage(), ScriptCreator::Stage::Cancelled);
    EXPECT_TRUE(lastStep(*app).contains(QStringLiteral("Nothing was saved")));
    EXPECT_EQ(app->page(), Page::Create);
    EXPECT_FALSE(editor->isReadOnly());
    EXPECT_FALSE(editor->toPlainText().isEmpty()) << "what was written so far stays";
    EXPECT_EQ(app->find<QLineEdit>("createUrlEdit")->text(),
              web.url(QStringLiteral("/dancing")).toString());
    QTest::qWait(300);
    EXPECT_EQ(app->controller().library().count(), scriptsBefore);
}

TEST_F(CreateFlowTest, AnUnreadablePageSaysWhatHappened)
{
    web.route(QStringLiteral("/gone"), FakeWebServer::Response::error(404));
    openCreate();
    ASSERT_TRUE(app->type("createUrlEdit", web.url(QStringLiteral("/gone")).toString()));
    ASSERT_TRUE(app->click("writeFromUrlButton"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return app->controller().creator().stage() == ScriptCreator::Stage::Failed; },
        10000));
    EXPECT_TRUE(lastStep(*app).startsWith(QStringLiteral("✗"))) << lastStep(*app).toStdString();
    EXPECT_TRUE(lastStep(*app).contains(QStringLiteral("404"))) << lastStep(*app).toStdString();
    EXPECT_TRUE(app->find<QPushButton>("writeFromUrlButton")->isEnabled())
        << "the user can try again";
}

TEST(CreateWithoutModelTest, WritingIsOffAndSaysWhyButAReadyScriptCanBeSaved)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Offline")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("the dancing plague of 1518")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return app.find<QWidget>("createButton")->isVisible(); }, 10000));
    ASSERT_TRUE(app.click("createButton"));
    EXPECT_TRUE(app.find<QWidget>("modelNotice")->isVisible());
    app.find<QLineEdit>("createUrlEdit")->setText(QStringLiteral("https://example.org/a"));
    EXPECT_FALSE(app.find<QPushButton>("writeFromUrlButton")->isEnabled());

    app.find<QPlainTextEdit>("scriptEdit")->setPlainText(testdata::wellFormedMarkdown());
    auto* save = app.find<QPushButton>("saveScriptButton");
    ASSERT_TRUE(QTest::qWaitFor([&] { return save->isEnabled(); }, 3000));
    const int before = app.controller().library().count();
    ASSERT_TRUE(app.click("saveScriptButton"));
    EXPECT_EQ(app.controller().library().count(), before + 1);
    EXPECT_NE(app.page(), Page::Create);
}

} // namespace
} // namespace st
