// Saves a picture of every page of the real window, driven through the offline flow:
//   storyteller-screenshots OUTPUT_DIR [STORY_LANGUAGE]
// Used for the README and to look at what we build (tools/screenshots.sh).
#include "UiHarness.h"
#include "core/library/ScriptLibrary.h"
#include "core/narration/ChatSession.h"
#include "ui/ProviderDialog.h"
#include "ui/Theme.h"
#include "ui/VoiceDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <cstdio>

namespace {

bool save(st::UiHarness& app, const QString& dir, const QString& name)
{
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = app.window().grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// The window with \a combo's popup open over it (a popup is a window of its own, which
// the window's grab leaves out).
bool saveWithPopup(st::UiHarness& app, QComboBox* combo, const QString& dir, const QString& name)
{
    combo->showPopup();
    QTest::qWait(200);
    QWidget* popup = combo->view()->window();
    QImage image = app.window().grab().toImage();
    QPainter painter(&image);
    painter.drawPixmap(app.window().mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
    painter.end();
    combo->hidePopup();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    const bool ok = image.save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

// The window with \a button's menu open over it.
bool saveWithMenu(st::UiHarness& app, QToolButton* button, const QString& dir, const QString& name)
{
    if (!button)
        return false;
    QTimer::singleShot(300, [&app, button, dir, name] {
        QMenu* menu = button->menu();
        QImage image = app.window().grab().toImage();
        QPainter painter(&image);
        painter.drawPixmap(app.window().mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))),
                           menu->grab());
        painter.end();
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        std::printf("%s %s\n", image.save(path) ? "saved" : "FAILED", qPrintable(path));
        menu->close();
    });
    button->showMenu(); // returns when the menu closes
    return true;
}

// "Who was the captain?" in \a language.
QString captainQuestion(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("선장이 누구였어?");
    if (language == QLatin1String("ja"))
        return QStringLiteral("船長は誰だったの？");
    if (language == QLatin1String("es"))
        return QStringLiteral("¿Quién era el capitán?");
    return QStringLiteral("Who was the captain?");
}

// A request that the offline evaluator finds close to a bundled story, but not certain.
QString nearRequest(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("대서양 범선 선장 지브롤터");
    if (language == QLatin1String("ja"))
        return QStringLiteral("帆船 大西洋 ジブラルタル 船長");
    if (language == QLatin1String("es"))
        return QStringLiteral("un bergantín hallado a la deriva en el Atlántico");
    return QStringLiteral("a brigantine found drifting in the Atlantic near Gibraltar");
}

// A bundled story from the language's own history.
QString nativeStory(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("tomb-of-king-muryeong");
    if (language == QLatin1String("ja"))
        return QStringLiteral("hakkoda-mountains-march");
    if (language == QLatin1String("es"))
        return QStringLiteral("andes-flight-571");
    return QStringLiteral("flannan-isles");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication qapp(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: storyteller-screenshots OUTPUT_DIR [STORY_LANGUAGE]\n");
        return 1;
    }
    const QString out = args.at(1);
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("en");
    QDir().mkpath(out);
    QTemporaryDir data;
    if (qEnvironmentVariableIntValue("STORYTELLER_DARK")) { // a dark system palette
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1d, 0x1f, 0x23));
        dark.setColor(QPalette::AlternateBase, QColor(0x2c, 0x2f, 0x34));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
        QApplication::setPalette(dark);
    }
    st::Theme::apply(qapp);
    st::UiHarness app(data.path(), 0);
    if (!app.isOpen())
        return 2;
    app.languages().setLanguage(language); // the UI in the story's language too
    QCoreApplication::sendPostedEvents();
    bool ok = true;

    app.type("sessionNameEdit", QStringLiteral("Evening stories"));
    auto* combo = app.find<QComboBox>("storyLanguageCombo");
    combo->setCurrentIndex(combo->findData(language));
    ok &= save(app, out, QStringLiteral("settings"));
    ok &= saveWithPopup(app, combo, out, QStringLiteral("settings-combo"));
    {
        st::ProviderDialog dialog(app.controller(), &app.window());
        dialog.show();
        QTest::qWait(150);
        const QString path = QDir(out).filePath(QStringLiteral("provider.png"));
        ok &= dialog.grab().save(path);
        std::printf("saved %s\n", qPrintable(path));
    }
    app.click("startButton");

    app.type("queryEdit", QStringLiteral("quantum chromodynamics"));
    app.click("askButton");
    ok &= QTest::qWaitFor([&] { return app.find<QWidget>("unknownOptions")->isVisible(); }, 3000);
    ok &= save(app, out, QStringLiteral("check"));

    app.click("createButton");
    app.find<QPlainTextEdit>("scriptEdit")
        ->setPlainText(QStringLiteral("# Title: The Dancing Plague of 1518\n# prologue 1 : "
                                      "Strasbourg, July 1518\nIn July 1518 a woman began to "
                                      "dance in a street of Strasbourg, and did not stop.\n"
                                      "# exposition 1 : The city\nN/A\n# epilogue\nNo one "
                                      "knows for sure why it happened.\n"));
    QTest::qWait(600); // the draft is checked shortly after the last edit
    ok &= save(app, out, QStringLiteral("create"));
    app.click("discardButton");

    // Back on Check: a near match, with its Yes button.
    app.find<QLineEdit>("queryEdit")->setText(nearRequest(language)); // QTest types ASCII only
    app.click("askButton");
    const bool near = QTest::qWaitFor(
        [&] { return app.find<QWidget>("acceptSuggestionButton")->isVisible(); }, 3000);
    if (near) {
        ok &= save(app, out, QStringLiteral("check-near"));
        app.click("acceptSuggestionButton"); // the Mary Celeste
    } else {
        std::printf("no near match for \"%s\"\n", qPrintable(nearRequest(language)));
        app.type("queryEdit", QStringLiteral("anything"));
        app.click("askButton");
    }
    ok &= QTest::qWaitFor([&] { return app.page() == st::Page::Chat; }, 3000);
    app.waitUntilIdle();
    const auto send = [&](const QString& text) {
        app.find<QPlainTextEdit>("messageInput")->setPlainText(text);
        QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
        app.waitUntilIdle();
    };
    for (const QString& reply : {QStringLiteral("No idea, tell me!"),
                                 QStringLiteral("Maybe they were afraid of something?")})
        send(reply);
    ok &= save(app, out, QStringLiteral("chat"));

    // A question about the story, answered from what was told (issue 17), and the
    // chapter list.
    if (near) {
        send(captainQuestion(language));
        ok &= save(app, out, QStringLiteral("chat-question"));
        ok &= saveWithMenu(app, app.find<QToolButton>("chapterLabel"), out,
                           QStringLiteral("chapter-list"));
    }

    // Reading the last reply aloud: the sentence sounding is shown and marked in its bubble.
    app.player().autoFinish = false;
    app.click("narrationPlayButton");
    ok &= QTest::qWaitFor(
        [&] { return app.narration().state() == st::NarrationQueue::State::Playing; }, 3000);
    app.player().finishClip();
    QTest::qWait(50);
    ok &= save(app, out, QStringLiteral("chat-reading"));
    app.narration().stop();
    app.player().autoFinish = true;
    {
        st::VoiceDialog dialog(app.narration().voiceConfig(), app.controller().network(),
                               &app.narration(), language, &app.window());
        dialog.show();
        QTest::qWait(150);
        const QString path = QDir(out).filePath(QStringLiteral("voice.png"));
        ok &= dialog.grab().save(path);
        std::printf("saved %s\n", qPrintable(path));
    }

    // A reply stopped part way: kept, with Continue and Retry.
    app.type("messageInput", QStringLiteral("What happened next?"));
    QTest::keyClick(app.find<QWidget>("messageInput"), Qt::Key_Return);
    QCoreApplication::processEvents();
    app.controller().chat()->stop();
    ok &= save(app, out, QStringLiteral("chat-stopped"));
    app.click("endButton");

    auto* sessions = app.find<QListView>("sessionList");
    const QModelIndex first = sessions->model()->index(0, 0);
    QTest::mouseClick(sessions->viewport(), Qt::LeftButton, {},
                      sessions->visualRect(first).center());
    ok &= save(app, out, QStringLiteral("session"));

    // A story of the language's own told from the library (issue 18), then the library
    // with what this listener has heard.
    app.controller().exitToSettings();
    app.type("sessionNameEdit", QStringLiteral("Library"));
    app.click("startButton");
    const auto native = app.controller().library().bundled(nativeStory(language), language);
    ok &= native && app.controller().tellScript(native->id);
    ok &= QTest::qWaitFor([&] { return app.page() == st::Page::Chat; }, 3000);
    app.waitUntilIdle();
    send(QStringLiteral("…"));
    ok &= save(app, out, QStringLiteral("story"));
    auto* library = app.find<QListView>("libraryList");
    for (int r = 0; native && r < library->model()->rowCount(); ++r) {
        const QModelIndex index = library->model()->index(r, 0);
        if (index.data(Qt::DisplayRole).toString() == native->title)
            library->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    ok &= save(app, out, QStringLiteral("library"));
    return ok ? 0 : 3;
}
