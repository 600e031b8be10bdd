#include "ui/Theme.h"

#include "ui/ComboPopupStyler.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QPalette>
#include <QStyle>
#include <QVBoxLayout>
#include <QWidget>
#include <cmath>

namespace st {
namespace {

// WCAG AA asks 4.5:1 of the text's colour; glyphs are antialiased, so their stems come out
// a shade softer than that colour: a margin keeps what is painted above the line.
constexpr double kReadable = 5.0;

double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

double Theme::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Theme::readableBackground(const QColor& background, const QColor& text)
{
    QColor color = background;
    const bool lightText = luminance(text) > 0.4;
    for (int step = 0; step < 60 && contrast(color, text) < kReadable; ++step)
        color = lightText ? color.darker(106) : color.lighter(106);
    return color;
}

void Theme::apply(QApplication& app)
{
    QPalette p = app.palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Highlight,
                   readableBackground(p.color(group, QPalette::Highlight),
                                      p.color(group, QPalette::HighlightedText)));
    }
    app.setPalette(p);
    if (!app.findChild<ComboPopupStyler*>(QString(), Qt::FindDirectChildrenOnly))
        app.installEventFilter(new ComboPopupStyler(&app));
    const QString accent = p.color(QPalette::Highlight).name();
    const QString accentText = p.color(QPalette::HighlightedText).name();
    const QString mid = p.color(QPalette::Mid).name();
    const QString base = p.color(QPalette::Base).name();
    const QString window = p.color(QPalette::Window).name();
    const QString alt = p.color(QPalette::AlternateBase).name();
    QString css = QStringLiteral(R"(
QPushButton { padding: 6px 16px; border-radius: 6px; border: 1px solid %3; background: %4; }
QPushButton:hover { border-color: %1; }
QPushButton:disabled { color: palette(mid); }
QPushButton[primary="true"] { background: %1; color: %2; border-color: %1; font-weight: 600; }
QPushButton[primary="true"]:disabled { background: %3; color: %4; }
QLineEdit, QPlainTextEdit, QTextBrowser, QComboBox {
    padding: 6px; border-radius: 6px; border: 1px solid %3; background: %4; }
QLineEdit:focus, QPlainTextEdit:focus { border-color: %1; }
QComboBox QAbstractItemView {
    padding: 2px; border: 1px solid %3; background: %4; color: palette(text); outline: 0;
    selection-background-color: %1; selection-color: %2; }
QComboBox QAbstractItemView::item { padding: 4px 6px; color: palette(text); }
QComboBox QAbstractItemView::item:selected { padding: 4px 6px; background: %1; color: %2; }
QLabel[heading="true"] { font-size: 17pt; font-weight: 600; }
QLabel[role="error"] { color: #c62828; font-weight: 600; }
QLabel[role="hint"] { color: palette(placeholder-text); }
QFrame#sidebar { background: %5; border-right: 1px solid %3; }
QListView#libraryList, QListView#sessionList { border: none; background: transparent; }
QToolButton#libraryToggle, QLabel#sessionsHeader { font-weight: 600; }
QFrame#errorBanner { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 6px; }
QFrame#errorBanner QLabel { color: #8a1c1c; }
QProgressBar { border: none; background: %6; border-radius: 3px; max-height: 6px; }
QProgressBar::chunk { background: %1; border-radius: 3px; }
st--MessageView QScrollBar:vertical { background: %4; width: 10px; margin: 0; border: none; }
st--MessageView QScrollBar::handle:vertical {
    background: %3; border-radius: 3px; min-height: 36px; margin: 2px 2px; }
st--MessageView QScrollBar::handle:vertical:hover { background: %1; }
st--MessageView QScrollBar::add-line:vertical, st--MessageView QScrollBar::sub-line:vertical {
    height: 0; border: none; background: none; }
st--MessageView QScrollBar::add-page:vertical, st--MessageView QScrollBar::sub-page:vertical {
    background: none; }
)");
    app.setStyleSheet(css.arg(accent, accentText, mid, base, window, alt));
}

QFont Theme::readingFont(const QWidget* widget)
{
    QFont font = widget ? widget->font() : QApplication::font();
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(std::max<qreal>(13.0, size * 1.3));
    return font;
}

void Theme::setPrimary(QWidget* button)
{
    button->setProperty("primary", true);
    button->style()->unpolish(button);
    button->style()->polish(button);
}

void Theme::setHeading(QWidget* label)
{
    label->setProperty("heading", true);
}

void Theme::centerCard(QWidget* page, QWidget* card, int maxWidth)
{
    card->setMaximumWidth(maxWidth);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 100);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addLayout(row);
    outer->addStretch(1);
}

} // namespace st
