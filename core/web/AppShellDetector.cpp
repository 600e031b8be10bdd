#include "core/web/AppShellDetector.h"

#include "core/web/TextStats.h"

namespace st {
namespace {

bool mentionsJavaScript(const QString& text)
{
    for (const char* word : {"javascript", "enable js", "js is disabled"}) {
        if (text.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return text.contains(QStringLiteral("자바스크립트")) ||
           text.contains(QStringLiteral("ジャバスクリプト"));
}

} // namespace

bool AppShellDetector::needsJavaScript(const DomTree& tree, const PageSignals& pageSignals,
                                       int articleLength)
{
    if (articleLength >= kThinArticle)
        return false;
    const int body = tree.body();
    if (body == DomTree::kNone)
        return false;
    TextStats stats;
    stats.compute(tree, body);
    const int bodyLength = stats.length(body);
    if (bodyLength >= kThinBody)
        return false;
    if (mentionsJavaScript(pageSignals.noscriptText))
        return true;
    for (const int mount : pageSignals.mountPoints) {
        if (stats.length(mount) == 0)
            return true;
    }
    return pageSignals.scriptCount >= kManyScripts && bodyLength < kAlmostNoText;
}

} // namespace st
