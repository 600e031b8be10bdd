// Every combo box popup, list and menu of the window, rendered with the app's theme in a
// light and a dark palette: each item's text must stand out from its background by WCAG
// AA's 4.5:1, selected and unselected. Measured on the pixels painted, so a style sheet
// that paints a selected row's text in the colour of its highlight fails.
#include "ContrastProbe.h"
#include "UiHarness.h"
#include "support/TempDataDir.h"
#include "ui/ProviderDialog.h"
#include "ui/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <gtest/gtest.h>

namespace st {
namespace {

QApplication& application()
{
    return *static_cast<QApplication*>(QCoreApplication::instance());
}

struct Item
{
    QString where; // for messages: widget and row
    bool selected;
    PaintedText painted;
};

class ContrastTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        m_palette = application().palette();
        application().setPalette(std::string(GetParam()) == "dark" ? ContrastProbe::darkPalette()
                                                                   : ContrastProbe::lightPalette());
        Theme::apply(application());
        m_app = std::make_unique<UiHarness>(m_dir.path());
        ASSERT_TRUE(m_app->isOpen());
        // Something in every list: a session (with the library beside it) and check steps.
        ASSERT_TRUE(m_app->click("startButton"));
        ASSERT_TRUE(m_app->type("queryEdit", QStringLiteral("a brigantine found drifting")));
        ASSERT_TRUE(m_app->click("askButton"));
        QTest::qWait(200);
    }

    void TearDown() override
    {
        m_app.reset();
        application().setStyleSheet(QString());
        application().setPalette(m_palette);
    }

    void record(const QString& where, bool selected, const QImage& image, const QRect& rect)
    {
        m_items.append({where, selected, ContrastProbe::measure(image, rect)});
    }

    // The popup of \a combo, each row once highlighted and once not.
    void measureCombo(QComboBox* combo)
    {
        combo->showPopup();
        QAbstractItemView* view = combo->view();
        QTest::qWait(50);
        for (int row = 0; row < combo->count(); ++row) {
            view->setCurrentIndex(combo->model()->index(row, 0));
            QCoreApplication::processEvents();
            const QImage image = view->window()->grab().toImage();
            for (int other = 0; other < combo->count(); ++other) {
                if (other != row && other != (row + 1) % combo->count())
                    continue;
                const QModelIndex index = combo->model()->index(other, 0);
                QRect rect = view->visualRect(index);
                rect.moveTopLeft(view->viewport()->mapTo(view->window(), rect.topLeft()));
                record(combo->objectName() + QStringLiteral(" row ") + index.data().toString(),
                       other == row, image, rect);
            }
        }
        combo->hidePopup();
        QCoreApplication::processEvents();
    }

    void measureList(QAbstractItemView* view)
    {
        const QAbstractItemModel* model = view->model();
        const int rows = std::min(model->rowCount(), 6);
        if (rows == 0 || !view->isVisible())
            return;
        QWidget* window = view->window();
        for (int row = 0; row < rows; ++row) {
            const bool selectable = view->selectionMode() != QAbstractItemView::NoSelection;
            if (selectable)
                view->setCurrentIndex(model->index(row, 0));
            QCoreApplication::processEvents();
            const QImage image = window->grab().toImage();
            const QModelIndex index = model->index(row, 0);
            QRect rect = view->visualRect(index).intersected(view->viewport()->rect());
            rect.moveTopLeft(view->viewport()->mapTo(window, rect.topLeft()));
            record(view->objectName() + QStringLiteral(" row ") + index.data().toString(),
                   selectable, image, rect);
            if (!selectable)
                continue;
            const QModelIndex next = model->index((row + 1) % rows, 0);
            if (next == index)
                continue;
            QRect nextRect = view->visualRect(next).intersected(view->viewport()->rect());
            if (nextRect.isEmpty())
                continue; // scrolled out of sight by selecting this row: not painted
            nextRect.moveTopLeft(view->viewport()->mapTo(window, nextRect.topLeft()));
            record(view->objectName() + QStringLiteral(" row ") + next.data().toString(), false,
                   image, nextRect);
        }
        view->clearSelection();
    }

    void measureMenu(QMenu* menu)
    {
        Q_EMIT menu->aboutToShow();
        menu->popup(m_app->window().mapToGlobal(QPoint(20, 20)));
        QTest::qWait(50);
        const QList<QAction*> actions = menu->actions();
        for (QAction* active : actions) {
            if (active->isSeparator() || !active->isVisible() || !active->isEnabled())
                continue;
            menu->setActiveAction(active);
            QCoreApplication::processEvents();
            const QImage image = menu->grab().toImage();
            for (QAction* action : actions) {
                if (action->isSeparator() || !action->isVisible() || !action->isEnabled())
                    continue;
                record(QStringLiteral("menu ") + menu->title() + QStringLiteral(" ▸ ") +
                           action->text(),
                       action == active, image, menu->actionGeometry(action));
            }
        }
        menu->hide();
        QCoreApplication::processEvents();
    }

    void expectReadable()
    {
        ASSERT_FALSE(m_items.isEmpty());
        for (const Item& item : m_items) {
            EXPECT_GE(item.painted.contrast, ContrastProbe::kMinimum)
                << GetParam() << " palette, " << item.where.toStdString()
                << (item.selected ? " (selected)" : " (not selected)") << ": text "
                << item.painted.text.name().toStdString() << " on "
                << item.painted.background.name().toStdString() << ", " << item.painted.contrast
                << ":1";
        }
    }

    TempDataDir m_dir;
    QPalette m_palette;
    std::unique_ptr<UiHarness> m_app;
    QVector<Item> m_items;
};

TEST_P(ContrastTest, ComboPopupsOfEveryPage)
{
    // Pages are built when first shown: build every one, so that none is left out.
    for (const Page page : {Page::Settings, Page::Check, Page::Create, Page::Chat, Page::Session})
        ASSERT_NE(m_app->window().pageWidget(page), nullptr);
    auto* stack = m_app->find<QStackedWidget>("pages");
    ASSERT_EQ(stack->count(), 5);
    for (int i = 0; i < stack->count(); ++i) {
        stack->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (QComboBox* combo : stack->widget(i)->findChildren<QComboBox*>()) {
            if (combo->isVisible() && combo->count() > 0)
                measureCombo(combo);
        }
    }
    ProviderDialog dialog(m_app->controller(), &m_app->window());
    dialog.show();
    QTest::qWait(50);
    for (QComboBox* combo : dialog.findChildren<QComboBox*>()) {
        if (combo->isVisible() && combo->count() > 0)
            measureCombo(combo);
    }
    dialog.hide();
    expectReadable();
}

TEST_P(ContrastTest, ListsSelectedAndNot)
{
    auto* stack = m_app->find<QStackedWidget>("pages");
    const QWidget* check = m_app->currentPage();
    for (QAbstractItemView* view : m_app->window().findChildren<QAbstractItemView*>()) {
        if (view->inherits("st::MessageView") || !view->isVisible())
            continue;
        measureList(view);
    }
    EXPECT_EQ(stack->currentWidget(), check);
    expectReadable();
}

TEST_P(ContrastTest, MenusActiveAndNot)
{
    for (QAction* action : m_app->window().menuBar()->actions()) {
        if (QMenu* menu = action->menu())
            measureMenu(menu);
    }
    expectReadable();
}

INSTANTIATE_TEST_SUITE_P(Palettes, ContrastTest, ::testing::Values("light", "dark"));

} // namespace
} // namespace st
