// NestingGuard: the depth cap applied before libgumbo parses a page.
#include "core/web/NestingGuard.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace st {
namespace {

QByteArray repeated(const char* piece, int times)
{
    QByteArray out;
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

TEST(ExtractorNestingGuardTest, OrdinaryPagesPassUnchanged)
{
    const QByteArray page =
        "<!doctype html><html><head><title>a < b</title><script>if (a<b && c>d) x = '<div>';"
        "</script><style>div>p{}</style></head><body><!-- <div><div> --><div class=\"x>y\">"
        "<p>one<p>two<ul><li>a<li>b</ul><img src=x><br><input></div>"
        "<svg><path d=\"M0\"/><circle/></svg><textarea><div><div></textarea></body></html>";
    const QByteArray capped = NestingGuard::cap(page, 3);
    EXPECT_EQ(capped, page);
    EXPECT_TRUE(capped.isSharedWith(page));
}

TEST(ExtractorNestingGuardTest, DropsStartTagsBeyondTheCap)
{
    const QByteArray deep = repeated("<div>", 10) + "text" + repeated("</div>", 10);
    EXPECT_EQ(NestingGuard::cap(deep, 4), repeated("<div>", 4) + "text" + repeated("</div>", 10));
    // Depth comes back once elements close.
    const QByteArray wide = repeated("<div><span>x</span></div>", 3);
    EXPECT_EQ(NestingGuard::cap(wide, 2), wide);
    // Stray end tags of other elements do not lower the depth.
    const QByteArray stray = repeated("<div></span>", 6);
    EXPECT_EQ(NestingGuard::cap(stray, 3), repeated("<div></span>", 3) + repeated("</span>", 3));
}

TEST(ExtractorNestingGuardTest, BrokenMarkupIsScannedToTheEnd)
{
    for (const QByteArray& input :
         {QByteArray(), QByteArray("<"), QByteArray("<div"), QByteArray("<div class=\"unclosed"),
          QByteArray("<!--"), QByteArray("<script>never closed"), QByteArray("</"),
          QByteArray("<<<>>>"), QByteArray("<a href='x'>")})
        EXPECT_EQ(NestingGuard::cap(input, 1), input);
}

// An end tag does not close elements past a scope boundary (object, applet, marquee,
// table, template, and MathML/SVG text points): `</div>` after `<div><object>` is ignored
// by an HTML parser, so `<div><object></div>` repeated nests ever deeper. The guard used
// to pop through the boundary and let a 300,000-deep tree through to gumbo, whose
// recursive destruction overflowed the stack.
TEST(ExtractorNestingGuardTest, EndTagsDoNotCloseThroughScopeBoundaries)
{
    const QByteArray page = repeated("<div><object></div>", 10);
    const QByteArray capped = NestingGuard::cap(page, 6);
    EXPECT_EQ(capped, repeated("<div><object></div>", 3) + repeated("</div>", 7));
    // Closing the boundary itself works as before.
    const QByteArray closed = repeated("<div><object></object></div>", 10);
    EXPECT_EQ(NestingGuard::cap(closed, 2), closed);
    for (const char* boundary : {"applet", "marquee", "table", "template"}) {
        const QByteArray piece = QByteArray("<div><") + boundary + QByteArray("></div>");
        QByteArray many;
        for (int i = 0; i < 10; ++i)
            many += piece;
        EXPECT_NE(NestingGuard::cap(many, 6), many) << boundary;
    }
}

} // namespace
} // namespace st
