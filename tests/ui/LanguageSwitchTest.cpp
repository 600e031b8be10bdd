// Switches the UI language on every page and finds no visible text left in the previous
// language: labels, buttons, placeholders, the window title and the menus.
#include "UiHarness.h"
#include "core/text/Languages.h"
#include "support/TempDataDir.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace st {
namespace {

/// Texts that are the same in every language: data, names, symbols.
bool isNeutral(const QString& text)
{
    static const QStringList names{QStringLiteral("English"),     QStringLiteral("한국어"),
                                   QStringLiteral("日本語"),      QStringLiteral("Español"),
                                   QStringLiteral("Storyteller"), QStringLiteral("Test")};
    QString t = text;
    t.remove(u'&');
    t = t.trimmed();
    return t.isEmpty() || names.contains(t) ||
           !t.contains(QRegularExpression(QStringLiteral("\\p{L}{2,}")));
}

QSet<QString> visibleTexts(UiHarness& app)
{
    QSet<QString> texts;
    auto add = [&texts](const QString& t) {
        if (!isNeutral(t))
            texts.insert(t);
    };
    add(app.window().windowTitle());
    for (QWidget* w : app.window().findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        const QString name = w->objectName();
        if (name == QLatin1String("chatTitle") || name == QLatin1String("sessionName") ||
            name.startsWith(QLatin1String("closestStory")))
            continue; // story titles and session names are data
        if (auto* label = qobject_cast<QLabel*>(w))
            add(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            add(button->text());
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            add(line->placeholderText());
        else if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            add(edit->placeholderText());
        if (!w->toolTip().isEmpty())
            add(w->toolTip());
    }
    for (QAction* menu : app.window().menuBar()->actions()) {
        add(menu->text());
        if (menu->menu()) {
            for (QAction* a : menu->menu()->actions())
                if (!a->objectName().startsWith(QLatin1String("language_")))
                    add(a->text());
        }
    }
    return texts;
}

void expectAllChanged(UiHarness& app, const char* page)
{
    const QStringList order{QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("ja"),
                            QStringLiteral("es"), QStringLiteral("en")};
    for (int i = 1; i < order.size(); ++i) {
        app.languages().setLanguage(order.at(i - 1));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QSet<QString> before = visibleTexts(app);
        ASSERT_FALSE(before.isEmpty());
        app.languages().setLanguage(order.at(i));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QSet<QString> after = visibleTexts(app);
        const QSet<QString> left = before & after;
        EXPECT_TRUE(left.isEmpty())
            << page << ": left in " << order.at(i - 1).toStdString() << " after switching to "
            << order.at(i).toStdString() << ": "
            << QStringList(left.begin(), left.end()).join(QStringLiteral(" | ")).toStdString();
    }
}

TEST(LanguageSwitchTest, EveryPageSwitchesCompletely)
{
    TempDataDir dir;
    UiHarness app(dir.path());
    ASSERT_TRUE(app.isOpen());
    expectAllChanged(app, "settings");

    ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Test")));
    ASSERT_TRUE(app.click("startButton"));
    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("quantum chromodynamics")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return app.find<QWidget>("unknownOptions")->isVisible(); }, 3000));
    app.find<QLineEdit>("queryEdit")->clear();
    expectAllChanged(app, "check");

    ASSERT_TRUE(app.click("createButton"));
    expectAllChanged(app, "create");
    ASSERT_TRUE(app.click("discardButton"));

    ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
    ASSERT_TRUE(app.click("askButton"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 3000));
    ASSERT_TRUE(app.waitUntilIdle());
    expectAllChanged(app, "chat");

    ASSERT_TRUE(app.click("endButton"));
    auto* sessions = app.find<QListView>("sessionList");
    QTest::mouseClick(sessions->viewport(), Qt::LeftButton, {},
                      sessions->visualRect(sessions->model()->index(0, 0)).center());
    ASSERT_EQ(app.page(), Page::Session);
    expectAllChanged(app, "session");
}

} // namespace
} // namespace st

namespace st {
namespace {

/// Buttons and one-line labels narrower than their text, on the current page.
QStringList clipped(UiHarness& app)
{
    QStringList out;
    for (QWidget* w : app.window().findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                out << button->objectName() + QStringLiteral(": ") + button->text();
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (!label->wordWrap() && !label->text().isEmpty() &&
                label->width() < label->minimumSizeHint().width())
                out << label->objectName() + QStringLiteral(": ") + label->text();
        }
    }
    return out;
}

TEST(LanguageSwitchTest, TextFitsInEveryLanguageAtNormalAndLargeFonts)
{
    const QFont original = QApplication::font();
    for (const double scale : {1.0, 1.5}) {
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(font);
        TempDataDir dir;
        UiHarness app(dir.path());
        auto everyLanguage = [&](const char* page) {
            for (const QString& language : Languages::codes()) {
                app.languages().setLanguage(language);
                QCoreApplication::sendPostedEvents();
                QCoreApplication::processEvents();
                const QStringList bad = clipped(app);
                EXPECT_TRUE(bad.isEmpty())
                    << page << ", scale " << scale << ", " << language.toStdString() << ": "
                    << bad.join(QStringLiteral(" | ")).toStdString();
            }
            app.languages().setLanguage(QStringLiteral("en"));
            QCoreApplication::sendPostedEvents();
        };
        everyLanguage("settings");
        ASSERT_TRUE(app.type("sessionNameEdit", QStringLiteral("Test")));
        ASSERT_TRUE(app.click("startButton"));
        ASSERT_TRUE(app.type("queryEdit", QStringLiteral("quantum chromodynamics")));
        ASSERT_TRUE(app.click("askButton"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return app.find<QWidget>("unknownOptions")->isVisible(); }, 3000));
        everyLanguage("check");
        ASSERT_TRUE(app.click("createButton"));
        everyLanguage("create");
        ASSERT_TRUE(app.click("discardButton"));
        ASSERT_TRUE(app.type("queryEdit", QStringLiteral("anything")));
        ASSERT_TRUE(app.click("askButton"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return app.page() == Page::Chat; }, 3000));
        ASSERT_TRUE(app.waitUntilIdle());
        everyLanguage("chat");
        ASSERT_TRUE(app.click("endButton"));
        auto* sessions = app.find<QListView>("sessionList");
        QTest::mouseClick(sessions->viewport(), Qt::LeftButton, {},
                          sessions->visualRect(sessions->model()->index(0, 0)).center());
        everyLanguage("session");
    }
    QApplication::setFont(original);
}

} // namespace
} // namespace st
