#pragma once

#include "core/web/DomTree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace st {

/// What the builder saw of the parts it leaves out of the tree: the scripts (for JSON-LD
/// metadata and for telling an app shell), <noscript> notices and SPA mount points.
struct PageSignals
{
    int scriptCount = 0;          // <script> elements with code (not JSON-LD, not templates)
    int externalScriptCount = 0;  // … of them with a src
    QString noscriptText;         // the text of every <noscript>, up to a few KB
    QStringList jsonLd;           // the bodies of <script type="application/ld+json">
    std::vector<int> mountPoints; // #root, #app, #__next, <app-root>, [data-reactroot], …
};

/// Parses HTML with libgumbo (after NestingGuard) and copies the tree into a DomTree:
/// elements with the attributes the extractor reads, and text. Left out: comments,
/// <script>, <style>, <template>, <svg>, <noscript> (kept as signals) and the fallback
/// content of <iframe>.
class DomBuilder
{
public:
    static DomTree build(const QByteArray& utf8Html, PageSignals* pageSignals = nullptr);
};

} // namespace st
