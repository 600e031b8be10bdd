// How long HtmlExtractor::extract takes on a ~5 MB page, and how much memory it needs at
// its peak, next to two baselines measured in the same run: libgumbo parsing the same
// bytes alone (parse + destroy, the floor under any extraction built on it) and a naive
// regex tag-strip (drop <script>/<style>, drop tags, collapse whitespace — what a first
// attempt would do, keeping all boilerplate). Two pages: a generated news page (an article
// of many paragraphs, lists and a table, among menus, sidebars, comments, ads and footers,
// repeated as the site's "more stories"), and the 30 shared real pages
// (../shared/pages/*/source.html) concatenated into one document, when they are found.
// Prints medians over the runs and the peak-RSS growth of the first run (VmHWM, reset
// through /proc/self/clear_refs after malloc_trim gave freed memory back, minus the RSS
// before); nothing is asserted.
//   extraction_bench [RUNS [MEGABYTES]]
#include "ProcessMemory.h"
#include "core/web/HtmlExtractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <gumbo.h>
#include <malloc.h>
#include <random>
#include <vector>

namespace {

struct Measure
{
    double medianMs = 0;
    double minMs = 0;
    long peakGrowthKb = -1; // VmHWM − VmRSS before, over the first run
    std::size_t checksum = 0;
};

Measure measure(int runs, const std::function<std::size_t()>& work)
{
    Measure m;
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        malloc_trim(0); // give freed memory back, so RSS is what is live
        const bool peakKnown = i == 0 && resetPeakMemory();
        const long before = statusKb("VmRSS");
        QElapsedTimer timer;
        timer.start();
        m.checksum += work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (peakKnown)
            m.peakGrowthKb = statusKb("VmHWM") - before;
    }
    std::sort(ms.begin(), ms.end());
    m.medianMs = ms[ms.size() / 2];
    m.minMs = ms.front();
    return m;
}

QByteArray generatedPage(qsizetype targetBytes)
{
    std::mt19937 random(20240901);
    const char* const words[] = {"keeper",  "lighthouse", "storm", "island", "ship",
                                 "night",   "log",        "wave",  "relief", "mystery",
                                 "sea",     "rock",       "lamp",  "winter", "crew",
                                 "harbour", "signal",     "fog",   "coast",  "tide"};
    const auto sentence = [&](int n) -> QByteArray {
        QByteArray s;
        for (int i = 0; i < n; ++i) {
            s += words[random() % 20];
            s += (i % 7 == 6) ? ", " : " ";
        }
        return s.trimmed() + ".";
    };
    QByteArray furniture = "<div class=\"sidebar\"><h3>Most read</h3><ul>";
    for (int i = 0; i < 10; ++i)
        furniture +=
            "<li><a href=\"/story/" + QByteArray::number(i) + "\">" + sentence(6) + "</a></li>";
    furniture += "</ul></div><div class=\"ad-break\"><span>Advertisement</span></div>"
                 "<div id=\"comments\"><p>" +
                 sentence(20) + "</p><p>" + sentence(15) + "</p></div>";
    QByteArray html = "<!doctype html><html lang=\"en\"><head><title>The keepers | Sea "
                      "Stories</title><script>var tracking = {};</script><style>p{margin:0}"
                      "</style></head><body><header class=\"site\"><nav><a href=\"/\">Home</a>"
                      " <a href=\"/news\">News</a></nav></header><main><article><h1>The "
                      "keepers</h1><div class=\"story-body\">";
    int paragraph = 0;
    while (html.size() < targetBytes * 6 / 10) {
        html += "<p>" + sentence(40) + " <a href=\"/ref\">" + sentence(3) + "</a> " + sentence(30) +
                "</p>\n";
        if (++paragraph % 25 == 0)
            html += "<ul><li>" + sentence(8) + "</li><li>" + sentence(8) +
                    "</li></ul>"
                    "<table><tr><th>Year</th><th>Event</th></tr><tr><td>1900</td><td>" +
                    sentence(5) + "</td></tr></table>";
        if (paragraph % 40 == 0)
            html += "<div class=\"share-tools\"><a href=\"#\">Share</a></div>";
    }
    html += "</div></article></main><aside>";
    while (html.size() < targetBytes)
        html += furniture;
    html += "</aside><footer><p>Copyright Sea Stories</p></footer><script src=\"/app.js\">"
            "</script></body></html>";
    return html;
}

