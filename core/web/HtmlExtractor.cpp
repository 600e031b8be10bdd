#include "core/web/HtmlExtractor.h"

#include "core/web/AppShellDetector.h"
#include "core/web/ArticleCleaner.h"
#include "core/web/ContentScorer.h"
#include "core/web/DomBuilder.h"
#include "core/web/PageMetadata.h"
#include "core/web/PagePrep.h"
#include "core/web/TextRenderer.h"
#include "core/web/TextSimilarity.h"
#include "core/web/TextStats.h"
#include "core/web/TitleFinder.h"
#include "core/web/WebLog.h"

namespace st {
namespace {

/// An attempt that finds less text than this is retried with one flag less. Chinese and
/// Japanese characters count twice: a character there says about what a word does.
constexpr int kEnoughText = 500;

int weightedLength(const QString& text, int length)
{
    int cjk = 0;
    for (const QChar c : text) {
        if (TextSimilarity::isCjkCharacter(c.unicode()))
            ++cjk;
    }
    return length + cjk;
}

struct Attempt
{
    QString text;
    int length = -1;
};

/// One pass of Readability's grabArticle and prepArticle over a copy of the page.
Attempt extractOnce(DomTree tree, const ExtractionFlags& flags, const QString& title,
                    bool metadataNamesAuthor)
{
    const int body = tree.body();
    const std::vector<int> toScore =
        PagePrep::markCandidates(tree, body, flags, title, metadataNamesAuthor);
    const int article = ContentScorer::gatherArticle(tree, body, toScore, flags);
    ArticleCleaner::clean(tree, article, flags);
    TextStats stats;
    stats.compute(tree, article);
    QString text = TextRenderer::render(tree, article);
    const int length = weightedLength(text, stats.length(article));
    return {std::move(text), length};
}

} // namespace

ExtractedPage HtmlExtractor::extract(const QByteArray& utf8Html)
{
    ExtractedPage page;
    if (utf8Html.trimmed().isEmpty())
        return page;

    PageSignals pageSignals;
    DomTree tree = DomBuilder::build(utf8Html, &pageSignals);
    const PageMetadata meta = PageMetadata::read(tree, pageSignals);
    page.language = meta.language;
    page.title = TitleFinder::find(tree, meta);
    PagePrep::prepareDocument(tree); // moves <br>-separated text into paragraphs only

    ExtractionFlags flags;
    Attempt best;
    while (true) {
        Attempt attempt = extractOnce(tree, flags, page.title, meta.hasByline);
        const bool enough = attempt.length >= kEnoughText;
        if (attempt.length > best.length)
            best = std::move(attempt);
        if (enough || !flags.relax())
            break;
        qCDebug(lcWeb) << "little text found; trying again with fewer filters";
    }
    page.text = std::move(best.text);
    page.needsJavaScript =
        AppShellDetector::needsJavaScript(tree, pageSignals, std::max(best.length, 0));
    return page;
}

} // namespace st
