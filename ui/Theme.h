#pragma once

class QApplication;
class QBoxLayout;
class QFont;
class QWidget;

namespace st {

/// The app's look: calm spacing, a reading-size font for the story, colours taken from the
/// system palette so light and dark both work.
class Theme
{
public:
    static void apply(QApplication& app);
    /// The font the story is read in.
    static QFont readingFont(const QWidget* widget);
    /// Marks a button as the page's main action (styled as such).
    static void setPrimary(QWidget* button);
    /// Makes a label a page heading.
    static void setHeading(QWidget* label);
    /// Lays \a card out centred on \a page, as wide as the page allows up to \a maxWidth.
    static void centerCard(QWidget* page, QWidget* card, int maxWidth);
};

} // namespace st
