#pragma once

#include "core/web/DomBuilder.h"
#include "core/web/DomTree.h"

namespace st {

/// Tells a page that shows (almost) nothing without running its scripts: a single-page
/// app's shell. The page must be thin — under kThinArticle characters of extracted text
/// and under kThinBody of visible body text — and show a sign: a <noscript> notice about
/// JavaScript, an empty mount point (#root, #app, #__next, <app-root>, [data-reactroot]),
/// or at least kManyScripts scripts next to almost no text.
class AppShellDetector
{
public:
    static constexpr int kThinArticle = 200;
    static constexpr int kThinBody = 1000;
    static constexpr int kAlmostNoText = 200;
    static constexpr int kManyScripts = 3;

    /// \a tree: the page as built, before any extraction pass removed anything.
    static bool needsJavaScript(const DomTree& tree, const PageSignals& pageSignals,
                                int articleLength);
};

} // namespace st
