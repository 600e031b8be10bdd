#pragma once

#include <QByteArray>

namespace st {

/// Keeps absurdly deep element nesting away from libgumbo. Gumbo's tree builder scans the
/// stack of open elements for most start tags, so a page of 100,000 nested <div>s takes
/// minutes to parse, and its tree is freed recursively. Browsers cap the depth of the tree
/// they build (Chromium at 512); this does the same before parsing: a linear scan that
/// follows start and end tags (skipping comments, raw-text elements, void elements and
/// elements whose end tags are optional) and drops every start tag that would open an
/// element deeper than the cap. Real pages nest a few dozen levels and pass unchanged.
class NestingGuard
{
public:
    static constexpr int kMaxDepth = 512;

    /// \a html itself (shared, not copied) when nothing nests deeper than \a maxDepth;
    /// otherwise a copy without the start tags that would.
    static QByteArray cap(const QByteArray& html, int maxDepth = kMaxDepth);
};

} // namespace st
