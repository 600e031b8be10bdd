#pragma once

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRect>
#include <QString>

namespace st {

/// What a rectangle of a rendered widget shows: its background (the colour most of its
/// pixels have) and its text (the pixel that stands out most from that background: the
/// core of a glyph stem, where antialiasing does not soften it).
struct PaintedText
{
    QColor background;
    QColor text;
    /// WCAG 2 contrast ratio of text on background, 1–21.
    double contrast = 1.0;
};

/// WCAG 2 readability measured on pixels, and the palettes a desktop may hand the app.
class ContrastProbe
{
public:
    /// WCAG 2 relative luminance of an sRGB colour.
    static double luminance(const QColor& color);
    /// (L1 + 0.05) / (L2 + 0.05), the lighter over the darker.
    static double contrast(const QColor& a, const QColor& b);
    /// Measures \a rect (clipped to the image) of \a image.
    static PaintedText measure(const QImage& image, const QRect& rect);

    /// Fusion's light palette, what a desktop without a theme gives.
    static QPalette lightPalette();
    /// A dark palette like the dark themes of GNOME and KDE (light text on near-black).
    static QPalette darkPalette();

    /// WCAG AA for normal text.
    static constexpr double kMinimum = 4.5;
};

} // namespace st
