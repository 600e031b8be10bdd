#pragma once

class QApplication;
class QBoxLayout;
class QColor;
class QFont;
class QWidget;

namespace st {

/// The app's look: calm spacing, a reading-size font for the story, colours taken from the
/// system palette so light and dark both work. The palette's highlight is kept where its
/// text reads at WCAG AA (4.5:1) and otherwise deepened until it does: the selection
/// colours of many palettes (Fusion's, GNOME's) fall short of it with white text.
class Theme
{
public:
    static void apply(QApplication& app);
    /// WCAG 2 contrast ratio of two colours, 1–21.
    static double contrast(const QColor& a, const QColor& b);
    /// \a background, darkened (for light text) or lightened (for dark text) until \a text
    /// on it reaches WCAG AA, with a margin for antialiased glyphs (5:1).
    static QColor readableBackground(const QColor& background, const QColor& text);
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