QByteArray sharedPages(qsizetype targetBytes)
{
    QString shared = qEnvironmentVariable("STORYTELLER_SHARED_DIR");
    if (shared.isEmpty())
        shared = QStringLiteral(STORYTELLER_SHARED_FALLBACK);
    const QDir dir(shared + QStringLiteral("/pages"));
    QByteArray html;
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    while (!names.isEmpty() && html.size() < targetBytes) {
        const qsizetype before = html.size();
        for (const QString& name : names) {
            QFile file(dir.filePath(name + QStringLiteral("/source.html")));
            if (file.open(QIODevice::ReadOnly))
                html += file.readAll();
            if (html.size() >= targetBytes)
                break;
        }
        if (html.size() == before)
            break;
    }
    return html;
}

std::size_t gumboAlone(const QByteArray& html)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput* output =
        gumbo_parse_with_options(&options, html.constData(), std::size_t(html.size()));
    const std::size_t children = output->root->v.element.children.length;
    gumbo_destroy_output(&options, output);
    return children;
}

std::size_t naiveStrip(const QByteArray& html)
{
    static const QRegularExpression code(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(html);
    text.remove(code).replace(tag, QStringLiteral(" ")).replace(space, QStringLiteral(" "));
    return std::size_t(text.size());
}

void run(const char* label, const QByteArray& html, int runs)
{
    std::size_t textChars = 0;
    const Measure extract = measure(runs, [&] {
        const st::ExtractedPage page = st::HtmlExtractor::extract(html);
        textChars = std::size_t(page.text.size());
        return textChars;
    });
    const Measure gumbo = measure(runs, [&] { return gumboAlone(html); });
    const Measure strip = measure(runs, [&] { return naiveStrip(html); });

    std::printf("\n%s: %.2f MB of HTML, %d runs, %zu characters of article text\n", label,
                double(html.size()) / 1e6, runs, textChars);
    const auto line = [](const char* name, const Measure& m) {
        std::printf("  %-34s median %8.1f ms  min %8.1f ms  peak RSS +%6.1f MB\n", name, m.medianMs,
                    m.minMs, m.peakGrowthKb < 0 ? -1.0 : m.peakGrowthKb / 1024.0);
    };
    line("HtmlExtractor::extract", extract);
    line("baseline: gumbo parse + destroy", gumbo);
    line("baseline: naive regex tag-strip", strip);
    std::printf("  ratio extract/gumbo: time %.2f, peak memory %.2f\n",
                extract.medianMs / gumbo.medianMs,
                gumbo.peakGrowthKb > 0 ? double(extract.peakGrowthKb) / gumbo.peakGrowthKb : 0.0);
    std::printf("  ratio extract/strip: time %.2f, peak memory %.2f\n",
                extract.medianMs / strip.medianMs,
                strip.peakGrowthKb > 0 ? double(extract.peakGrowthKb) / strip.peakGrowthKb : 0.0);
    std::printf("  throughput: extract %.1f MB/s, gumbo %.1f MB/s\n",
                double(html.size()) / 1e3 / extract.medianMs,
                double(html.size()) / 1e3 / gumbo.medianMs);
}

} // namespace

int main(int argc, char* argv[])
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    const double megabytes = argc > 2 ? std::max(0.1, std::atof(argv[2])) : 5.0;
    const auto bytes = qsizetype(megabytes * 1e6);
    if (!resetPeakMemory())
        std::printf("(no /proc/self/clear_refs: peak memory not measured)\n");

    run("generated news page", generatedPage(bytes), runs);
    const QByteArray real = sharedPages(bytes);
    if (real.isEmpty())
        std::printf("\nshared pages not found: set STORYTELLER_SHARED_DIR\n");
    else
        run("the 30 shared pages in one document", real, runs);
    return 0;
}
