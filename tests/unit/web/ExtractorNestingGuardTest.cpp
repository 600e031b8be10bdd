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

} // namespace
} // namespace st
